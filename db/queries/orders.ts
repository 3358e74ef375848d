import { and, asc, desc, eq, inArray, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { events, send } from "@/inngest/client";
import { isMoveBack, orderTotals, paymentStatusOf } from "@/lib/orders";
import { db } from "../client";
import { activities, clients, orderItems, orders, payments, products, type OrderSource, type OrderStatus, type PaymentMethod } from "../schema";
import { StaleVersionError } from "./clients";
import { syncFollowUps } from "./reminders";
import { lockWorkspaceNumbers, type Tx } from "./tx";

export type Order = typeof orders.$inferSelect;

/** A line as the form sends it: a catalogue product (its name and SKU are copied) or a free item. */
export type OrderLineInput = { productId: string | null; name: string; sku: string | null; quantity: number; unitPrice: number };
export type OrderInput = { clientId: string; items: OrderLineInput[]; discountPercent: number; note: string | null };

/** The client is not in this workspace (or is archived, for a new order). */
export class OrderClientError extends Error {
  constructor() {
    super("client not found");
  }
}
/** A line names a product this workspace does not have. */
export class OrderProductError extends Error {
  constructor(readonly index: number) {
    super("product not found");
  }
}
/** A payment would take the paid sum over the order total. */
export class OverpaymentError extends Error {
  constructor(readonly remaining: number) {
    super("overpayment");
  }
}

const own = (workspaceId: string, id: string) => and(eq(orders.workspaceId, workspaceId), eq(orders.id, id));

/** Checks the lines' products belong to the workspace; returns rows ready to insert. */
async function itemRows(tx: Tx, workspaceId: string, orderId: string, items: OrderLineInput[]) {
  const ids = [...new Set(items.map((i) => i.productId).filter((id): id is string => Boolean(id)))];
  const found = ids.length
    ? await tx.select({ id: products.id }).from(products).where(and(eq(products.workspaceId, workspaceId), inArray(products.id, ids)))
    : [];
  const known = new Set(found.map((p) => p.id));
  items.forEach((item, i) => {
    if (item.productId && !known.has(item.productId)) throw new OrderProductError(i);
  });
  const { lineTotals } = orderTotals(items, 0);
  return items.map((item, i) => ({
    workspaceId,
    orderId,
    productId: item.productId,
    name: item.name,
    sku: item.sku,
    quantity: item.quantity,
    unitPrice: item.unitPrice,
    lineTotal: lineTotals[i],
    position: i,
  }));
}

/** Keeps clients.last_order_at (a list column and sort) in step with her orders. */
async function touchLastOrder(tx: Tx, workspaceId: string, clientId: string) {
  await tx.execute(sql`
    update clients set last_order_at = (
      select max(o.created_at) from orders o where o.workspace_id = ${workspaceId} and o.client_id = ${clientId} and o.archived_at is null)
    where workspace_id = ${workspaceId} and id = ${clientId}`);
}

/**
 * A new order with its lines, numbered from the workspace's sequence (safe when two are made
 * at once). Manual orders start unprocessed, site orders new [000]. Totals are computed here.
 */
export async function createOrder(workspaceId: string, actorId: string | null, input: OrderInput, source: OrderSource = "manual") {
  return db().transaction(async (tx) => {
    const [client] = await tx
      .select({ id: clients.id })
      .from(clients)
      .where(and(eq(clients.workspaceId, workspaceId), eq(clients.id, input.clientId), isNull(clients.archivedAt)));
    if (!client) throw new OrderClientError();
    await lockWorkspaceNumbers(tx, workspaceId, "orders");
    const [{ max }] = await tx.select({ max: sql<number>`coalesce(max(${orders.number}), 0)` }).from(orders).where(eq(orders.workspaceId, workspaceId));
    const { subtotal, discount, total } = orderTotals(input.items, input.discountPercent);
    const [order] = await tx
      .insert(orders)
      .values({
        workspaceId,
        number: Number(max) + 1,
        clientId: input.clientId,
        source,
        status: source === "site" ? "new" : "unprocessed",
        paymentStatus: paymentStatusOf(total, 0),
        subtotal,
        discountPercent: input.discountPercent,
        discount,
        total,
        note: input.note,
        createdById: actorId,
      })
      .returning();
    await tx.insert(orderItems).values(await itemRows(tx, workspaceId, order.id, input.items));
    await tx.insert(activities).values({ workspaceId, clientId: order.clientId, actorId, kind: "order_created", data: { orderId: order.id, number: order.number } });
    await touchLastOrder(tx, workspaceId, order.clientId);
    return order;
  });
}

/**
 * Saves an edit of the lines, discount and note made from `version`. The client stays; a
 * total below what was already paid is refused like an overpayment.
 */
export async function updateOrder(workspaceId: string, actorId: string | null, id: string, version: number, input: Omit<OrderInput, "clientId">) {
  return db().transaction(async (tx) => {
    const [current] = await tx.select().from(orders).where(own(workspaceId, id)).for("update");
    if (!current) return null;
    if (current.version !== version) throw new StaleVersionError();
    const { subtotal, discount, total } = orderTotals(input.items, input.discountPercent);
    if (total < current.paid) throw new OverpaymentError(total - current.paid);
    const rows = await itemRows(tx, workspaceId, id, input.items);
    await tx.delete(orderItems).where(and(eq(orderItems.workspaceId, workspaceId), eq(orderItems.orderId, id)));
    await tx.insert(orderItems).values(rows);
    const [order] = await tx
      .update(orders)
      .set({ subtotal, discountPercent: input.discountPercent, discount, total, note: input.note, paymentStatus: paymentStatusOf(total, current.paid), version: current.version + 1 })
      .where(own(workspaceId, id))
      .returning();
    await tx.insert(activities).values({ workspaceId, clientId: order.clientId, actorId, kind: "order_updated", data: { orderId: id, number: order.number } });
    return order;
  });
}

/** One order of this workspace with its lines, payments and client, or null. */
export async function getOrder(workspaceId: string, id: string) {
  const [row] = await db()
    .select({
      order: orders,
      client: {
        id: clients.id,
        number: clients.number,
        lastName: clients.lastName,
        firstName: clients.firstName,
        middleName: clients.middleName,
        primaryPhone: clients.primaryPhone,
        primaryEmail: clients.primaryEmail,
        emailOptOutAt: clients.emailOptOutAt,
        locale: clients.locale,
        discountPercent: clients.discountPercent,
      },
    })
    .from(orders)
    .innerJoin(clients, and(eq(clients.workspaceId, orders.workspaceId), eq(clients.id, orders.clientId)))
    .where(own(workspaceId, id));
  if (!row) return null;
  const [items, paymentRows] = await Promise.all([
    db().select().from(orderItems).where(and(eq(orderItems.workspaceId, workspaceId), eq(orderItems.orderId, id))).orderBy(asc(orderItems.position)),
    db().select().from(payments).where(and(eq(payments.workspaceId, workspaceId), eq(payments.orderId, id))).orderBy(asc(payments.paidAt), asc(payments.createdAt)),
  ]);
  return { ...row, items, payments: paymentRows };
}
export type OrderDetail = NonNullable<Awaited<ReturnType<typeof getOrder>>>;

/**
 * A member opens a site order for the first time: new → unprocessed, once. Only this
 * workspace's orders change; a repeated or concurrent open changes nothing.
 */
export async function markOrderViewed(workspaceId: string, id: string) {
  const rows = await db()
    .update(orders)
    .set({ status: "unprocessed", viewedAt: new Date(), version: sql`${orders.version} + 1` })
    .where(and(own(workspaceId, id), eq(orders.status, "new")))
    .returning({ id: orders.id });
  return rows.length > 0;
}

/**
 * Moves orders to a status (one from its page, several from the list). Delivering records
 * `deliveredAt` (now by default, earlier when recorded after the fact) and emits
 * order/delivered; moving away from delivered clears it. The row update is the guard: two
 * people delivering at once produce one delivery, and the second changes nothing.
 * Returns the orders that changed.
 */
export async function setOrdersStatus(workspaceId: string, actorId: string | null, ids: string[], status: Exclude<OrderStatus, "new">, deliveredAt?: Date) {
  if (!ids.length) return [];
  const changed = await db().transaction(async (tx) => {
    const before = await tx
      .select({ id: orders.id, status: orders.status })
      .from(orders)
      .where(and(eq(orders.workspaceId, workspaceId), inArray(orders.id, ids), ne(orders.status, status)))
      .for("update");
    if (!before.length) return [];
    const rows = await tx
      .update(orders)
      .set({
        status,
        deliveredAt: status === "delivered" ? (deliveredAt ?? new Date()) : null,
        viewedAt: sql`coalesce(${orders.viewedAt}, now())`,
        version: sql`${orders.version} + 1`,
      })
      .where(and(eq(orders.workspaceId, workspaceId), inArray(orders.id, before.map((b) => b.id)), ne(orders.status, status)))
      .returning({ id: orders.id, clientId: orders.clientId, number: orders.number, deliveredAt: orders.deliveredAt });
    const from = new Map(before.map((b) => [b.id, b.status]));
    const leftDelivered = before.filter((b) => b.status === "delivered").map((b) => b.id);
    await syncFollowUps(tx, workspaceId, status === "delivered" ? rows.map((r) => r.id) : leftDelivered);
    if (rows.length) {
      await tx.insert(activities).values(
        rows.map((r) => ({
          workspaceId,
          clientId: r.clientId,
          actorId,
          kind: "order_status" as const,
          data: { orderId: r.id, number: r.number, from: from.get(r.id), to: status, back: isMoveBack(from.get(r.id)!, status) },
        })),
      );
    }
    return rows;
  });
  if (status === "delivered") {
    for (const r of changed) send(events.orderDelivered.create({ workspaceId, orderId: r.id, clientId: r.clientId, deliveredAt: r.deliveredAt!.toISOString() }));
  }
  return changed;
}

/** Changes the delivery time of a delivered order (recorded after the fact). */
export async function setDeliveredAt(workspaceId: string, id: string, deliveredAt: Date) {
  return db().transaction(async (tx) => {
    const rows = await tx
      .update(orders)
      .set({ deliveredAt, version: sql`${orders.version} + 1` })
      .where(and(own(workspaceId, id), eq(orders.status, "delivered")))
      .returning({ id: orders.id });
    // The open follow-up calls move with the delivery date.
    await syncFollowUps(tx, workspaceId, rows.map((r) => r.id));
    return rows.length > 0;
  });
}

/** Archives (or brings back) orders; returns how many changed. */
export async function setOrdersArchived(workspaceId: string, actorId: string | null, ids: string[], archived: boolean) {
  if (!ids.length) return 0;
  return db().transaction(async (tx) => {
    const rows = await tx
      .update(orders)
      .set({ archivedAt: archived ? new Date() : null, version: sql`${orders.version} + 1` })
      .where(and(eq(orders.workspaceId, workspaceId), inArray(orders.id, ids), archived ? isNull(orders.archivedAt) : isNotNull(orders.archivedAt)))
      .returning({ id: orders.id, clientId: orders.clientId, number: orders.number });
    if (rows.length) {
      await tx.insert(activities).values(
        rows.map((r) => ({ workspaceId, clientId: r.clientId, actorId, kind: archived ? ("order_archived" as const) : ("order_unarchived" as const), data: { orderId: r.id, number: r.number } })),
      );
      for (const clientId of new Set(rows.map((r) => r.clientId))) await touchLastOrder(tx, workspaceId, clientId);
      // An archived order loses its open follow-up calls; one brought back gets them again.
      await syncFollowUps(tx, workspaceId, rows.map((r) => r.id));
    }
    return rows.length;
  });
}

/** Recomputes an order's paid sum and payment status from its payments (inside `tx`). */
async function settle(tx: Tx, order: Order) {
  const [row] = await tx
    .select({ paid: sql<number>`coalesce(sum(${payments.amount}), 0)::int` })
    .from(payments)
    .where(and(eq(payments.workspaceId, order.workspaceId), eq(payments.orderId, order.id)));
  const paid = Number(row.paid);
  const [settled] = await tx
    .update(orders)
    .set({ paid, paymentStatus: paymentStatusOf(order.total, paid), version: sql`${orders.version} + 1` })
    .where(own(order.workspaceId, order.id))
    .returning();
  return settled;
}

export type PaymentInput = { amount: number; method: PaymentMethod; paidAt: Date; note: string | null };

/**
 * Records a payment. The order row is locked first, so two payments at once cannot together
 * pay more than the total; more than the balance is refused (OverpaymentError).
 */
export async function addPayment(workspaceId: string, actorId: string | null, orderId: string, input: PaymentInput) {
  return db().transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(own(workspaceId, orderId)).for("update");
    if (!order) return null;
    if (order.paid + input.amount > order.total) throw new OverpaymentError(order.total - order.paid);
    const [payment] = await tx.insert(payments).values({ ...input, workspaceId, orderId, createdById: actorId }).returning();
    const settled = await settle(tx, order);
    await tx.insert(activities).values({ workspaceId, clientId: order.clientId, actorId, kind: "payment_added", data: { orderId, number: order.number, amount: input.amount } });
    return { payment, order: settled };
  });
}

