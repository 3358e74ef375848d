import { CircleCheck } from "lucide-react";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getClientCard } from "@/db/queries/clients";
import { listClientProducts } from "@/db/queries/customers";
import { formatPhone } from "@/lib/phone";
import { currentSiteVisitor } from "@/lib/request-context";
import { JoinForm, ProfileForm, SiteSignOutButton } from "../_components/account-forms";
import { ProductList } from "../_components/product-list";
import { SiteTopBar } from "../_components/site-top-bar";
import { consultantName, loadCart, loadSite } from "../load-site";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ welcome?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [site, t] = await Promise.all([loadSite((await params).slug), getTranslations("site.profile")]);
  return { title: `${t("title")} · ${consultantName(site)}` };
}

/**
 * "My profile" [000]: her details as the consultant keeps them, to correct herself; her
 * wishlist and what the consultant recommends. Signed in with an account from another
 * consultant, she is offered to join this one's book first.
 */
export default async function ProfilePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const site = await loadSite(slug);
  const ws = site.workspace;
  const visitor = await currentSiteVisitor(ws.id);
  if (!visitor) redirect(`/s/${ws.slug}/sign-in`);
  const [cart, t, format, locale] = await Promise.all([loadCart(site), getTranslations("site"), getFormatter(), getLocale()]);
  const name = consultantName(site);
  const top = <SiteTopBar slug={ws.slug} name={name} cartCount={cart.reduce((n, l) => n + l.quantity, 0)} />;
  const signOut = <SiteSignOutButton slug={ws.slug} label={t("account.signOut")} />;

  // visitor.client is the client linked to her account in this workspace: hers by construction.
  const card = visitor.client ? await getClientCard(ws.id, visitor.client.id) : null;
  if (!card) {
    return (
      <>
        {top}
        <main id="main" className="flex max-w-xl flex-col gap-4 pt-6">
          <h1 className="text-2xl font-semibold tracking-tight">{t("profile.title")}</h1>
          <section className="flex flex-col items-start gap-3 rounded-lg border bg-card p-5">
            <p className="break-words">{t("account.joinText", { email: visitor.user.email, name })}</p>
            <JoinForm slug={ws.slug} label={t("account.join", { name })} />
          </section>
          {signOut}
        </main>
      </>
    );
  }

  const c = card.client;
  const home = card.addresses.find((a) => a.kind === "home");
  const primaryFirst = [...card.phones].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary));
  const products = await listClientProducts(ws.id, c.id);
  const wished = products.filter((p) => p.kind === "wish" && p.onSale);
  const recommended = products.filter((p) => p.kind === "recommended" && p.onSale);
  const wishedIds = new Set(wished.map((p) => p.id));
  const months = Array.from({ length: 12 }, (_, i) => format.dateTime(new Date(Date.UTC(2000, i, 1)), { month: "long", timeZone: "UTC" }));
  const sp = await searchParams;

  return (
    <>
      {top}
      <main id="main" className="flex flex-col gap-8 pt-6">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="flex min-w-0 flex-col gap-1">
            <h1 className="text-2xl font-semibold tracking-tight">{t("profile.title")}</h1>
            <p className="break-words text-muted-foreground">{t("profile.intro", { name, email: visitor.user.email })}</p>
          </div>
          {signOut}
        </div>
        {sp.welcome ? (
          <p role="status" className="flex items-center gap-2 rounded-lg border border-success/40 bg-success/10 p-3">
            <CircleCheck aria-hidden className="size-5 shrink-0 text-success" />
            {t("account.welcome", { name })}
          </p>
        ) : null}

        {recommended.length ? (
          <section aria-labelledby="recommended" className="flex flex-col gap-3">
            <h2 id="recommended" className="text-xl font-semibold">{t("profile.recommended")}</h2>
            <ProductList t={t} slug={ws.slug} products={recommended} currency={ws.currency} locale={locale} wished={wishedIds} />
          </section>
        ) : null}

        <section aria-labelledby="wishlist" className="flex flex-col gap-3">
          <h2 id="wishlist" className="text-xl font-semibold">{t("profile.wishlist")}</h2>
          {wished.length ? (
            <ProductList t={t} slug={ws.slug} products={wished} currency={ws.currency} locale={locale} wished={wishedIds} />
          ) : (
            <p className="rounded-lg border bg-card p-4 text-muted-foreground">{t("profile.wishlistEmpty")}</p>
          )}
        </section>

        <section aria-labelledby="details" className="flex max-w-2xl flex-col gap-3">
          <h2 id="details" className="text-xl font-semibold">{t("profile.details")}</h2>
          <ProfileForm
            slug={ws.slug}
            months={months}
            values={{
              firstName: c.firstName,
              lastName: c.lastName,
              phones: primaryFirst.map((p) => formatPhone(p.e164)),
              line1: home?.line1 ?? "",
              city: home?.city ?? "",
              postalCode: home?.postalCode ?? "",
              birthDay: c.birthDay ? String(c.birthDay) : "",
              birthMonth: c.birthMonth ? String(c.birthMonth) : "",
              birthYear: c.birthYear ? String(c.birthYear) : "",
              emails: !c.emailOptOutAt,
            }}
            labels={{
              firstName: t("profile.firstName"),
              lastName: t("profile.lastName"),
              phones: t("profile.phones"),
              phone: t("profile.phone"),
              phoneHint: t("profile.phoneHint"),
              address: t("profile.address"),
              line1: t("profile.line1"),
              city: t("profile.city"),
              postalCode: t("profile.postalCode"),
              birthday: t("profile.birthday"),
              day: t("profile.day"),
              month: t("profile.month"),
              year: t("profile.year"),
              noMonth: t("profile.noMonth"),
              emails: t("profile.emails"),
              emailsHint: t("profile.emailsHint"),
              submit: t("profile.save"),
            }}
          />
        </section>
      </main>
    </>
  );
}
