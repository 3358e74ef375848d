import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { RegisterForm } from "../_components/account-forms";
import { SiteTopBar } from "../_components/site-top-bar";
import { consultantName, loadSignedOutPage, loadSite } from "../load-site";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [site, t] = await Promise.all([loadSite((await params).slug), getTranslations("site.account")]);
  return { title: `${t("registerTitle")} · ${consultantName(site)}` };
}

/** Registration with this consultant [000]: name, e-mail, password; she lands on her profile. */
export default async function RegisterPage({ params }: Props) {
  const [{ site, name, cartCount }, t] = await Promise.all([loadSignedOutPage((await params).slug), getTranslations("site")]);
  const ws = site.workspace;
  return (
    <>
      <SiteTopBar slug={ws.slug} name={name} cartCount={cartCount} />
      <main id="main" className="flex max-w-xl flex-col gap-4 pt-6">
        <h1 className="text-2xl font-semibold tracking-tight">{t("account.registerTitle")}</h1>
        <p className="text-muted-foreground">{t("account.registerIntro", { name })}</p>
        <RegisterForm
          slug={ws.slug}
          labels={{
            name: t("checkout.name"),
            email: t("checkout.email"),
            password: t("account.password"),
            passwordHint: t("account.passwordHint"),
            phone: t("checkout.phone"),
            phoneHint: t("account.phoneHint"),
            honeypot: t("checkout.honeypot"),
            submit: t("account.register"),
            mailedText: t("account.mailedText"),
          }}
        />
        <p className="text-sm">
          {t("account.haveAccount")}{" "}
          <Link href={`/s/${ws.slug}/sign-in`} className="font-medium text-primary underline-offset-4 hover:underline">
            {t("account.signIn")}
          </Link>
        </p>
      </main>
    </>
  );
}
