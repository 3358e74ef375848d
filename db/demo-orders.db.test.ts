import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { clientInputSchema } from "@/lib/client-input";
import { paymentStatusOf } from "@/lib/orders";
import { execute } from "./client";
import { seedDemoContacts } from "./demo-contacts";
import { seedDemoOrders } from "./demo-orders";
import { createClient } from "./queries/clients";
import { createProduct } from "./queries/products";
import { createUserWithWorkspace } from "./queries/users";
import { withTestDb } from "./test-db";

withTestDb();

const NOW = Date.parse("2026-11-26T10:00:00Z");
let ws = "";
let other = "";
let otherClient = { id: "", createdAt: "" };

beforeAll(async () => {
  const w = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const };
  const a = await createUserWithWorkspace({ name: "A", email: "a@demo-orders.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "A", slug: "demo-a" } });
  const b = await createUserWithWorkspace({ name: "B", email: "b@demo-orders.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "B", slug: "demo-b" } });
  ws = a.workspace.id;
  other = b.workspace.id;
  const schema = clientInputSchema("KZ", []);
  for (let i = 0; i < 30; i++) {
    await createClient(ws, a.user.id, schema.parse({ lastName: `Клиентка${i}`, firstName: "Тест", discountPercent: i % 4 === 0 ? "10" : "" }));
  }
  const base = { category: "Уход", active: true, imageUrl: null, description: null };
  for (let i = 0; i < 6; i++) await createProduct(ws, { ...base, sku: `SKU-${i}`, name: `Крем ${i}`, price: (5000 + i * 1000) * 100 });
  const c = await createClient(other, b.user.id, schema.parse({ lastName: "Чужая", firstName: "Тест" }));
  await createProduct(other, { ...base, sku: "X-1", name: "Чужой крем", price: 100 });
  otherClient = { id: c.id, createdAt: new Date(c.createdAt).toISOString() };
  expect(await seedDemoOrders(ws, a.user.id, 150, NOW)).toBe(150);
});

describe("seedDemoOrders", () => {
  it("makes orders the domain rules hold for: totals, payments, deliveries, numbers", async () => {
    const orders = await execute<{ number: number; status: string; payment_status: string; total: number; paid: number; payments: number; created_at: string; delivered_at: string | null; viewed_at: string | null; source: string }>(sql`
      select o.number, o.status, o.payment_status, o.total, o.paid, o.source, o.created_at, o.delivered_at, o.viewed_at,
        coalesce((select sum(p.amount) from payments p where p.workspace_id = o.workspace_id and p.order_id = o.id), 0)::int as payments
      from orders o where o.workspace_id = ${ws} order by o.number`);
    expect(orders).toHaveLength(150);
    for (const [i, o] of orders.entries()) {
      expect(o.number).toBe(i + 1);
      expect(o.paid).toBe(o.payments);
      expect(o.payment_status).toBe(paymentStatusOf(o.total, o.paid));
      expect(o.status === "delivered").toBe(o.delivered_at !== null);
      expect(o.status === "new").toBe(o.viewed_at === null);
      if (o.status === "new") expect(o.source).toBe("site");
      const created = new Date(o.created_at).getTime();
      expect(created).toBeLessThan(NOW);
      expect(created).toBeGreaterThan(NOW - 250 * 86_400_000);
      if (i) expect(created).toBeGreaterThanOrEqual(new Date(orders[i - 1].created_at).getTime());
      if (o.delivered_at) expect(new Date(o.delivered_at).getTime()).toBeGreaterThan(created);
    }
    const statuses = new Set(orders.map((o) => o.status));
    for (const s of ["unprocessed", "processed", "delivered"]) expect(statuses).toContain(s);
    expect(new Set(orders.map((o) => o.payment_status))).toEqual(new Set(["unpaid", "partial", "paid"]));
    // Spread over months, delivered in rounds on Tuesdays and Fridays at 15:00 in Almaty.
    const months = new Set(orders.map((o) => o.created_at.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(7);
    const [rounds] = await execute<{ off: number }>(sql`select count(*)::int as off from orders where workspace_id = ${ws} and delivered_at is not null
      and not (extract(isodow from delivered_at at time zone 'Asia/Almaty') in (2, 5) and extract(hour from delivered_at at time zone 'Asia/Almaty') = 15)`);
    expect(rounds.off).toBe(0);
  });

  it("has archived orders, free items and loyalty discounts", async () => {
    const [row] = await execute<{ archived: number; free: number; discounted: number; wrong_discount: number }>(sql`select
      (select count(*)::int from orders where workspace_id = ${ws} and archived_at is not null) as archived,
      (select count(*)::int from order_items where workspace_id = ${ws} and product_id is null) as free,
      (select count(*)::int from orders where workspace_id = ${ws} and discount_percent = 10) as discounted,
      (select count(*)::int from orders o join clients c on c.id = o.client_id where o.workspace_id = ${ws}
        and o.discount_percent <> coalesce(c.discount_percent, 0)) as wrong_discount`);
    expect(row.archived).toBeGreaterThan(0);
    expect(row.free).toBeGreaterThan(0);
    expect(row.discounted).toBeGreaterThan(0);
    expect(row.wrong_discount).toBe(0);
  });

  it("moves the history into the past with the orders and keeps last_order_at right", async () => {
    const now = new Date(NOW).toISOString();
    const [row] = await execute<{ late: number; stale: number; recent: number; future: number }>(sql`select
      (select count(*)::int from activities where workspace_id = ${ws} and kind like 'order%' and created_at > ${now}::timestamptz)
        + (select count(*)::int from orders where workspace_id = ${ws} and greatest(created_at, viewed_at, delivered_at, archived_at) > ${now}::timestamptz) as future,
      (select count(*)::int from activities a join orders o on o.id = (a.data->>'orderId')::uuid
        where a.workspace_id = ${ws} and a.kind = 'order_created' and a.created_at <> o.created_at) as late,
      (select count(*)::int from clients c where c.workspace_id = ${ws} and c.last_order_at is distinct from (
        select max(o.created_at) from orders o where o.workspace_id = c.workspace_id and o.client_id = c.id and o.archived_at is null)) as stale,
      (select count(*)::int from payments where workspace_id = ${ws} and (created_at <> paid_at or paid_at > ${now}::timestamptz)) as recent`);
    expect(row).toEqual({ late: 0, stale: 0, recent: 0, future: 0 });
  });

  it("leaves another workspace alone", async () => {
    const [row] = await execute<{ orders: number; last: string | null; created: string }>(sql`select
      (select count(*)::int from orders where workspace_id = ${other}) as orders,
      (select last_order_at from clients where id = ${otherClient.id}) as last,
      (select created_at from clients where id = ${otherClient.id}) as created`);
    expect(row.orders).toBe(0);
    expect(row.last).toBeNull();
    expect(new Date(row.created).toISOString()).toBe(otherClient.createdAt);
    const [items] = await execute<{ n: number }>(sql`select count(*)::int as n from order_items i join products p on p.id = i.product_id
      where i.workspace_id = ${ws} and p.workspace_id <> ${ws}`);
    expect(items.n).toBe(0);
  });

  it("gives every delivered order its three 2+2+2 calls; the ones older than three days were made", async () => {
    const [row] = await execute<{ delivered: number; calls: number; wrong: number; open_old: number; open_new: number }>(sql`select
      (select count(*)::int from orders where workspace_id = ${ws} and status = 'delivered' and archived_at is null) as delivered,
      (select count(*)::int from reminders where workspace_id = ${ws} and kind = 'follow_up') as calls,
      (select count(*)::int from reminders r join orders o on o.id = r.order_id where r.workspace_id = ${ws} and (o.status <> 'delivered' or o.archived_at is not null)) as wrong,
      (select count(*)::int from reminders where workspace_id = ${ws} and kind = 'follow_up' and done_at is null and due_at < ${new Date(NOW - 3 * 86_400_000).toISOString()}::timestamptz) as open_old,
      (select count(*)::int from reminders where workspace_id = ${ws} and kind = 'follow_up' and done_at is null) as open_new`);
    expect(row.delivered).toBeGreaterThan(50);
    expect(row.calls).toBe(3 * row.delivered);
    expect(row).toMatchObject({ wrong: 0, open_old: 0 });
    expect(row.open_new).toBeGreaterThan(0);
  });

  it("adds calls and messages with a few reminders still ahead", async () => {
    const [{ id: actor }] = await execute<{ id: string }>(sql`select user_id as id from memberships where workspace_id = ${ws}`);
    expect(await seedDemoContacts(ws, actor, 40, NOW)).toBe(40);
    const [row] = await execute<{ contacts: number; reminders: number; feed: number }>(sql`select
      (select count(*)::int from contacts where workspace_id = ${ws}) as contacts,
      (select count(*)::int from reminders where workspace_id = ${ws} and contact_id is not null and due_at > ${new Date(NOW).toISOString()}::timestamptz) as reminders,
      (select count(*)::int from activities where workspace_id = ${ws} and kind = 'contact_logged') as feed`);
    expect(row.contacts).toBe(40);
    expect(row.feed).toBe(40);
    expect(row.reminders).toBeGreaterThan(0);
  });
});
