/**
 * The order list and client-card cases of bench/run.ts: `orders.list.*` times the app's
 * listOrders (100 a page) against a hand-written query giving the same page and capped total
 * straight off the orders indexes; `clients.card.figures` times clientFigures against the
 * same aggregate written by hand.
 */
import { sql, type SQL } from "drizzle-orm";
import { execute } from "@/db/client";
import { clientFigures } from "@/db/queries/clients";
import { COUNT_LIMIT } from "@/db/queries/client-list";
import { listOrders } from "@/db/queries/order-list";
import { parseOrderListParams } from "@/lib/order-list-params";
import { seededRandom } from "@/lib/seeded-random";
import type { Case, Result } from "./case";

const SIZE = 100;
const FIGURES_BUDGET = 10;
const { int, pick } = seededRandom(4242);

type Sort = { column: string; asc: string; desc: string };
const sorts: Record<"date" | "number" | "total" | "balance", Sort> = {
  date: { column: "o.created_at", asc: "o.created_at, o.id", desc: "o.created_at desc, o.id desc" },
  number: { column: "o.number", asc: "o.number", desc: "o.number desc" },
  total: { column: "o.total", asc: "o.total, o.id", desc: "o.total desc, o.id desc" },
  balance: { column: "o.total - o.paid", asc: "o.total - o.paid, o.id", desc: "o.total - o.paid desc, o.id desc" },
};

