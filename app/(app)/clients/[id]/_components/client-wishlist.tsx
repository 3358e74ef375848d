import { Heart, Sparkles } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { listClientProducts } from "@/db/queries/customers";
import { RecommendPicker, UnrecommendButton } from "./recommend-controls";

/**
 * The card's Products tab, beside what she bought: her wishlist from the personal site and
 * what the consultant recommends to her (she sees those on the site) [000].
 */
export async function ClientWishlist({ workspaceId, clientId, money, date, canRecommend }: { workspaceId: string; clientId: string; money: (minor: number) => string; date: (d: Date) => string; canRecommend: boolean }) {
  const [t, rows] = await Promise.all([getTranslations("clients.card.wishlist"), listClientProducts(workspaceId, clientId)]);
  const wished = rows.filter((r) => r.kind === "wish");
  const recommended = rows.filter((r) => r.kind === "recommended");
  const line = (r: (typeof rows)[number], action?: React.ReactNode) => (
    <li key={`${r.kind}:${r.id}`} className="flex items-center gap-3 rounded-lg border bg-card p-3 text-sm">
      <div className="min-w-0 flex-1 break-words">
        <p className="font-medium">{r.name}</p>
        <p className="text-xs text-muted-foreground">
          {[r.sku, money(r.price), t("since", { date: date(r.createdAt) }), r.onSale ? null : t("offSale")].filter(Boolean).join(" · ")}
        </p>
      </div>
      {action}
    </li>
  );
  return (
    <div className="flex flex-col gap-6">
      <section className="flex flex-col gap-2" aria-labelledby="wishlist-title">
        <h3 id="wishlist-title" className="flex items-center gap-2 font-semibold">
          <Heart aria-hidden className="size-4 text-primary" />
          {t("title")}
        </h3>
        {wished.length ? <ul className="flex flex-col gap-2">{wished.map((r) => line(r))}</ul> : <p className="text-sm text-muted-foreground">{t("empty")}</p>}
      </section>
      <section className="flex flex-col gap-2" aria-labelledby="recommended-title">
        <h3 id="recommended-title" className="flex items-center gap-2 font-semibold">
          <Sparkles aria-hidden className="size-4 text-primary" />
          {t("recommended")}
        </h3>
        {recommended.length ? (
          <ul className="flex flex-col gap-2">
            {recommended.map((r) => line(r, <UnrecommendButton clientId={clientId} productId={r.id} label={t("unrecommend", { name: r.name })} />))}
          </ul>
        ) : (
          <p className="text-sm text-muted-foreground">{t("recommendedEmpty")}</p>
        )}
        {canRecommend ? <RecommendPicker clientId={clientId} /> : null}
      </section>
    </div>
  );
}
