"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { Badge } from "@/components/ui/badge";
import type { ProductListRow } from "@/db/queries/product-list";

/** A list row with the price already formatted on the server for the reader. */
export type ProductRow = Omit<ProductListRow, "price"> & { priceDisplay: string };

/** The catalogue's columns; sort ids match lib/product-list-params.ts. */
export function useProductColumns(): ColumnDef<ProductRow, unknown>[] {
  const t = useTranslations("products");
  return useMemo(
    () => [
      { id: "sku", header: t("columns.sku"), cell: ({ row }) => (row.original.sku ? <span className="text-muted-foreground tabular-nums">{row.original.sku}</span> : null), meta: { sortId: "sku", className: "w-28" } },
      {
        id: "name",
        header: t("columns.name"),
        cell: ({ row }) => (
          <a href={`/products/${row.original.id}/edit`} className="font-medium hover:text-primary hover:underline">
            {row.original.name}
          </a>
        ),
        meta: { sortId: "name", className: "min-w-48", cardTitle: true },
      },
      { id: "category", header: t("columns.category"), cell: ({ row }) => row.original.category, meta: { sortId: "category" } },
      {
        id: "price",
        header: t("columns.price"),
        cell: ({ row }) => <span className="whitespace-nowrap tabular-nums">{row.original.priceDisplay}</span>,
        meta: { sortId: "price", className: "sm:text-right" },
      },
      {
        id: "active",
        header: t("columns.active"),
        cell: ({ row }) => <Badge variant={row.original.active ? "success" : "secondary"}>{t(row.original.active ? "status.active" : "status.inactive")}</Badge>,
      },
    ],
    [t],
  );
}
