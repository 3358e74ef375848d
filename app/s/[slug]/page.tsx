import { CalendarHeart, Heart, Mail, MessageCircle, Phone, Search, Send } from "lucide-react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button, buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { listClientProducts } from "@/db/queries/customers";
import { listSiteCategories, listSiteProducts } from "@/db/queries/site";
import { currentSiteVisitor } from "@/lib/request-context";
import { cn } from "@/lib/cn";
import { telLink, whatsappLink } from "@/lib/phone";
import { one, pageParam, type SearchParams } from "@/lib/url-params";
import { ProductList } from "./_components/product-list";
import { SiteTopBar } from "./_components/site-top-bar";
import { consultantName, loadCart, loadSite } from "./load-site";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await loadSite((await params).slug);
  return { title: consultantName(site), description: site.workspace.siteBio ?? undefined };
}

/** A boxed invitation on the front page: a title, a line of text and its buttons. */
function Invitation({ id, title, text, children }: { id: string; title: string; text: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col items-start gap-3 rounded-lg border bg-card p-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="flex flex-col gap-1">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="text-sm text-muted-foreground">{text}</p>
      </div>
      <div className="flex shrink-0 flex-wrap gap-2">{children}</div>
    </section>
  );
}

/** The consultant's public page: who she is, how to reach her, and her catalogue to order from. */
export default async function SitePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const site = await loadSite(slug);
  const ws = site.workspace;
  const sp = await searchParams;
  const q = (one(sp.q) ?? "").slice(0, 100);
  const category = one(sp.category)?.slice(0, 100) ?? null;
  const page = pageParam(one(sp.page));
  const [{ products, more }, categories, cart, t, locale, visitor] = await Promise.all([
    listSiteProducts(ws.id, ws.siteCategories, { q, category, page }),
    listSiteCategories(ws.id, ws.siteCategories),
    loadCart(site),
    getTranslations("site"),
    getLocale(),
    currentSiteVisitor(ws.id),
  ]);
  // Hearts for a customer of this site: her wishlist; what the consultant recommends goes first.
  const mine = visitor?.client ? await listClientProducts(ws.id, visitor.client.id) : [];
  const wished = visitor?.client ? new Set(mine.filter((p) => p.kind === "wish").map((p) => p.id)) : null;
  const recommended = mine.filter((p) => p.kind === "recommended" && p.onSale);
  const name = consultantName(site);
  const inCart = new Map(cart.map((l) => [l.product.id, l.quantity]));
  const href = (c: string | null, pageNumber = 1) => {
    const p = new URLSearchParams();
    if (q) p.set("q", q);
    if (c) p.set("category", c);
    if (pageNumber > 1) p.set("page", String(pageNumber));
    const s = p.toString();
    return `/s/${ws.slug}${s ? `?${s}` : ""}`;
  };
  const contacts = [
    ws.sitePhone && { href: telLink(ws.sitePhone), label: t("contacts.call"), Icon: Phone, external: false },
    ws.siteWhatsapp && { href: whatsappLink(ws.siteWhatsapp), label: t("contacts.whatsapp"), Icon: MessageCircle, external: true },
    ws.siteTelegram && { href: `https://t.me/${ws.siteTelegram}`, label: t("contacts.telegram"), Icon: Send, external: true },
    ws.siteEmail && { href: `mailto:${ws.siteEmail}`, label: t("contacts.email"), Icon: Mail, external: false },
  ].filter((c) => !!c);

  return (
    <>
      <SiteTopBar slug={ws.slug} name={name} cartCount={cart.reduce((n, l) => n + l.quantity, 0)} />
      <main id="main" className="flex flex-col gap-8 pt-6">
        <section className="flex flex-col items-center gap-4 text-center sm:flex-row sm:items-start sm:text-left">
          {ws.sitePhotoUrl ? (
            // A link the consultant typed, to any host: next/image would need each host allow-listed.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={ws.sitePhotoUrl} alt={name} width={112} height={112} referrerPolicy="no-referrer" className="size-28 shrink-0 rounded-full border bg-muted object-cover" />
          ) : null}
          <div className="flex min-w-0 flex-col gap-2">
            <h1 className="text-2xl font-semibold tracking-tight break-words">{name}</h1>
            {ws.name !== name ? <p className="text-muted-foreground">{ws.name}</p> : null}
            {ws.siteBio ? <p className="max-w-prose whitespace-pre-line break-words">{ws.siteBio}</p> : null}
            {contacts.length ? (
              <ul aria-label={t("contacts.label")} className="mt-2 flex flex-wrap justify-center gap-2 sm:justify-start">
                {contacts.map(({ href, label, Icon, external }) => (
                  <li key={href}>
                    <a
                      href={href}
                      {...(external ? { target: "_blank", rel: "noopener noreferrer" } : {})}
                      className="inline-flex min-h-11 items-center gap-2 rounded-full border bg-card px-4 text-sm font-medium hover:bg-muted"
                    >
                      <Icon aria-hidden className="size-4 text-primary" />
                      {label}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </section>

        {visitor ? null : (
          <Invitation id="join" title={t("account.ctaTitle")} text={t("account.ctaText")}>
            <Link href={`/s/${ws.slug}/register`} className={buttonVariants()}>
              <Heart aria-hidden />
              {t("account.register")}
            </Link>
            <Link href={`/s/${ws.slug}/sign-in`} className={buttonVariants({ variant: "outline" })}>
              {t("account.signIn")}
            </Link>
          </Invitation>
        )}

        <Invitation id="meeting" title={t("meeting.title")} text={t("meeting.text")}>
          <Link href={`/s/${ws.slug}/meeting`} className={buttonVariants()}>
            <CalendarHeart aria-hidden />
            {t("meeting.link")}
          </Link>
        </Invitation>

        {recommended.length && !q && !category ? (
          <section aria-labelledby="recommended" className="flex flex-col gap-4">
            <h2 id="recommended" className="text-xl font-semibold">
              {t("profile.recommended")}
            </h2>
            <ProductList t={t} slug={ws.slug} products={recommended} currency={ws.currency} locale={locale} wished={wished} inCart={inCart} />
          </section>
        ) : null}

        <section aria-labelledby="catalogue" className="flex flex-col gap-4">
          <h2 id="catalogue" className="scroll-mt-16 text-xl font-semibold">
            {t("catalogue.title")}
          </h2>
          <form role="search" action={`/s/${ws.slug}`} className="flex gap-2">
            {category ? <input type="hidden" name="category" value={category} /> : null}
            <label htmlFor="site-q" className="sr-only">
              {t("catalogue.search")}
            </label>
            <Input id="site-q" type="search" name="q" defaultValue={q} placeholder={t("catalogue.search")} maxLength={100} />
            <Button type="submit" variant="outline" size="icon" aria-label={t("catalogue.find")}>
              <Search aria-hidden />
            </Button>
          </form>
          {categories.length > 1 ? (
            <nav aria-label={t("catalogue.categories")}>
              <ul className="flex gap-2 overflow-x-auto pb-1 sm:flex-wrap">
                {[null, ...categories].map((c) => {
                  const active = c === category || (c === null && category === null);
                  return (
                    <li key={c ?? ""} className="shrink-0">
                      <Link
                        href={href(c)}
                        aria-current={active ? "page" : undefined}
                        className={cn(
                          "inline-flex min-h-11 items-center rounded-full border px-4 text-sm whitespace-nowrap",
                          active ? "border-primary bg-primary text-primary-foreground" : "bg-card hover:bg-muted",
                        )}
                      >
                        {c ?? t("catalogue.all")}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
          ) : null}
          {products.length ? (
            <>
              <ProductList t={t} slug={ws.slug} products={products} currency={ws.currency} locale={locale} wished={wished} inCart={inCart} />
              {page > 1 || more ? (
                <nav aria-label={t("catalogue.pages")} className="flex flex-wrap items-center justify-between gap-2">
                  {page > 1 ? (
                    <Link href={`${href(category, page - 1)}#catalogue`} className={buttonVariants({ variant: "outline" })}>
                      {t("catalogue.previous")}
                    </Link>
                  ) : (
                    <span />
                  )}
                  {more ? (
                    <Link href={`${href(category, page + 1)}#catalogue`} className={buttonVariants({ variant: "outline" })}>
                      {t("catalogue.next")}
                    </Link>
                  ) : null}
                </nav>
              ) : null}
            </>
          ) : (
            <p className="rounded-lg border bg-card p-6 text-center text-muted-foreground">{q || category ? t("catalogue.nothingFound") : t("catalogue.empty")}</p>
          )}
        </section>
      </main>
    </>
  );
}
