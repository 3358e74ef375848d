import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { formatMoney } from "@/lib/money";
import { formatPhone } from "@/lib/phone";
import { currentSiteVisitor } from "@/lib/request-context";
import { MAX_QUANTITY } from "@/lib/site-cart";
import { CheckoutForm } from "../_components/checkout-form";
import { QuantityButton } from "../_components/quantity-button";
import { SiteTopBar } from "../_components/site-top-bar";
import { consultantName, loadCart, loadSite } from "../load-site";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [site, t] = await Promise.all([loadSite((await params).slug), getTranslations("site.cart")]);
  return { title: `${t("title")} · ${consultantName(site)}` };
}

/** The cart, with today's names and prices from the catalogue, and the order form. */
export default async function CartPage({ params }: Props) {
  const { slug } = await params;
  const site = await loadSite(slug);
  const ws = site.workspace;
  const [lines, t, locale, visitor] = await Promise.all([loadCart(site), getTranslations("site"), getLocale(), currentSiteVisitor(ws.id)]);
  // A signed-in customer orders as herself: the form starts with her card's name and contacts.
  const me = visitor?.client;
  const prefill = me ? { name: [me.firstName, me.lastName].filter(Boolean).join(" "), phone: me.primaryPhone ? formatPhone(me.primaryPhone) : undefined, email: me.primaryEmail ?? visitor.user.email } : undefined;
  const money = (minor: number) => formatMoney(minor, ws.currency, locale);
  const name = consultantName(site);
  const total = lines.reduce((sum, l) => sum + l.product.price * l.quantity, 0);

  const summary = (
    <section aria-label={t("cart.title")} className="flex flex-col rounded-lg border bg-card">
      <ul className="divide-y">
        {lines.map(({ product: p, quantity }) => (
          <li key={p.id} className="flex flex-col gap-2 p-4">
            <div className="flex items-start justify-between gap-3">
              <p className="font-medium break-words">{p.name}</p>
              <p className="font-semibold whitespace-nowrap tabular-nums">{money(p.price * quantity)}</p>
            </div>
            <div className="flex items-center gap-2">
              <QuantityButton slug={ws.slug} productId={p.id} quantity={quantity - 1} kind="less" label={t("cart.less", { name: p.name })} />
              <span className="min-w-8 text-center tabular-nums">
                <span aria-hidden>{quantity}</span>
                <span className="sr-only">{t("cart.quantity", { count: quantity })}</span>
              </span>
              {quantity < MAX_QUANTITY ? <QuantityButton slug={ws.slug} productId={p.id} quantity={quantity + 1} kind="more" label={t("cart.more", { name: p.name })} /> : null}
              <span className="text-sm text-muted-foreground">{t("cart.each", { price: money(p.price) })}</span>
              <span className="ml-auto">
                <QuantityButton slug={ws.slug} productId={p.id} quantity={0} kind="remove" label={t("cart.remove", { name: p.name })} />
              </span>
            </div>
          </li>
        ))}
      </ul>
      <p className="flex items-center justify-between border-t p-4 text-lg font-semibold">
        <span>{t("cart.total")}</span>
        <span className="tabular-nums" data-testid="cart-total">
          {money(total)}
        </span>
      </p>
    </section>
  );
  const empty = (
    <div className="flex flex-col items-start gap-3 rounded-lg border bg-card p-5">
      <p>{t("cart.empty")}</p>
      <Link href={`/s/${ws.slug}`} className={buttonVariants({ variant: "outline" })}>
        {t("cart.back")}
      </Link>
    </div>
  );

  return (
    <>
      <SiteTopBar slug={ws.slug} name={name} cartCount={lines.reduce((n, l) => n + l.quantity, 0)} />
      <main id="main" className="flex flex-col gap-4 pt-6">
        <h1 className="text-2xl font-semibold tracking-tight">{t("cart.title")}</h1>
        <CheckoutForm
          slug={ws.slug}
          summary={lines.length ? summary : null}
          empty={empty}
          prefill={prefill}
          labels={{
            title: t("checkout.title"),
            intro: t("checkout.intro", { name }),
            name: t("checkout.name"),
            phone: t("checkout.phone"),
            email: t("checkout.email"),
            contactHint: t("checkout.contactHint"),
            note: t("checkout.note"),
            honeypot: t("checkout.honeypot"),
            submit: t("checkout.submit"),
            thanksText: t("checkout.thanksText", { name }),
            back: t("cart.back"),
          }}
        />
      </main>
    </>
  );
}