/** Deletes a payment of this workspace's order and recomputes the payment status. */
export async function deletePayment(workspaceId: string, actorId: string | null, orderId: string, paymentId: string) {
  return db().transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(own(workspaceId, orderId)).for("update");
    if (!order) return null;
    const [gone] = await tx
      .delete(payments)
      .where(and(eq(payments.workspaceId, workspaceId), eq(payments.orderId, orderId), eq(payments.id, paymentId)))
      .returning({ amount: payments.amount });
    if (!gone) return null;
    const settled = await settle(tx, order);
    await tx.insert(activities).values({ workspaceId, clientId: order.clientId, actorId, kind: "payment_deleted", data: { orderId, number: order.number, amount: gone.amount } });
    return settled;
  });
}

/** Site orders nobody has opened yet; the navigation counts them too. */
export const isNewOrder = (workspaceId: string) => and(eq(orders.workspaceId, workspaceId), isNull(orders.archivedAt), eq(orders.status, "new"));

export function countNewOrders(workspaceId: string) {
  return db().$count(orders, isNewOrder(workspaceId));
}

/** A client's orders, newest first, for her card's Orders tab. */
export function listClientOrders(workspaceId: string, clientId: string, limit = 100) {
  return db()
    .select({
      id: orders.id,
      number: orders.number,
      createdAt: orders.createdAt,
      status: orders.status,
      paymentStatus: orders.paymentStatus,
      total: orders.total,
      paid: orders.paid,
      archivedAt: orders.archivedAt,
    })
    .from(orders)
    .where(and(eq(orders.workspaceId, workspaceId), eq(orders.clientId, clientId)))
    .orderBy(desc(orders.createdAt))
    .limit(limit);
}

/**
 * What she bought (delivered, unarchived orders), one line per product or free item name:
 * how many, for how much, when last.
 */
export function listBoughtProducts(workspaceId: string, clientId: string) {
  return db()
    .select({
      productId: orderItems.productId,
      name: sql<string>`min(${orderItems.name})`,
      sku: sql<string | null>`min(${orderItems.sku})`,
      quantity: sql<number>`sum(${orderItems.quantity})::int`,
      amount: sql<number>`sum(${orderItems.lineTotal})::int`,
      lastAt: sql<Date>`max(${orders.deliveredAt})`,
    })
    .from(orderItems)
    .innerJoin(orders, and(eq(orders.workspaceId, orderItems.workspaceId), eq(orders.id, orderItems.orderId)))
    .where(and(eq(orders.workspaceId, workspaceId), eq(orders.clientId, clientId), eq(orders.status, "delivered"), isNull(orders.archivedAt)))
    .groupBy(orderItems.productId, sql`case when ${orderItems.productId} is null then lower(${orderItems.name}) end`)
    .orderBy(desc(sql`max(${orders.deliveredAt})`));
}
