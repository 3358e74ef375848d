import { beforeAll, describe, expect, it } from "vitest";
import { clientInputSchema } from "@/lib/client-input";
import { withTestDb } from "../test-db";
import { clientFigures, createClient, getClientCard, StaleVersionError } from "./clients";
import { listActivities } from "./notes";
import {
  addPayment,
  countNewOrders,
  createOrder,
  deletePayment,
  getOrder,
  listBoughtProducts,
  markOrderViewed,
  OrderClientError,
  OrderProductError,
  OverpaymentError,
  setOrdersArchived,
  setOrdersStatus,
  updateOrder,
} from "./orders";
import { createProduct, getProduct, SkuTakenError, updateProduct } from "./products";
import { createUserWithWorkspace } from "./users";

withTestDb();

const clientInput = (lastName: string) => clientInputSchema("KZ", []).parse({ lastName, firstName: "Test" });
let ws = "";
let other = "";
let actor = "";
let clientId = "";
let otherClientId = "";
let cream = "";
let otherProduct = "";

beforeAll(async () => {
  const w = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const };
  const a = await createUserWithWorkspace({ name: "A", email: "a@orders.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "A", slug: "orders-a" } });
  const b = await createUserWithWorkspace({ name: "B", email: "b@orders.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "B", slug: "orders-b" } });
  ws = a.workspace.id;
  other = b.workspace.id;
  actor = a.user.id;
  clientId = (await createClient(ws, actor, clientInput("Покупательница"))).id;
  otherClientId = (await createClient(other, null, clientInput("Чужая"))).id;
  const base = { category: "Уход", active: true, imageUrl: null, description: null };
  cream = (await createProduct(ws, { ...base, sku: "CR-1", name: "Крем", price: 12_500_00 })).id;
  otherProduct = (await createProduct(other, { ...base, sku: "X-1", name: "Чужой крем", price: 100 })).id;
});

const line = (productId: string | null, quantity: number, unitPrice: number, name = "Позиция") => ({ productId, name, sku: null, quantity, unitPrice });

describe("products", () => {
  it("refuses a duplicate SKU in the workspace (any case) but not in another, and a stale edit", async () => {
    await expect(createProduct(ws, { sku: "cr-1", name: "Другой", category: null, price: 1, active: true, imageUrl: null, description: null })).rejects.toBeInstanceOf(SkuTakenError);
    await expect(createProduct(other, { sku: "CR-1", name: "Другой", category: null, price: 1, active: true, imageUrl: null, description: null })).resolves.toBeTruthy();
    const p = (await getProduct(ws, cream))!;
    const input = { sku: p.sku, name: "Крем дневной", category: p.category, price: p.price, active: true, imageUrl: null, description: null };
    await updateProduct(ws, cream, p.version, input);
    await expect(updateProduct(ws, cream, p.version, input)).rejects.toBeInstanceOf(StaleVersionError);
    expect(await updateProduct(other, cream, p.version + 1, input)).toBeNull();
  });
});

describe("orders", () => {
  it("numbers orders per workspace, safely when made at once, and computes totals on the server", async () => {
    const made = await Promise.all([1, 2, 3].map(() => createOrder(ws, actor, { clientId, items: [line(cream, 2, 12_500_00), line(null, 1, 3_000_00, "Пробник")], discountPercent: 10, note: null })));
    expect(made.map((o) => o.number).sort()).toEqual([1, 2, 3]);
    expect(made[0]).toMatchObject({ status: "unprocessed", paymentStatus: "unpaid", subtotal: 28_000_00, discount: 2_800_00, total: 25_200_00 });
    expect((await createOrder(other, null, { clientId: otherClientId, items: [line(null, 1, 100)], discountPercent: 0, note: null })).number).toBe(1);
    const card = await getClientCard(ws, clientId);
    expect(card?.client.lastOrderAt).not.toBeNull();
  });

  it("refuses another workspace's client or product", async () => {
    await expect(createOrder(ws, actor, { clientId: otherClientId, items: [line(null, 1, 100)], discountPercent: 0, note: null })).rejects.toBeInstanceOf(OrderClientError);
    await expect(createOrder(ws, actor, { clientId, items: [line(null, 1, 100), line(otherProduct, 1, 100)], discountPercent: 0, note: null })).rejects.toMatchObject({ index: 1 });
    await expect(createOrder(ws, actor, { clientId, items: [line(otherProduct, 1, 100)], discountPercent: 0, note: null })).rejects.toBeInstanceOf(OrderProductError);
  });

  it("a site order is new until a member of its workspace opens it; another workspace cannot", async () => {
    const order = await createOrder(ws, null, { clientId, items: [line(null, 1, 500_00)], discountPercent: 0, note: null }, "site");
    expect(order.status).toBe("new");
    expect(await countNewOrders(ws)).toBe(1);
    expect(await markOrderViewed(other, order.id)).toBe(false);
    expect((await getOrder(ws, order.id))?.order.status).toBe("new");
    expect(await getOrder(other, order.id)).toBeNull();
    expect(await markOrderViewed(ws, order.id)).toBe(true);
    expect(await markOrderViewed(ws, order.id)).toBe(false);
    const seen = (await getOrder(ws, order.id))!.order;
    expect(seen.status).toBe("unprocessed");
    expect(seen.viewedAt).not.toBeNull();
    expect(await countNewOrders(ws)).toBe(0);
  });

  it("payments: partial, then paid; overpayment refused; deleting one recomputes; status untouched", async () => {
    const order = await createOrder(ws, actor, { clientId, items: [line(null, 1, 1_000_00)], discountPercent: 0, note: null });
    const pay = (amount: number) => addPayment(ws, actor, order.id, { amount, method: "cash", paidAt: new Date(), note: null });
    expect((await pay(400_00))?.order).toMatchObject({ paid: 400_00, paymentStatus: "partial", status: "unprocessed" });
    await expect(pay(700_00)).rejects.toMatchObject({ remaining: 600_00 });
    await expect(pay(700_00)).rejects.toBeInstanceOf(OverpaymentError);
    const second = await pay(600_00);
    expect(second?.order).toMatchObject({ paid: 1_000_00, paymentStatus: "paid", status: "unprocessed" });
    expect(await addPayment(other, null, order.id, { amount: 1, method: "cash", paidAt: new Date(), note: null })).toBeNull();
    expect(await deletePayment(other, null, order.id, second!.payment.id)).toBeNull();
    expect(await deletePayment(ws, actor, order.id, second!.payment.id)).toMatchObject({ paid: 400_00, paymentStatus: "partial" });
    // An edit may not bring the total under what was paid.
    const current = (await getOrder(ws, order.id))!.order;
    await expect(updateOrder(ws, actor, order.id, current.version, { items: [line(null, 1, 100_00)], discountPercent: 0, note: null })).rejects.toBeInstanceOf(OverpaymentError);
  });

  it("two people delivering at once make one delivery; moving back clears it; stale edits are refused", async () => {
    const order = await createOrder(ws, actor, { clientId, items: [line(cream, 1, 12_500_00)], discountPercent: 0, note: null });
    const earlier = new Date("2026-11-20T10:00:00Z");
    const results = await Promise.all([setOrdersStatus(ws, actor, [order.id], "delivered", earlier), setOrdersStatus(ws, actor, [order.id], "delivered", earlier)]);
    expect(results.map((r) => r.length).sort()).toEqual([0, 1]);
    expect((await getOrder(ws, order.id))!.order).toMatchObject({ status: "delivered", deliveredAt: earlier });
    expect(await setOrdersStatus(other, null, [order.id], "processed")).toEqual([]);
    const bought = await listBoughtProducts(ws, clientId);
    expect(bought.find((b) => b.productId === cream)).toMatchObject({ quantity: 1, amount: 12_500_00 });
    await setOrdersStatus(ws, actor, [order.id], "processed");
    expect((await getOrder(ws, order.id))!.order).toMatchObject({ status: "processed", deliveredAt: null });
    const statusLog = (await listActivities(ws, clientId)).filter((a) => a.kind === "order_status");
    expect(statusLog.map((a) => a.data)).toEqual(expect.arrayContaining([expect.objectContaining({ to: "processed", back: true })]));
    const v = (await getOrder(ws, order.id))!.order.version;
    await updateOrder(ws, actor, order.id, v, { items: [line(null, 3, 100_00)], discountPercent: 0, note: "три" });
    await expect(updateOrder(ws, actor, order.id, v, { items: [line(null, 1, 100_00)], discountPercent: 0, note: null })).rejects.toBeInstanceOf(StaleVersionError);
    expect(await updateOrder(other, null, order.id, v + 1, { items: [line(null, 1, 1)], discountPercent: 0, note: null })).toBeNull();
  });

  it("figures: orders, sold (delivered), paid, balance, last order; archived orders leave them", async () => {
    const a = await createClient(ws, actor, clientInput("Цифры"));
    const o1 = await createOrder(ws, actor, { clientId: a.id, items: [line(null, 1, 1_000_00)], discountPercent: 0, note: null });
    const o2 = await createOrder(ws, actor, { clientId: a.id, items: [line(null, 1, 500_00)], discountPercent: 0, note: null });
    await setOrdersStatus(ws, actor, [o1.id], "delivered");
    await addPayment(ws, actor, o1.id, { amount: 300_00, method: "card", paidAt: new Date(), note: null });
    expect(await clientFigures(ws, a.id)).toMatchObject({ orders: 2, sold: 1_000_00, paid: 300_00, balance: 700_00, visits: 1 });
    expect(await clientFigures(other, a.id)).toMatchObject({ orders: 0, sold: 0 });
    expect(await setOrdersArchived(other, null, [o2.id], true)).toBe(0);
    expect(await setOrdersArchived(ws, actor, [o2.id], true)).toBe(1);
    expect(await clientFigures(ws, a.id)).toMatchObject({ orders: 1 });
  });
});
