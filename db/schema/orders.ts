import { sql } from "drizzle-orm";
import { boolean, foreignKey, index, integer, pgTable, primaryKey, smallint, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clients } from "./clients";
import { id, timestamps } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";

// Money is integer minor units of the workspace currency (SPEC §3); every key that links
// rows includes workspace_id, as in clients.ts.

const workspaceId = () =>
  uuid("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" });

/** The catalogue the orders (and later the personal site) pick from. */
export const products = pgTable(
  "products",
  {
    id: id(),
    workspaceId: workspaceId(),
    sku: text("sku"),
    name: text("name").notNull(),
    category: text("category"),
    price: integer("price").notNull(),
    active: boolean("active").notNull().default(true),
    imageUrl: text("image_url"),
    description: text("description"),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    unique("products_workspace_id_id_key").on(t.workspaceId, t.id),
    uniqueIndex("products_sku_key").on(t.workspaceId, sql`lower(${t.sku})`),
    index("products_name_idx").on(t.workspaceId, sql`(${t.archivedAt} IS NULL)`, sql`${t.name} COLLATE "und-x-icu"`, t.id),
  ],
);

export const orderStatuses = ["new", "unprocessed", "processed", "delivered"] as const;
export type OrderStatus = (typeof orderStatuses)[number];
export const paymentStatuses = ["unpaid", "partial", "paid"] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];
export const orderSources = ["manual", "site"] as const;
export type OrderSource = (typeof orderSources)[number];
export const paymentMethods = ["cash", "card", "transfer", "other"] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

export const orders = pgTable(
  "orders",
  {
    id: id(),
    workspaceId: workspaceId(),
    number: integer("number").notNull(),
    clientId: uuid("client_id").notNull(),
    source: text("source", { enum: orderSources }).notNull().default("manual"),
    status: text("status", { enum: orderStatuses }).notNull(),
    paymentStatus: text("payment_status", { enum: paymentStatuses }).notNull().default("unpaid"),
    subtotal: integer("subtotal").notNull(),
    discountPercent: smallint("discount_percent").notNull().default(0),
    discount: integer("discount").notNull().default(0),
    total: integer("total").notNull(),
    // The sum of the payments, kept with them in one transaction (lists sort by balance).
    paid: integer("paid").notNull().default(0),
    note: text("note"),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    viewedAt: timestamp("viewed_at", { withTimezone: true }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    unique("orders_workspace_id_id_key").on(t.workspaceId, t.id),
    unique("orders_workspace_number_key").on(t.workspaceId, t.number),
    foreignKey({ name: "orders_client_fk", columns: [t.workspaceId, t.clientId], foreignColumns: [clients.workspaceId, clients.id] }).onDelete("cascade"),
    index("orders_created_idx").on(t.workspaceId, sql`(${t.archivedAt} IS NULL)`, t.createdAt, t.id),
    index("orders_client_idx").on(t.workspaceId, t.clientId, t.createdAt),
    // archived_at closes the filtered indexes so that their (capped) counts are index-only.
    index("orders_status_idx").on(t.workspaceId, sql`(${t.archivedAt} IS NULL)`, t.status, t.createdAt, t.id, t.archivedAt),
    // The order list's other sorts and its payment and source filters (db/queries/order-list.ts).
    index("orders_number_idx").on(t.workspaceId, sql`(${t.archivedAt} IS NULL)`, t.number),
    index("orders_total_idx").on(t.workspaceId, sql`(${t.archivedAt} IS NULL)`, t.total, t.id),
    index("orders_balance_idx").on(t.workspaceId, sql`(${t.archivedAt} IS NULL)`, sql`(${t.total} - ${t.paid})`, t.id),
    index("orders_payment_idx").on(t.workspaceId, sql`(${t.archivedAt} IS NULL)`, t.paymentStatus, t.createdAt, t.id, t.archivedAt),
    index("orders_source_idx").on(t.workspaceId, sql`(${t.archivedAt} IS NULL)`, t.source, t.createdAt, t.id),
  ],
);

export const orderItems = pgTable(
  "order_items",
  {
    id: id(),
    workspaceId: workspaceId(),
    orderId: uuid("order_id").notNull(),
    productId: uuid("product_id"),
    // A snapshot: the order keeps what was sold even if the catalogue changes.
    name: text("name").notNull(),
    sku: text("sku"),
    quantity: integer("quantity").notNull(),
    unitPrice: integer("unit_price").notNull(),
    lineTotal: integer("line_total").notNull(),
    position: smallint("position").notNull().default(0),
    ...timestamps,
  },
  (t) => [
    foreignKey({ name: "order_items_order_fk", columns: [t.workspaceId, t.orderId], foreignColumns: [orders.workspaceId, orders.id] }).onDelete("cascade"),
    foreignKey({ name: "order_items_product_fk", columns: [t.workspaceId, t.productId], foreignColumns: [products.workspaceId, products.id] }),
    index("order_items_order_idx").on(t.orderId),
    // "Orders with this product" reads its order ids from here.
    index("order_items_product_idx").on(t.workspaceId, t.productId, t.orderId),
  ],
);

export const payments = pgTable(
  "payments",
  {
    id: id(),
    workspaceId: workspaceId(),
    orderId: uuid("order_id").notNull(),
    amount: integer("amount").notNull(),
    method: text("method", { enum: paymentMethods }).notNull().default("cash"),
    paidAt: timestamp("paid_at", { withTimezone: true }).notNull().defaultNow(),
    note: text("note"),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    foreignKey({ name: "payments_order_fk", columns: [t.workspaceId, t.orderId], foreignColumns: [orders.workspaceId, orders.id] }).onDelete("cascade"),
    index("payments_order_idx").on(t.orderId),
  ],
);

/** wish: the customer hearted it on the site; recommended: the consultant suggests it to her. */
export const clientProductKinds = ["wish", "recommended"] as const;
export type ClientProductKind = (typeof clientProductKinds)[number];

/** A client's wishlist and the products recommended to her (SPEC §4.4), one row per kind. */
export const clientProducts = pgTable(
  "client_products",
  {
    workspaceId: workspaceId(),
    clientId: uuid("client_id").notNull(),
    productId: uuid("product_id").notNull(),
    kind: text("kind", { enum: clientProductKinds }).notNull(),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.clientId, t.kind, t.productId] }),
    foreignKey({ name: "client_products_client_fk", columns: [t.workspaceId, t.clientId], foreignColumns: [clients.workspaceId, clients.id] }).onDelete("cascade"),
    foreignKey({ name: "client_products_product_fk", columns: [t.workspaceId, t.productId], foreignColumns: [products.workspaceId, products.id] }).onDelete("cascade"),
  ],
);
