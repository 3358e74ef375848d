import { ShoppingBag, UserRound } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { LocaleMenu } from "@/components/layout/locale-switcher-server";
import { sessionUserId } from "@/lib/request-context";

const pill = "relative inline-flex min-h-11 shrink-0 items-center gap-2 rounded-md border bg-card px-3 text-sm font-medium hover:bg-muted";

/** The bar above every site page: the consultant's name home, the language, her account, the cart. */
export async function SiteTopBar({ slug, name, cartCount }: { slug: string; name: string; cartCount: number }) {
  const [t, userId] = await Promise.all([getTranslations("site"), sessionUserId()]);
  const account = userId ? { href: `/s/${slug}/profile`, label: t("account.profileLink") } : { href: `/s/${slug}/sign-in`, label: t("account.signInLink") };
  return (
    <header className="sticky top-0 z-30 -mx-4 flex items-center gap-2 border-b bg-background/95 px-4 py-1 backdrop-blur sm:-mx-6 sm:px-6">
      <Link href={`/s/${slug}`} className="flex min-h-11 min-w-0 flex-1 items-center truncate font-semibold text-primary">
        {name}
      </Link>
      <LocaleMenu />
      <Link href={account.href} data-testid="account" className={pill}>
        <UserRound aria-hidden className="size-5" />
        <span className="max-sm:sr-only">{account.label}</span>
      </Link>
      <Link href={`/s/${slug}/cart`} data-testid="cart" className={pill}>
        <ShoppingBag aria-hidden className="size-5" />
        <span className="max-sm:sr-only">{t("cart.link")}</span>
        <span aria-hidden className="min-w-5 rounded-full bg-primary px-1.5 text-center text-xs leading-5 font-semibold text-primary-foreground tabular-nums">
          {cartCount}
        </span>
        <span className="sr-only">, {t("cart.count", { count: cartCount })}</span>
      </Link>
    </header>
  );
}