export async function orderCases(ws: string, opts: { listBudget: number; timeZone: string }): Promise<Case[]> {
  const active = sql`o.workspace_id = ${ws} and o.archived_at is null`;

  /** The page's rows as the list shows them, for ids already in order. */
  const details = (ids: SQL, order: string) => sql`
    with page as materialized (${ids})
    select o.id, o.number, o.created_at, o.client_id, concat_ws(' ', c.last_name, c.first_name, c.middle_name) as client_name,
      o.status, o.payment_status, o.total, o.paid, o.total - o.paid as balance, i.item_count, i.item_names, o.source, o.viewed_at, o.archived_at
    from page join orders o on o.workspace_id = ${ws} and o.id = page.id
    join clients c on c.workspace_id = ${ws} and c.id = o.client_id
    cross join lateral (select count(*)::int as item_count, (array_agg(i.name order by i.position, i.id))[1:3] as item_names
      from order_items i where i.workspace_id = ${ws} and i.order_id = o.id) i
    order by ${sql.raw(order)}`;
  const count = (where: SQL) => sql`select count(*)::int as total from (select 1 from orders o where ${where} limit ${COUNT_LIMIT + 1}) n`;

  /** Page and capped total in parallel, as the app does; `ids` selects the page's ids. */
  async function rawPage(ids: SQL, order: string, countWhere: SQL): Promise<Result> {
    const [rows, [{ total }]] = await Promise.all([execute(details(ids, order)), execute<{ total: number }>(count(countWhere))]);
    return { rows: rows.length, total: Math.min(total, COUNT_LIMIT) };
  }
  const plainIds = (where: SQL, order: string, offset: number) =>
    sql`select o.id from orders o where ${where} order by ${sql.raw(order)} limit ${SIZE} offset ${offset}`;
  /**
   * Newest first within several values of one column (status in (…)): each value's own
   * index range read in order, at most offset + SIZE of each, then merged.
   */
  const mergedIds = (column: string, values: string[], where: SQL, offset: number) =>
    sql`select id from (${sql.join(
      values.map((v) => sql`(select o.id, o.created_at from orders o where ${where} and ${sql.raw(column)} = ${v}
        order by o.created_at desc, o.id desc limit ${offset + SIZE})`),
      sql` union all `,
    )}) o order by o.created_at desc, o.id desc limit ${SIZE} offset ${offset}`;

  const app = async (p: Record<string, string>): Promise<Result> => {
    const { rows, total } = await listOrders(ws, parseOrderListParams({ size: String(SIZE), ...p }), { timeZone: opts.timeZone });
    return { rows: rows.length, total };
  };
  const offsetOf = (p: Record<string, string>) => (Number(p.page ?? 1) - 1) * SIZE;
  const cases: Case[] = [];

  for (const [sort, s] of Object.entries(sorts)) {
    for (const dir of ["asc", "desc"] as const) {
      cases.push({
        name: `orders.list.sort=${sort}${dir === "desc" ? ".desc" : ""}`,
        budget: opts.listBudget,
        input: () => ({ sort, dir, page: String(int(1, 10)) }),
        app,
        raw: (p) => rawPage(plainIds(active, s[dir], offsetOf(p)), s[dir], active),
      });
    }
  }
  // Deep paging, newest first: offset paging through ~50,000 rows.
  cases.push({
    name: "orders.list.page=500",
    budget: opts.listBudget,
    input: () => ({ sort: "date", dir: "desc", page: String(int(491, 510)) }),
    app,
    raw: (p) => rawPage(plainIds(active, sorts.date.desc, offsetOf(p)), sorts.date.desc, active),
  });

  const statusSets = [["new", "unprocessed"], ["processed"], ["delivered"], ["unprocessed", "processed"]];
  cases.push({
    name: "orders.list.filter=status",
    budget: opts.listBudget,
    input: () => ({ sort: "date", dir: "desc", status: pick(statusSets).join(","), page: String(int(1, 3)) }),
    app,
    raw: (p) => {
      const values = p.status.split(",");
      const where = sql`${active} and o.status in (${sql.join(values.map((v) => sql`${v}`), sql`, `)})`;
      return rawPage(mergedIds("o.status", values, active, offsetOf(p)), sorts.date.desc, where);
    },
  });
  const paySets = [["unpaid"], ["partial"], ["unpaid", "partial"]];
  cases.push({
    name: "orders.list.filter=payment",
    budget: opts.listBudget,
    input: () => ({ sort: "date", dir: "desc", payment: pick(paySets).join(","), page: String(int(1, 3)) }),
    app,
    raw: (p) => {
      const values = p.payment.split(",");
      const where = sql`${active} and o.payment_status in (${sql.join(values.map((v) => sql`${v}`), sql`, `)})`;
      return rawPage(mergedIds("o.payment_status", values, active, offsetOf(p)), sorts.date.desc, where);
    },
  });

  // Clients who ordered, for the client filter and her card's figures.
  const buyers = (
    await execute<{ id: string }>(sql`select c.id from clients c tablesample system (5)
      where c.workspace_id = ${ws} and c.archived_at is null and c.last_order_at is not null limit 2000`)
  ).map((r) => r.id);
  cases.push({
    name: "orders.list.filter=client",
    budget: opts.listBudget,
    input: () => ({ sort: "date", dir: "desc", client: pick(buyers) }),
    app,
    raw: (p) => {
      const where = sql`${active} and o.client_id = ${p.client}`;
      return rawPage(plainIds(where, sorts.date.desc, 0), sorts.date.desc, where);
    },
  });

  // Orders with one product of the catalogue, newest first: driven from the items' index.
  const products = (await execute<{ id: string }>(sql`select id from products where workspace_id = ${ws} and archived_at is null`)).map((r) => r.id);
  cases.push({
    name: "orders.list.filter=product",
    budget: opts.listBudget,
    input: () => ({ sort: "date", dir: "desc", product: pick(products) }),
    app,
    raw: (p) => {
      const where = sql`${active} and o.id in (select i.order_id from order_items i where i.workspace_id = ${ws} and i.product_id = ${p.product})`;
      return rawPage(plainIds(where, sorts.date.desc, 0), sorts.date.desc, where);
    },
  });

  // A month of orders (in the workspace's time zone) some time in the last two years.
  cases.push({
    name: "orders.list.filter=month",
    budget: opts.listBudget,
    input: () => {
      const start = new Date(Date.UTC(2025, int(0, 21), 1));
      const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
      return { sort: "date", dir: "desc", from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10), page: String(int(1, 3)) };
    },
    app,
    raw: (p) => {
      const where = sql`${active} and o.created_at >= (${p.from}::date::timestamp at time zone ${opts.timeZone})
        and o.created_at < ((${p.to}::date + 1)::timestamp at time zone ${opts.timeZone})`;
      return rawPage(plainIds(where, sorts.date.desc, offsetOf(p)), sorts.date.desc, where);
    },
  });

  cases.push({
    name: "orders.list.archived",
    budget: opts.listBudget,
    input: () => ({ sort: "date", dir: "desc", archived: "1", page: String(int(1, 5)) }),
    app,
    raw: (p) => {
      const where = sql`o.workspace_id = ${ws} and (o.archived_at is null) is false`;
      return rawPage(plainIds(where, sorts.date.desc, offsetOf(p)), sorts.date.desc, where);
    },
  });

  // Her card's header: orders, sold, paid, balance, visits, last order; rows = 1, total = orders.
  cases.push({
    name: "clients.card.figures",
    budget: FIGURES_BUDGET,
    input: () => ({ client: pick(buyers) }),
    app: async (p) => ({ rows: 1, total: (await clientFigures(ws, p.client)).orders }),
    raw: async (p) => {
      const [row] = await execute<{ orders: number }>(sql`select count(*)::int as orders,
          coalesce(sum(total) filter (where status = 'delivered'), 0)::bigint as sold, coalesce(sum(paid), 0)::bigint as paid,
          count(*) filter (where status = 'delivered')::int as visits, max(created_at) as last
        from orders where workspace_id = ${ws} and client_id = ${p.client} and archived_at is null`);
      return { rows: 1, total: row.orders };
    },
  });
  return cases;
}
