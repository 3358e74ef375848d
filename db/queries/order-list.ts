import { sql, type SQL } from "drizzle-orm";
import type { OrderListParams } from "@/lib/order-list-params";
import { execute } from "../client";
import type { OrderSource, OrderStatus, PaymentStatus } from "../schema";
import { COUNT_LIMIT, searchHits } from "./client-list";

export type OrderListRow = {
  id: string;
  number: number;
  createdAt: string;
  clientId: string;
  clientName: string;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  total: number;
  paid: number;
  balance: number;
  itemCount: number;
  /** The first few lines' names, in the order's own order. */
  itemNames: string[];
  source: OrderSource;
  viewedAt: string | null;
  archivedAt: string | null;
};

/** How many line names a row carries: enough to recognise an order, little to send. */
const ITEM_NAMES = 3;

/** "123", "#123", "№ 123": an order number, looked up exactly rather than as a client. */
const ORDER_NUMBER = /^[#№]?\s*(\d{1,9})$/;

// Each sort matches an index on (workspace_id, (archived_at IS NULL), …) in
// db/schema/orders.ts, read forwards or backwards, so a page never sorts the whole table.
const orderBy: Record<OrderListParams["sort"], (dir: SQL) => SQL> = {
  date: (d) => sql`o.created_at ${d}, o.id ${d}`,
  number: (d) => sql`o.number ${d}`,
  total: (d) => sql`o.total ${d}, o.id ${d}`,
  balance: (d) => sql`(o.total - o.paid) ${d}, o.id ${d}`,
};

type ListOptions = { timeZone?: string; countLimit?: number };

/** FROM, WHERE and ORDER BY of a list state; null when a search matched no client. */
async function listQuery(workspaceId: string, params: OrderListParams, opts: ListOptions) {
  const f = params.filters;
  const timeZone = opts.timeZone ?? "UTC";
  const where: SQL[] = [
    sql`o.workspace_id = ${workspaceId}`,
    // Written as the list indexes' own expression, so the archive uses them too.
    params.archived ? sql`(o.archived_at is null) is false` : sql`o.archived_at is null`,
  ];
  const list = (values: string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);
  if (f.statuses) where.push(sql`o.status in (${list(f.statuses)})`);
  if (f.payments) where.push(sql`o.payment_status in (${list(f.payments)})`);
  if (f.from) where.push(sql`o.created_at >= (${f.from}::date::timestamp at time zone ${timeZone})`);
  if (f.to) where.push(sql`o.created_at < ((${f.to}::date + 1)::timestamp at time zone ${timeZone})`);
  if (f.client) where.push(sql`o.client_id = ${f.client}`);
  if (f.source) where.push(sql`o.source = ${f.source}`);

  // A product's orders are found from its items first, then each order by its key: left to
  // itself the planner walks all orders probing each one's items ("offset 0" fences keep the
  // steps apart).
  let base = sql`orders o`;
  if (f.product) {
    base = sql`(select distinct i.order_id from order_items i where i.workspace_id = ${workspaceId} and i.product_id = ${f.product} offset 0) pi
      cross join lateral (select * from orders where workspace_id = ${workspaceId} and id = pi.order_id offset 0) o`;
  }
  const joins: SQL[] = [];
  const q = params.q.trim();
  const number = ORDER_NUMBER.exec(q);
  if (number) where.push(sql`o.number = ${Number(number[1])}`);
  else if (q) {
    // Anything else is the client: her name, phone or e-mail, as the client book finds her.
    const hits = await searchHits(workspaceId, q);
    if (!hits) return null;
    // "offset 0" keeps the client search a separate step, run first.
    joins.push(sql`join (${hits} offset 0) h on h.id = o.client_id`);
  }
  const from = sql.join([base, ...joins], sql` `);
  const dir = params.dir === "desc" ? sql`desc` : sql`asc`;
  // Several statuses (or payment states) by date: each one's own index range is read in
  // date order and the ranges merged, instead of walking every order's date for the few that match.
  const split =
    params.sort !== "date" ? undefined
    : f.statuses && f.statuses.length > 1 ? { column: sql`o.status`, values: f.statuses as string[] }
    : f.payments && f.payments.length > 1 ? { column: sql`o.payment_status`, values: f.payments as string[] }
    : undefined;
  return { from, where: sql.join(where, sql` and `), order: orderBy[params.sort](dir), split };
}

type ListSql = NonNullable<Awaited<ReturnType<typeof listQuery>>>;

/** The ids of one page, in list order. */
function pageIds(q: ListSql, limit: number, offset: number): SQL {
  if (!q.split) return sql`select o.id from ${q.from} where ${q.where} order by ${q.order} limit ${limit} offset ${offset}`;
  const ranges = q.split.values.map(
    (v) => sql`(select o.id, o.created_at from ${q.from} where ${q.where} and ${q.split!.column} = ${v} order by ${q.order} limit ${offset + limit})`,
  );
  return sql`select o.id from (${sql.join(ranges, sql` union all `)}) o order by ${q.order} limit ${limit} offset ${offset}`;
}

/**
 * One page of orders: filters, sort and paging in SQL, the page's ids from an index first,
 * then those few rows' details ("deferred join"). `total` is exact unless `more` says there
 * are more than the count limit (COUNT_LIMIT, as for clients).
 */
export async function listOrders(workspaceId: string, params: OrderListParams, opts: ListOptions = {}) {
  const q = await listQuery(workspaceId, params, opts);
  if (!q) return { rows: [] as OrderListRow[], total: 0, more: false };
  const limit = opts.countLimit ?? COUNT_LIMIT;
  const offset = (params.page - 1) * params.size;
  const [rows, [{ total }]] = await Promise.all([
    execute<OrderListRow>(sql`
      with page as (${pageIds(q, params.size, offset)})
      select o.id, o.number, o.created_at as "createdAt", o.client_id as "clientId",
        concat_ws(' ', c.last_name, c.first_name, c.middle_name) as "clientName",
        o.status, o.payment_status as "paymentStatus", o.total, o.paid, o.total - o.paid as balance,
        (select count(*)::int from order_items i where i.workspace_id = ${workspaceId} and i.order_id = o.id) as "itemCount",
        coalesce((select jsonb_agg(x.name order by x.position, x.id) from (
          select i.name, i.position, i.id from order_items i where i.workspace_id = ${workspaceId} and i.order_id = o.id
          order by i.position, i.id limit ${ITEM_NAMES}) x), '[]'::jsonb) as "itemNames",
        o.source, o.viewed_at as "viewedAt", o.archived_at as "archivedAt"
      from page join orders o on o.workspace_id = ${workspaceId} and o.id = page.id
      join clients c on c.workspace_id = o.workspace_id and c.id = o.client_id
      order by ${q.order}`),
    execute<{ total: number }>(sql`select count(*)::int as total from (select 1 from ${q.from} where ${q.where} limit ${limit + 1}) counted`),
  ]);
  return { rows: rows.map(normalizeRow), total: Math.min(total, limit), more: total > limit };
}

/** Every order id a list state matches (for "select all matching"), up to `limit`. */
export async function listOrderIds(workspaceId: string, params: OrderListParams, opts: ListOptions = {}, limit = COUNT_LIMIT) {
  const q = await listQuery(workspaceId, params, opts);
  if (!q) return [];
  const rows = await execute<{ id: string }>(pageIds(q, limit, 0));
  return rows.map((r) => r.id);
}

/** postgres.js and PGlite return timestamps and jsonb slightly differently: one shape. */
function normalizeRow(row: OrderListRow): OrderListRow {
  const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v ? new Date(String(v)).toISOString() : null);
  return {
    ...row,
    createdAt: iso(row.createdAt)!,
    viewedAt: iso(row.viewedAt),
    archivedAt: iso(row.archivedAt),
    itemNames: typeof row.itemNames === "string" ? JSON.parse(row.itemNames) : row.itemNames,
  };
}
