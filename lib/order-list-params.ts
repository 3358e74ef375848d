import { orderSources, orderStatuses, paymentStatuses, type OrderSource, type OrderStatus, type PaymentStatus } from "@/db/schema/orders";
import { isoDateParam, one, pageParam, type PageSize, pageSizes, type SearchParams, sizeParam, uuidParam } from "./url-params";

export const orderSorts = ["date", "number", "total", "balance"] as const;
export type OrderSort = (typeof orderSorts)[number];
export { pageSizes };

export type OrderFilters = {
  statuses?: OrderStatus[];
  payments?: PaymentStatus[];
  /** ISO dates, inclusive, read in the workspace time zone. */
  from?: string;
  to?: string;
  client?: string;
  product?: string;
  source?: OrderSource;
};

export type OrderListParams = {
  /** The saved view the list was opened from (its columns apply). */
  view: string | null;
  q: string;
  archived: boolean;
  sort: OrderSort;
  dir: "asc" | "desc";
  page: number;
  size: PageSize;
  filters: OrderFilters;
};

const uuid = uuidParam;

const isoDate = isoDateParam;

/** "new,paid,x" → the allowed values among them, each once, in the schema's order. */
function pick<T extends string>(allowed: readonly T[], v: string | undefined): T[] | undefined {
  const asked = new Set((v ?? "").split(","));
  const found = allowed.filter((a) => asked.has(a));
  return found.length ? found : undefined;
}

/**
 * The order list's state from the URL. Every value is checked against what is allowed; a
 * bad one falls back to its default instead of failing the page.
 */
export function parseOrderListParams(sp: SearchParams): OrderListParams {
  // A bare list is newest first. The table's header links write "sort" and leave "dir" out
  // when ascending (as for every table), so a named sort without "dir" is ascending.
  const sort = orderSorts.find((s) => s === one(sp.sort));
  return {
    view: uuid(one(sp.view)) ?? null,
    q: (one(sp.q) ?? "").slice(0, 100),
    archived: one(sp.archived) === "1",
    sort: sort ?? "date",
    dir: sort ? (one(sp.dir) === "desc" ? "desc" : "asc") : one(sp.dir) === "asc" ? "asc" : "desc",
    page: pageParam(one(sp.page)),
    size: sizeParam(pageSizes, one(sp.size)),
    filters: {
      statuses: pick(orderStatuses, one(sp.status)),
      payments: pick(paymentStatuses, one(sp.payment)),
      from: isoDate(one(sp.from)),
      to: isoDate(one(sp.to)),
      client: uuid(one(sp.client)),
      product: uuid(one(sp.product)),
      source: orderSources.find((s) => s === one(sp.source)),
    },
  };
}

/** The URL query of a list state, leaving out defaults so links stay short. */
export function orderListQuery(p: OrderListParams): string {
  const f = p.filters;
  const entries: [string, string | undefined][] = [
    ["view", p.view ?? undefined],
    ["q", p.q || undefined],
    ["archived", p.archived ? "1" : undefined],
    ["sort", p.sort === "date" && p.dir === "desc" ? undefined : p.sort],
    ["dir", p.dir === "desc" && p.sort !== "date" ? "desc" : undefined],
    ["page", p.page > 1 ? String(p.page) : undefined],
    ["size", p.size !== 20 ? String(p.size) : undefined],
    ["status", f.statuses?.join(",")],
    ["payment", f.payments?.join(",")],
    ["from", f.from],
    ["to", f.to],
    ["client", f.client],
    ["product", f.product],
    ["source", f.source],
  ];
  return new URLSearchParams(entries.filter((e): e is [string, string] => e[1] !== undefined)).toString();
}

/** How many filters (beyond search and archive) are on, for the "Filters (3)" button. */
export function activeOrderFilterCount(f: OrderFilters): number {
  return [f.statuses, f.payments, f.from || f.to, f.client, f.product, f.source].filter(Boolean).length;
}
