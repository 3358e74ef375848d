import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import type { listBoughtProducts } from "@/db/queries/orders";

type Row = Awaited<ReturnType<typeof listBoughtProducts>>[number];

/** The card's Products tab: what she bought in delivered orders, one line per product. */
export async function BoughtProducts({ rows, money, date }: { rows: Row[]; money: (minor: number) => string; date: (d: Date) => string }) {
  const [t, tc] = await Promise.all([getTranslations("clients.card.bought"), getTranslations("clients.card")]);
  return (
    <section className="flex flex-col gap-2">
      <h3 className="font-semibold">{t("title")}</h3>
      {rows.length ? (
        <ul className="flex flex-col gap-2">
          {rows.map((p) => (
            <li key={p.productId ?? `free:${p.name}`} className="flex flex-col gap-1 rounded-lg border bg-card p-3 text-sm sm:flex-row sm:items-center sm:gap-3">
              <div className="min-w-0 flex-1 break-words">
                <p className="font-medium">{p.name}</p>
                {p.sku ? <p className="text-xs text-muted-foreground">{t("sku")}: {p.sku}</p> : null}
              </div>
              <dl className="flex flex-wrap gap-x-4 gap-y-1 tabular-nums">
                <div>
                  <dt className="text-xs text-muted-foreground">{t("quantity")}</dt>
                  <dd>{p.quantity}</dd>
                </div>
                <div>
                  <dt className="text-xs text-muted-foreground">{t("amount")}</dt>
                  <dd className="whitespace-nowrap">{money(p.amount)}</dd>
                </div>
                <div>
                  <dt className="text-xs text-muted-foreground">{t("lastAt")}</dt>
                  <dd className="whitespace-nowrap">{p.lastAt ? date(new Date(p.lastAt)) : tc("figures.never")}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={t("empty")} />
      )}
    </section>
  );
}
