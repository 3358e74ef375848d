import { and, asc, eq, ilike, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import { escapeLike } from "@/lib/search-text";
import { db } from "../client";
import { products } from "../schema";
import { StaleVersionError } from "./clients";

export type Product = typeof products.$inferSelect;
export type ProductInput = {
  sku: string | null;
  name: string;
  category: string | null;
  price: number;
  active: boolean;
  imageUrl: string | null;
  description: string | null;
};

/** Thrown when another product of the workspace already has this SKU (case-insensitive). */
export class SkuTakenError extends Error {
  constructor() {
    super("sku taken");
  }
}

const own = (workspaceId: string, id: string) => and(eq(products.workspaceId, workspaceId), eq(products.id, id));

async function skuTaken(workspaceId: string, sku: string | null, exceptId?: string) {
  if (!sku) return false;
  const [row] = await db()
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.workspaceId, workspaceId), sql`lower(${products.sku}) = lower(${sku})`, exceptId ? sql`${products.id} <> ${exceptId}` : undefined))
    .limit(1);
  return Boolean(row);
}

export async function createProduct(workspaceId: string, input: ProductInput) {
  if (await skuTaken(workspaceId, input.sku)) throw new SkuTakenError();
  const [row] = await db().insert(products).values({ ...input, workspaceId }).returning();
  return row;
}

/** Saves an edit made from `version`; a newer stored version means someone else saved first. */
export async function updateProduct(workspaceId: string, id: string, version: number, input: ProductInput) {
  const current = await getProduct(workspaceId, id);
  if (!current) return null;
  if (current.version !== version) throw new StaleVersionError();
  if (await skuTaken(workspaceId, input.sku, id)) throw new SkuTakenError();
  const [row] = await db()
    .update(products)
    .set({ ...input, version: sql`${products.version} + 1` })
    .where(and(own(workspaceId, id), eq(products.version, version)))
    .returning();
  if (!row) throw new StaleVersionError();
  return row;
}

export async function getProduct(workspaceId: string, id: string) {
  const [row] = await db().select().from(products).where(own(workspaceId, id));
  return row ?? null;
}

/** Archives (or brings back) products; archived ones leave the catalogue but stay on old orders. */
export async function setProductsArchived(workspaceId: string, ids: string[], archived: boolean) {
  if (!ids.length) return 0;
  const rows = await db()
    .update(products)
    .set({ archivedAt: archived ? new Date() : null, version: sql`${products.version} + 1` })
    .where(and(eq(products.workspaceId, workspaceId), inArray(products.id, ids), archived ? isNull(products.archivedAt) : isNotNull(products.archivedAt)))
    .returning({ id: products.id });
  return rows.length;
}

/** Turns products on or off for new orders (and the site) without archiving them. */
export async function setProductsActive(workspaceId: string, ids: string[], active: boolean) {
  if (!ids.length) return 0;
  const rows = await db()
    .update(products)
    .set({ active, version: sql`${products.version} + 1` })
    .where(and(eq(products.workspaceId, workspaceId), inArray(products.id, ids)))
    .returning({ id: products.id });
  return rows.length;
}

/**
 * The active, unarchived catalogue for the order form's picker: by name, SKU or category,
 * first `limit` by name. A catalogue is hundreds of rows, not millions: ILIKE is enough.
 */
export function searchCatalogue(workspaceId: string, query: string, limit = 50) {
  const q = query.trim();
  const like = `%${escapeLike(q)}%`;
  return db()
    .select({ id: products.id, sku: products.sku, name: products.name, category: products.category, price: products.price })
    .from(products)
    .where(
      and(
        eq(products.workspaceId, workspaceId),
        isNull(products.archivedAt),
        eq(products.active, true),
        q ? or(ilike(products.name, like), ilike(products.sku, like), ilike(products.category, like)) : undefined,
      ),
    )
    .orderBy(asc(sql`${products.name} collate "und-x-icu"`))
    .limit(limit);
}

/** The workspace's categories, for filters and the product form's suggestions. */
export async function listCategories(workspaceId: string) {
  const rows = await db()
    .selectDistinct({ category: products.category })
    .from(products)
    .where(and(eq(products.workspaceId, workspaceId), isNotNull(products.category), isNull(products.archivedAt)))
    .orderBy(asc(products.category));
  return rows.map((r) => r.category!);
}

/** Products of this workspace among `ids` (others are not found, whatever they are). */
export function productsByIds(workspaceId: string, ids: string[]) {
  if (!ids.length) return Promise.resolve([] as Product[]);
  return db().select().from(products).where(and(eq(products.workspaceId, workspaceId), inArray(products.id, ids)));
}
