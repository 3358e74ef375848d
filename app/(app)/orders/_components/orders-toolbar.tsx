"use client";

import { ShoppingBag } from "lucide-react";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { ArchiveTabs, FilterSheet, ListToolbar } from "@/components/data-table/list-toolbar";
import type { OrderListParams } from "@/lib/order-list-params";
import type { FilterOptions } from "./order-filters";

// The filters load when the sheet first opens, not with the list.
const OrderFilters = dynamic(() => import("./order-filters").then((m) => m.OrderFilters), { ssr: false });

/** Quick search (order number or client), Active / Archive, and the filters in a sheet. */
export function OrdersToolbar({ params, filterCount, options }: { params: OrderListParams; filterCount: number; options: FilterOptions }) {
  const t = useTranslations("orders");
  return (
    <ListToolbar q={params.q} search={{ label: t("list.searchLabel"), placeholder: t("list.searchPlaceholder"), submit: t("list.search") }}>
      <ArchiveTabs archived={params.archived} label={t("title")} active={t("list.active")} archive={t("list.archive")} ActiveIcon={ShoppingBag} />
      <FilterSheet
        button={filterCount ? t("list.filtersCount", { count: filterCount }) : t("list.filters")}
        highlighted={filterCount > 0}
        title={t("filter.title")}
        close={t("list.close")}
      >
        {(done) => <OrderFilters params={params} options={options} onDone={done} />}
      </FilterSheet>
    </ListToolbar>
  );
}
