import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { Locale } from "@/lib/locales";
import { db, type Db } from "../client";
import { activities, clientProducts, clients, products, users, workspaces, type ClientProductKind } from "../schema";

// Customers: people who registered on a consultant's personal site (SPEC §4.4). A customer is
// a user row with no membership; each workspace she registered with links one client to her
// (clients.customer_user_id, unique per workspace).

export type Customer = typeof users.$inferSelect;

/** A new site account. The e-mail is unique across the app (users_email_key). */
export async function createCustomerUser(input: { name: string; email: string; passwordHash: string; locale: Locale }): Promise<Customer> {
  const [user] = await db().insert(users).values({ ...input, email: input.email.trim() }).returning();
  return user;
}

/** The client this account is in this workspace, or null. */
export async function findCustomerClient(workspaceId: string, userId: string) {
  const [row] = await db()
    .select()
    .from(clients)
    .where(and(eq(clients.workspaceId, workspaceId), eq(clients.customerUserId, userId)))
    .limit(1);
  return row ?? null;
}

/**
 * Links a client to a site account and records "registered on site" with its date, in the
 * client's feed too. Returns false when the client is already someone else's account.
 */
export async function linkCustomer(workspaceId: string, clientId: string, userId: string, tx: Db = db()): Promise<boolean> {
  const now = new Date();
  const linked = await tx
    .update(clients)
    .set({ customerUserId: userId, registeredAt: now, updatedAt: now })
    .where(and(eq(clients.workspaceId, workspaceId), eq(clients.id, clientId), isNull(clients.customerUserId)))
    .returning({ id: clients.id });
  if (!linked.length) return false;
  await tx.insert(activities).values({ workspaceId, clientId, actorId: userId, kind: "site_registered" });
  return true;
}

/** The sites where this account is a customer, for her account page. */
export function listCustomerSites(userId: string) {
  return db()
    .select({ slug: workspaces.slug, name: workspaces.name, registeredAt: clients.registeredAt })
    .from(clients)
    .innerJoin(workspaces, eq(workspaces.id, clients.workspaceId))
    .where(and(eq(clients.customerUserId, userId), eq(workspaces.siteEnabled, true)))
    .orderBy(asc(workspaces.name));
}

// Wishlist and recommendations ----------------------------------------------------------------

const activityOf = { wish: { on: "wish_added", off: "wish_removed" }, recommended: { on: "recommended", off: "unrecommended" } } as const;

/**
 * Adds or removes a product on a client's wishlist (by her) or recommendations (by the
 * consultant), noting it in her feed. False when the client or the product is not this
 * workspace's; repeating a change changes nothing.
 */
export async function setClientProduct(
  workspaceId: string,
  actorId: string | null,
  change: { clientId: string; productId: string; kind: ClientProductKind; on: boolean },
): Promise<boolean> {
  const { clientId, productId, kind, on } = change;
  return db().transaction(async (tx) => {
    const [[product], [client]] = await Promise.all([
      tx.select({ name: products.name }).from(products).where(and(eq(products.workspaceId, workspaceId), eq(products.id, productId))),
      tx.select({ id: clients.id }).from(clients).where(and(eq(clients.workspaceId, workspaceId), eq(clients.id, clientId))),
    ]);
    if (!product || !client) return false;
    const key = and(eq(clientProducts.workspaceId, workspaceId), eq(clientProducts.clientId, clientId), eq(clientProducts.productId, productId), eq(clientProducts.kind, kind));
    const changed = on
      ? await tx.insert(clientProducts).values({ workspaceId, clientId, productId, kind, createdById: actorId }).onConflictDoNothing().returning()
      : await tx.delete(clientProducts).where(key).returning();
    if (changed.length) {
      await tx.insert(activities).values({ workspaceId, clientId, actorId, kind: activityOf[kind][on ? "on" : "off"], data: { product: product.name } });
    }
    return true;
  });
}

/** A client's wishlist and recommendations, newest first, with the products as they are now. */
export function listClientProducts(workspaceId: string, clientId: string) {
  return db()
    .select({
      kind: clientProducts.kind,
      createdAt: clientProducts.createdAt,
      id: products.id,
      name: products.name,
      sku: products.sku,
      price: products.price,
      imageUrl: products.imageUrl,
      onSale: sql<boolean>`(${products.archivedAt} IS NULL AND ${products.active})`,
    })
    .from(clientProducts)
    .innerJoin(products, and(eq(products.workspaceId, clientProducts.workspaceId), eq(products.id, clientProducts.productId)))
    .where(and(eq(clientProducts.workspaceId, workspaceId), eq(clientProducts.clientId, clientId)))
    .orderBy(desc(clientProducts.createdAt), asc(products.name));
}
