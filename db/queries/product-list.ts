import { and, asc, count, desc, eq, ilike, isNull, or, sql, type SQL } from "drizzle-orm";
import type { ProductListParams } from "@/lib/product-list-params";
import { escapeLike } from "@/lib/search-text";
import { db } from "../client";
import { products } from "../schema";
import { COUNT_LIMIT } from "./client-list";

export type ProductListRow = {
  id: string;
  sku: string | null;
  name: string;
  category: string | null;
  price: number;
  active: boolean;
};

/** WHERE of a list state, always inside one workspace. */
function listWhere(workspaceId: string, p: ProductListParams): SQL {
  const q = p.q.trim();
  const like = `%${escapeLike(q)}%`;
  return and(
    eq(products.workspaceId, workspaceId),
    // The same expression as products_name_idx, so the index serves both tabs.
    p.archived ? sql`(${products.archivedAt} is null) is false` : isNull(products.archivedAt),
    q ? or(ilike(products.name, like), ilike(products.sku, like)) : undefined,
    p.category ? sql`lower(${products.category}) = lower(${p.category})` : undefined,
    p.active ? eq(products.active, p.active === "yes") : undefined,
  )!;
}

const byName = sql`${products.name} collate "und-x-icu"`;

/** ORDER BY per allow-listed sort; name then id break ties so pages never overlap. */
function listOrder(p: ProductListParams): SQL[] {
  const dir = p.dir === "desc" ? desc : asc;
  const nulls = sql.raw(p.dir === "desc" ? "desc nulls last" : "asc nulls last");
  const tail = [dir(byName), dir(products.id)];
  switch (p.sort) {
    case "sku":
      return [sql`lower(${products.sku}) ${nulls}`, ...tail];
    case "category":
      return [sql`${products.category} collate "und-x-icu" ${nulls}`, ...tail];
    case "price":
      return [dir(products.price), ...tail];
    default:
      return tail;
  }
}

/**
 * One page of the catalogue, filtered, sorted and paged in SQL. `total` is exact unless
 * `more` says there are more than COUNT_LIMIT (a catalogue rarely is; the cap keeps the
 * count cheap all the same).
 */
export async function listProducts(workspaceId: string, params: ProductListParams, countLimit = COUNT_LIMIT) {
  const where = listWhere(workspaceId, params);
  const counted = db().select({ one: sql`1` }).from(products).where(where).limit(countLimit + 1).as("counted");
  const [rows, [{ total }]] = await Promise.all([
    db()
      .select({ id: products.id, sku: products.sku, name: products.name, category: products.category, price: products.price, active: products.active })
      .from(products)
      .where(where)
      .orderBy(...listOrder(params))
      .limit(params.size)
      .offset((params.page - 1) * params.size),
    db().select({ total: count() }).from(counted),
  ]);
  return { rows: rows satisfies ProductListRow[], total: Math.min(total, countLimit), more: total > countLimit };
}

/** Every product id a list state matches (for "select all matching"), up to `limit`. */
export async function listProductIds(workspaceId: string, params: ProductListParams, limit = COUNT_LIMIT) {
  const rows = await db()
    .select({ id: products.id })
    .from(products)
    .where(listWhere(workspaceId, params))
    .orderBy(...listOrder(params))
    .limit(limit);
  return rows.map((r) => r.id);
}

