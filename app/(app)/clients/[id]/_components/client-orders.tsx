import { Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { listClientOrders } from "@/db/queries/orders";
import { cn } from "@/lib/cn";
import { paymentVariant, statusVariant } from "@/components/orders/order-badges";

type Row = Awaited<ReturnType<typeof listClientOrders>>[number];

/** The card's Orders tab: her orders, newest first, archived ones marked; money and dates formatted by the page. */
export async function ClientOrders({ clientId, rows, canOrder, money, date }: { clientId: string; rows: Row[]; canOrder: boolean; money: (minor: number) => string; date: (d: Date) => string }) {
  const [t, tc, to] = await Promise.all([getTranslations("clients.card.orders"), getTranslations("clients.card"), getTranslations("orders")]);
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        {canOrder ? (
          <Link href={`/orders/new?client=${clientId}`} className={buttonVariants({ variant: "outline" })}>
            <Plus aria-hidden />
            {to("new")}
          </Link>
        ) : null}
        {rows.length ? (
          <Link href={`/orders?client=${clientId}`} className={buttonVariants({ variant: "ghost" })}>
            {t("all")}
          </Link>
        ) : null}
      </div>
      {rows.length ? (
        <ul className="flex flex-col gap-2">
          {rows.map((o) => {
            const balance = o.total - o.paid;
            return (
              <li key={o.id} className={cn("flex flex-col gap-1 rounded-lg border bg-card px-3 py-1 text-sm sm:flex-row sm:items-center sm:gap-3", o.archivedAt && "bg-muted/40 text-muted-foreground")}>
                <div className="flex min-w-0 flex-1 flex-wrap items-center gap-x-3 gap-y-1">
                  <Link href={`/orders/${o.id}`} className="inline-flex min-h-11 items-center font-semibold text-primary tabular-nums hover:underline">
                    {tc("number", { number: String(o.number) })}
                  </Link>
                  <span className="text-muted-foreground">{date(o.createdAt)}</span>
                  <Badge variant={statusVariant[o.status]}>{to(`status.${o.status}`)}</Badge>
                  <Badge variant={paymentVariant[o.paymentStatus]}>{to(`paymentStatus.${o.paymentStatus}`)}</Badge>
                  {o.archivedAt ? <Badge variant="secondary">{t("archived")}</Badge> : null}
                </div>
                <dl className="flex gap-4 pb-2 tabular-nums sm:pb-0">
                  <div>
                    <dt className="text-xs text-muted-foreground">{t("total")}</dt>
                    <dd className="whitespace-nowrap">{money(o.total)}</dd>
                  </div>
                  <div>
                    <dt className="text-xs text-muted-foreground">{t("balance")}</dt>
                    <dd className={cn("whitespace-nowrap", balance > 0 && "font-semibold text-destructive")}>{money(balance)}</dd>
                  </div>
                </dl>
              </li>
            );
          })}
        </ul>
      ) : (
        <EmptyState title={t("empty")} />
      )}
    </div>
  );
}
