import { one, pageParam, sizeParam, uuidParam, type SearchParams } from "./url-params";

export const productSorts = ["name", "sku", "category", "price"] as const;
export type ProductSort = (typeof productSorts)[number];
export const productPageSizes = [10, 20, 50, 100] as const;
export type ProductPageSize = (typeof productPageSizes)[number];

export type ProductListParams = {
  /** The saved view the list was opened from (its columns apply). */
  view: string | null;
  /** Part of a name or SKU. */
  q: string;
  archived: boolean;
  sort: ProductSort;
  dir: "asc" | "desc";
  page: number;
  size: ProductPageSize;
  /** One category, matched whole and case-insensitively. */
  category?: string;
  /** Only active ("yes") or only inactive ("no") products. */
  active?: "yes" | "no";
};


/**
 * The product list's state from the URL. Every value is checked against what is allowed; a
 * bad one falls back to its default instead of failing the page. No zod here: the toolbar
 * (a client component) shares these types and the browser should not load a validator.
 */
export function parseProductListParams(sp: SearchParams): ProductListParams {
  const view = one(sp.view);
  const active = one(sp.active);
  return {
    view: uuidParam(view) ?? null,
    q: (one(sp.q) ?? "").slice(0, 100),
    archived: one(sp.archived) === "1",
    sort: productSorts.find((s) => s === one(sp.sort)) ?? "name",
    dir: one(sp.dir) === "desc" ? "desc" : "asc",
    page: pageParam(one(sp.page)),
    size: sizeParam(productPageSizes, one(sp.size)),
    category: one(sp.category)?.slice(0, 100),
    active: active === "yes" || active === "no" ? active : undefined,
  };
}

/** The URL query of a list state, leaving out defaults so links stay short. */
export function productListQuery(p: ProductListParams): string {
  const entries: [string, string | undefined][] = [
    ["view", p.view ?? undefined],
    ["q", p.q || undefined],
    ["archived", p.archived ? "1" : undefined],
    ["sort", p.sort !== "name" ? p.sort : undefined],
    ["dir", p.dir !== "asc" ? p.dir : undefined],
    ["page", p.page > 1 ? String(p.page) : undefined],
    ["size", p.size !== 20 ? String(p.size) : undefined],
    ["category", p.category],
    ["active", p.active],
  ];
  return new URLSearchParams(entries.filter((e): e is [string, string] => e[1] !== undefined)).toString();
}
