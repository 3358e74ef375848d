import { Heart } from "lucide-react";
import type { getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { formatMoney } from "@/lib/money";
import { WishButton } from "./account-forms";
import { AddToCartButton } from "./add-to-cart-button";

type Product = { id: string; name: string; price: number; imageUrl: string | null; category?: string | null; description?: string | null };

/**
 * Products as the site shows them: picture, name, price, "add to cart" and the wishlist
 * heart. `wished` is her wishlist when she is signed in as a customer here; null makes the
 * heart a link to sign in.
 */
export function ProductList({
  t,
  slug,
  products,
  currency,
  locale,
  wished,
  inCart,
}: {
  /** The page's translator for "site" (a plain component, so that pages render it in one pass). */
  t: Awaited<ReturnType<typeof getTranslations<"site">>>;
  slug: string;
  products: Product[];
  currency: string;
  locale: string;
  wished: Set<string> | null;
  inCart?: Map<string, number>;
}) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {products.map((p) => (
        <li key={p.id} className="flex flex-col gap-1 rounded-lg border bg-card p-4">
          {p.imageUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- a link typed in the catalogue, to any host
            <img src={p.imageUrl} alt="" loading="lazy" referrerPolicy="no-referrer" className="mb-2 aspect-[4/3] w-full rounded-md bg-muted object-cover" />
          ) : null}
          <div className="flex items-start justify-between gap-2">
            <h3 className="min-w-0 font-medium break-words">{p.name}</h3>
            {wished ? (
              <WishButton slug={slug} productId={p.id} on={wished.has(p.id)} label={t(wished.has(p.id) ? "wish.remove" : "wish.add", { name: p.name })} />
            ) : (
              <Link href={`/s/${slug}/sign-in`} aria-label={t("wish.signIn", { name: p.name })} title={t("wish.signIn", { name: p.name })} className={buttonVariants({ variant: "ghost", size: "icon", className: "-mt-2 -mr-2 shrink-0" })}>
                <Heart aria-hidden className="size-5 text-muted-foreground" />
              </Link>
            )}
          </div>
          {p.category ? <p className="text-xs text-muted-foreground">{p.category}</p> : null}
          {p.description ? <p className="line-clamp-3 text-sm text-muted-foreground">{p.description}</p> : null}
          <div className="mt-auto flex flex-wrap items-end justify-between gap-2 pt-3">
            <div className="flex flex-col">
              <span className="text-lg font-semibold tabular-nums">{formatMoney(p.price, currency, locale)}</span>
              {inCart?.get(p.id) ? <span className="text-xs text-muted-foreground">{t("catalogue.inCart", { count: inCart.get(p.id)! })}</span> : null}
            </div>
            <AddToCartButton slug={slug} productId={p.id} label={t("catalogue.add")} productName={p.name} />
          </div>
        </li>
      ))}
    </ul>
  );
}
