"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { Badge } from "@/components/ui/badge";
import type { OrderListRow } from "@/db/queries/order-list";
import { cn } from "@/lib/cn";
import { paymentVariant, statusVariant } from "@/components/orders/order-badges";

/** A list row with what the server already formatted for the reader (dates, money). */
export type OrderRow = Pick<OrderListRow, "id" | "number" | "clientId" | "clientName" | "status" | "paymentStatus" | "source" | "itemCount" | "itemNames"> & {
  dateDisplay: string;
  totalDisplay: string;
  paidDisplay: string;
  balanceDisplay: string;
  owes: boolean;
};


/** An unopened site order ("new") stands out in bold until someone opens it. */
const isNew = (row: OrderRow) => row.status === "new";

/** The order list's columns; sort ids match lib/order-list-params.ts. */
export function useOrderColumns(): ColumnDef<OrderRow, unknown>[] {
  const t = useTranslations("orders");
  return useMemo(() => {
    const money = (key: "totalDisplay" | "paidDisplay" | "balanceDisplay", bold?: (r: OrderRow) => boolean): ColumnDef<OrderRow, unknown>["cell"] =>
      function Money({ row }) {
        return <span className={cn("whitespace-nowrap tabular-nums", bold?.(row.original) && "font-semibold")}>{row.original[key]}</span>;
      };
    return [
      {
        id: "number",
        header: t("columns.number"),
        cell: ({ row }) => (
          <a href={`/orders/${row.original.id}`} className={cn("inline-flex min-h-11 items-center gap-1.5 tabular-nums hover:text-primary hover:underline", isNew(row.original) ? "font-bold" : "font-medium")}>
            {isNew(row.original) ? (
              <span className="size-2 rounded-full bg-primary" title={t("list.newOrder")}>
                <span className="sr-only">{t("list.newOrder")}</span>
              </span>
            ) : null}
            {row.original.number}
          </a>
        ),
        meta: { sortId: "number", className: "w-20", cardTitle: true },
      },
      { id: "date", header: t("columns.date"), cell: ({ row }) => <span className={cn("whitespace-nowrap", isNew(row.original) && "font-semibold")}>{row.original.dateDisplay}</span>, meta: { sortId: "date" } },
      {
        id: "client",
        header: t("columns.client"),
        cell: ({ row }) => (
          <a href={`/clients/${row.original.clientId}`} className={cn("hover:text-primary hover:underline", isNew(row.original) && "font-semibold")}>
            {row.original.clientName}
          </a>
        ),
        meta: { className: "min-w-40" },
      },
      { id: "status", header: t("columns.status"), cell: ({ row }) => <Badge variant={statusVariant[row.original.status]}>{t(`status.${row.original.status}`)}</Badge> },
      { id: "total", header: t("columns.total"), cell: money("totalDisplay", isNew), meta: { sortId: "total", className: "sm:text-right" } },
      { id: "balance", header: t("columns.balance"), cell: money("balanceDisplay", (r) => r.owes), meta: { sortId: "balance", className: "sm:text-right" } },
      { id: "payment", header: t("columns.payment"), cell: ({ row }) => <Badge variant={paymentVariant[row.original.paymentStatus]}>{t(`paymentStatus.${row.original.paymentStatus}`)}</Badge> },
      {
        id: "items",
        header: t("columns.items"),
        cell: ({ row }) => {
          const { itemNames, itemCount } = row.original;
          const names = itemNames.join(", ");
          const rest = itemCount - itemNames.length;
          const text = rest > 0 ? `${names} ${t("list.moreItems", { count: rest })}` : names;
          return (
            <span className="block max-w-64 truncate" title={text}>
              {text}
            </span>
          );
        },
      },
      { id: "paid", header: t("columns.paid"), cell: money("paidDisplay"), meta: { className: "sm:text-right", defaultHidden: true } },
      { id: "source", header: t("columns.source"), cell: ({ row }) => <span className="whitespace-nowrap">{t(`source.${row.original.source}`)}</span>, meta: { defaultHidden: true } },
    ];
  }, [t]);
}
