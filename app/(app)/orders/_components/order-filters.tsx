"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FilterCheck, FilterChosen, FilterDates, FilterForm, FilterGroup } from "@/components/data-table/filter-form";
import { useUrlState } from "@/components/data-table/use-url-state";
import { Select } from "@/components/ui/select";
import type { OrderFilters as Filters, OrderListParams } from "@/lib/order-list-params";

/** The URL keys this sheet writes (lib/order-list-params.ts reads and checks them). */
const filterKeys = ["status", "payment", "from", "to", "client", "product", "source"];

export type FilterOptions = {
  statuses: NonNullable<Filters["statuses"]>;
  payments: NonNullable<Filters["payments"]>;
  sources: NonNullable<Filters["source"]>[];
  products: { id: string; name: string }[];
  /** The filtered client's name, when the list is one client's orders. */
  clientName: string | null;
};



/** Status, payment, period, client, product and source: each becomes a URL parameter. */
export function OrderFilters({ params, options, onDone }: { params: OrderListParams; options: FilterOptions; onDone: () => void }) {
  const t = useTranslations("orders");
  const { navigate } = useUrlState();
  const f = params.filters;
  const [client, setClient] = useState(f.client);

  const apply = (data: FormData) => {
    const get = (k: string) => String(data.get(k) ?? "") || undefined;
    const all = (k: string) => data.getAll(k).map(String).join(",") || undefined;
    navigate({ status: all("status"), payment: all("payment"), from: get("from"), to: get("to"), client, product: get("product"), source: get("source"), page: undefined });
  };

  return (
    <FilterForm keys={[...filterKeys]} labels={{ apply: t("filter.apply"), reset: t("filter.reset") }} apply={apply} onDone={onDone}>
      <FilterGroup legend={t("filter.status")}>
        <div className="grid grid-cols-2 gap-x-4">
          {options.statuses.map((s) => (
            <FilterCheck key={s} name="status" value={s} checked={Boolean(f.statuses?.includes(s))}>
              {t(`status.${s}`)}
            </FilterCheck>
          ))}
        </div>
      </FilterGroup>
      <FilterGroup legend={t("filter.payment")}>
        <div className="grid grid-cols-2 gap-x-4">
          {options.payments.map((s) => (
            <FilterCheck key={s} name="payment" value={s} checked={Boolean(f.payments?.includes(s))}>
              {t(`paymentStatus.${s}`)}
            </FilterCheck>
          ))}
        </div>
      </FilterGroup>
      <FilterGroup legend={t("filter.period")}>
        <FilterDates labels={{ from: t("filter.from"), to: t("filter.to") }} from={f.from} to={f.to} />
      </FilterGroup>
      {client ? (
        <FilterChosen legend={t("filter.client")} name={options.clientName ?? t("filter.client")} removeLabel={t("filter.removeClient")} onRemove={() => setClient(undefined)} />
      ) : null}
      <FilterGroup legend={t("filter.product")}>
        <Select name="product" defaultValue={f.product ?? ""} aria-label={t("filter.product")}>
          <option value="">{t("filter.any")}</option>
          {options.products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </FilterGroup>
      <FilterGroup legend={t("filter.source")}>
        <Select name="source" defaultValue={f.source ?? ""} aria-label={t("filter.source")}>
          <option value="">{t("filter.any")}</option>
          {options.sources.map((s) => (
            <option key={s} value={s}>
              {t(`source.${s}`)}
            </option>
          ))}
        </Select>
      </FilterGroup>
    </FilterForm>
  );
}
