import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { clientInputSchema } from "@/lib/client-input";
import { parseOrderListParams } from "@/lib/order-list-params";
import { execute } from "../client";
import { withTestDb } from "../test-db";
import { createClient } from "./clients";
import { listOrderIds, listOrders } from "./order-list";
import { addPayment, createOrder, markOrderViewed, setOrdersArchived, setOrdersStatus } from "./orders";
import { createProduct } from "./products";
import { createUserWithWorkspace } from "./users";

withTestDb();

const TZ = "Asia/Almaty";
const list = (w: string, sp: Record<string, string> = {}) => listOrders(w, parseOrderListParams(sp), { timeZone: TZ });
const numbers = (r: { rows: { number: number }[] }) => r.rows.map((x) => x.number);
const line = (productId: string | null, quantity: number, unitPrice: number, name = "Позиция") => ({ productId, name, sku: null, quantity, unitPrice });

let ws = "";
let other = "";
let ivanova = "";
let kim = "";
let cream = "";
let otherOrder = "";
const ids: Record<number, string> = {};

beforeAll(async () => {
  const w = { country: "KZ", currency: "KZT" as const, timeZone: TZ, defaultLocale: "ru" as const };
  const a = await createUserWithWorkspace({ name: "A", email: "a@order-list.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "A", slug: "order-list-a" } });
  const b = await createUserWithWorkspace({ name: "B", email: "b@order-list.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "B", slug: "order-list-b" } });
  ws = a.workspace.id;
  other = b.workspace.id;
  const input = (lastName: string, firstName: string) => clientInputSchema("KZ", []).parse({ lastName, firstName });
  ivanova = (await createClient(ws, null, input("Иванова", "Анна"))).id;
  kim = (await createClient(ws, null, input("Ким", "Ольга"))).id;
  const otherClient = (await createClient(other, null, input("Иванова", "Чужая"))).id;
  const base = { sku: null, category: null, active: true, imageUrl: null, description: null };
  cream = (await createProduct(ws, { ...base, name: "Крем", price: 100_00 })).id;
  // #1 Ivanova 300 (site, new), #2 Kim 100 + cream, #3 Ivanova 500 + cream, #4 Kim 200: one a day.
  const made = [
    await createOrder(ws, null, { clientId: ivanova, items: [line(null, 3, 100_00, "Тушь"), line(null, 1, 0, "Пробник")], discountPercent: 0, note: null }, "site"),
    await createOrder(ws, null, { clientId: kim, items: [line(cream, 1, 100_00, "Крем")], discountPercent: 0, note: null }),
    await createOrder(ws, null, { clientId: ivanova, items: [line(cream, 1, 100_00, "Крем"), line(null, 4, 100_00, "Помада")], discountPercent: 0, note: null }),
    await createOrder(ws, null, { clientId: kim, items: [line(null, 2, 100_00, "Тоник")], discountPercent: 0, note: null }),
  ];
  for (const [i, o] of made.entries()) {
    ids[o.number] = o.id;
    // 11–14 January at 01:30 in Almaty, still 10–13 January in UTC (20:30).
    await execute(sql`update orders set created_at = ${`2026-01-${10 + i}T20:30:00Z`}::timestamptz where id = ${o.id}`);
  }
  // Balances: #1 300 − 300 = 0, #2 100 − 50 = 50, #3 500 − 0, #4 200 − 0.
  await addPayment(ws, null, ids[1], { amount: 300_00, method: "cash", paidAt: new Date(), note: null });
  await addPayment(ws, null, ids[2], { amount: 50_00, method: "cash", paidAt: new Date(), note: null });
  otherOrder = (await createOrder(other, null, { clientId: otherClient, items: [line(null, 1, 100)], discountPercent: 0, note: null }, "site")).id;
});

describe("listOrders", () => {
  it("lists newest first with the client, money, balance and the first lines", async () => {
    const { rows, total, more } = await list(ws);
    expect(numbers({ rows })).toEqual([4, 3, 2, 1]);
    expect({ total, more }).toEqual({ total: 4, more: false });
    expect(rows[3]).toMatchObject({ clientId: ivanova, clientName: "Иванова Анна", status: "new", paymentStatus: "paid", source: "site", total: 300_00, paid: 300_00, balance: 0, itemCount: 2, itemNames: ["Тушь", "Пробник"], viewedAt: null, archivedAt: null });
    expect(rows[3].createdAt).toBe("2026-01-10T20:30:00.000Z");
  });

  it("sorts by each allowed column, both ways", async () => {
    expect(numbers(await list(ws, { dir: "asc" }))).toEqual([1, 2, 3, 4]);
    expect(numbers(await list(ws, { sort: "number", dir: "asc" }))).toEqual([1, 2, 3, 4]);
    expect(numbers(await list(ws, { sort: "number", dir: "desc" }))).toEqual([4, 3, 2, 1]);
    expect(numbers(await list(ws, { sort: "total", dir: "asc" }))).toEqual([2, 4, 1, 3]);
    expect(numbers(await list(ws, { sort: "total", dir: "desc" }))).toEqual([3, 1, 4, 2]);
    expect(numbers(await list(ws, { sort: "balance", dir: "asc" }))).toEqual([1, 2, 4, 3]);
    expect(numbers(await list(ws, { sort: "balance", dir: "desc" }))).toEqual([3, 4, 2, 1]);
  });

  it("pages in SQL", async () => {
    const sp = { sort: "number", dir: "asc", size: "10" };
    expect(numbers(await list(ws, sp))).toHaveLength(4);
    const second = await listOrders(ws, { ...parseOrderListParams(sp), size: 10, page: 2 }, { timeZone: TZ });
    expect(second).toMatchObject({ rows: [], total: 4 });
  });

  it("filters by status, payment status, source, client and product", async () => {
    await setOrdersStatus(ws, null, [ids[4]], "delivered");
    expect(numbers(await list(ws, { status: "new" }))).toEqual([1]);
    expect(numbers(await list(ws, { status: "new,delivered" }))).toEqual([4, 1]);
    expect(numbers(await list(ws, { payment: "unpaid" }))).toEqual([4, 3]);
    expect(numbers(await list(ws, { payment: "partial,paid" }))).toEqual([2, 1]);
    // Several values, newest or oldest first, are merged from each value's own range.
    expect(numbers(await list(ws, { status: "new,unprocessed,delivered", dir: "asc" }))).toEqual([1, 2, 3, 4]);
    expect(numbers(await list(ws, { payment: "unpaid,paid", product: cream }))).toEqual([3]);
    expect(await listOrderIds(ws, parseOrderListParams({ status: "new,delivered" }))).toEqual([ids[4], ids[1]]);
    expect(numbers(await list(ws, { source: "site" }))).toEqual([1]);
    expect(numbers(await list(ws, { client: kim }))).toEqual([4, 2]);
    expect(numbers(await list(ws, { product: cream }))).toEqual([3, 2]);
    expect(numbers(await list(ws, { product: cream, client: kim, payment: "partial" }))).toEqual([2]);
  });

  it("filters a period by the workspace's calendar, both ends included", async () => {
    expect(numbers(await list(ws, { from: "2026-01-12", to: "2026-01-13" }))).toEqual([3, 2]);
    expect(numbers(await list(ws, { from: "2026-01-14" }))).toEqual([4]);
    expect(numbers(await list(ws, { to: "2026-01-11" }))).toEqual([1]);
    // The same day in UTC holds another order: the day is the workspace's.
    expect(numbers(await list(ws, { from: "2026-01-11", to: "2026-01-11" }))).toEqual([1]);
    const utc = await listOrders(ws, parseOrderListParams({ from: "2026-01-11", to: "2026-01-11" }), { timeZone: "UTC" });
    expect(numbers(utc)).toEqual([2]);
  });

  it("finds an order by its number, and a client's orders by her name", async () => {
    expect(numbers(await list(ws, { q: "3" }))).toEqual([3]);
    expect(numbers(await list(ws, { q: "№ 2" }))).toEqual([2]);
    expect(numbers(await list(ws, { q: "#99" }))).toEqual([]);
    expect(numbers(await list(ws, { q: "иванова" }))).toEqual([3, 1]);
    expect(numbers(await list(ws, { q: "Ким Ольга" }))).toEqual([4, 2]);
    expect(numbers(await list(ws, { q: "Иванова", product: cream }))).toEqual([3]);
    expect(await list(ws, { q: "Zzyzx" })).toEqual({ rows: [], total: 0, more: false });
  });

  it("keeps archived orders in the archive only, and bold-worthy new orders until opened", async () => {
    await setOrdersArchived(ws, null, [ids[2]], true);
    expect(numbers(await list(ws))).toEqual([4, 3, 1]);
    expect(numbers(await list(ws, { archived: "1" }))).toEqual([2]);
    expect((await list(ws, { archived: "1" })).rows[0].archivedAt).not.toBeNull();
    await setOrdersArchived(ws, null, [ids[2]], false);
    await markOrderViewed(ws, ids[1]);
    expect((await list(ws, { q: "1" })).rows[0]).toMatchObject({ status: "unprocessed" });
    expect((await list(ws, { q: "1" })).rows[0].viewedAt).not.toBeNull();
  });

  it("counts exactly up to the count limit and says 'more' beyond it", async () => {
    const params = parseOrderListParams({});
    expect(await listOrders(ws, params, { countLimit: 4 })).toMatchObject({ total: 4, more: false });
    const capped = await listOrders(ws, params, { countLimit: 3 });
    expect(capped).toMatchObject({ total: 3, more: true });
    expect(capped.rows).toHaveLength(4); // the page itself is not cut
  });

  it("another workspace sees nothing of these orders, even by number, client or product", async () => {
    expect((await list(other)).rows.map((r) => r.id)).toEqual([otherOrder]);
    expect((await list(other, { q: "3" })).rows).toEqual([]);
    expect((await list(other, { client: ivanova })).rows).toEqual([]);
    expect((await list(other, { product: cream })).rows).toEqual([]);
    expect(await listOrderIds(other, parseOrderListParams({ client: kim }))).toEqual([]);
    expect((await list(ws)).rows.map((r) => r.id)).not.toContain(otherOrder);
  });
});

describe("listOrderIds", () => {
  it("returns every matching id in list order, up to a limit", async () => {
    expect(await listOrderIds(ws, parseOrderListParams({ sort: "number", dir: "asc" }), { timeZone: TZ })).toEqual([1, 2, 3, 4].map((n) => ids[n]));
    expect(await listOrderIds(ws, parseOrderListParams({ client: kim }), { timeZone: TZ }, 1)).toEqual([ids[4]]);
    expect(await listOrderIds(ws, parseOrderListParams({ q: "Zzyzx" }))).toEqual([]);
  });
});
