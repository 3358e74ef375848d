import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { SiteSignInForm } from "../_components/account-forms";
import { SiteTopBar } from "../_components/site-top-bar";
import { consultantName, loadSignedOutPage, loadSite } from "../load-site";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [site, t] = await Promise.all([loadSite((await params).slug), getTranslations("site.account")]);
  return { title: `${t("signInTitle")} · ${consultantName(site)}` };
}

/** A customer signs in with the account she registered here or with another consultant. */
export default async function SiteSignInPage({ params }: Props) {
  const [{ site, name, cartCount }, t] = await Promise.all([loadSignedOutPage((await params).slug), getTranslations("site")]);
  const ws = site.workspace;
  return (
    <>
      <SiteTopBar slug={ws.slug} name={name} cartCount={cartCount} />
      <main id="main" className="flex max-w-xl flex-col gap-4 pt-6">
        <h1 className="text-2xl font-semibold tracking-tight">{t("account.signInTitle")}</h1>
        <p className="text-muted-foreground">{t("account.signInIntro", { name })}</p>
        <SiteSignInForm slug={ws.slug} labels={{ email: t("checkout.email"), password: t("account.password"), submit: t("account.signIn"), honeypot: t("checkout.honeypot") }} />
        <p className="text-sm">
          {t("account.noAccount")}{" "}
          <Link href={`/s/${ws.slug}/register`} className="font-medium text-primary underline-offset-4 hover:underline">
            {t("account.register")}
          </Link>
        </p>
        <p className="text-sm">
          <Link href="/forgot-password" className="text-muted-foreground underline-offset-4 hover:underline">
            {t("account.forgot")}
          </Link>
        </p>
      </main>
    </>
  );
}
