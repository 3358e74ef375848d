import { eq } from "drizzle-orm";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { createClient } from "@/db/queries/clients";
import { addPayment, createOrder, getOrder, listClientOrders } from "@/db/queries/orders";
import { createProduct } from "@/db/queries/products";
import { createUserWithWorkspace } from "@/db/queries/users";
import { findMembership, type Membership } from "@/db/queries/workspaces";
import { emailLog } from "@/db/schema";
import { withTestDb } from "@/db/test-db";
import type { ActionState } from "@/lib/action";
import { clientInputSchema } from "@/lib/client-input";
import type { Locale } from "@/lib/locales";
import { formatMoney } from "@/lib/money";
import { dateToZonedInput } from "@/lib/zoned-time";

const context = vi.hoisted(() => ({ locale: "ru" as Locale, member: null as Membership | null }));
vi.mock("@/lib/request-context", () => ({
  currentLocale: async () => context.locale,
  currentMember: async () => context.member,
  appOrigin: async () => "https://clientbook.test",
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("resend", () => ({ Resend: class {} }));
// The real confirmation (to the local outbox), or a crash when a test asks for one.
const mail = vi.hoisted(() => ({ crash: false }));
vi.mock("@/lib/order-email", async (original) => {
  const real = await original<typeof import("@/lib/order-email")>();
  return {
    ...real,
    sendOrderConfirmation: (...args: Parameters<typeof real.sendOrderConfirmation>) => {
      if (mail.crash) throw new Error("mail server down");
      return real.sendOrderConfirmation(...args);
    },
  };
});

const actions = await import("./actions");

withTestDb();

const TZ = "Asia/Almaty";
let a: Membership;
let b: Membership;
let clientId = "";
let otherClientId = "";
let cream = "";
let otherProduct = "";

function form(fields: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}
const failed = <T,>(r: ActionState<T>) => (r && !r.ok ? r : expect.unreachable(`expected a failure, got ${JSON.stringify(r)}`));

/** Runs an action that ends in redirect(); returns where it went. */
async function redirected(run: Promise<unknown>) {
  const error = await run.then(
    (r) => expect.unreachable(`expected a redirect, got ${JSON.stringify(r)}`),
    (e: { digest?: string }) => e,
  );
  return String(error.digest).split(";")[2];
}

beforeAll(async () => {
  const w = { country: "KZ", currency: "KZT" as const, timeZone: TZ, defaultLocale: "ru" as const };
  const ua = await createUserWithWorkspace({ name: "A", email: "a@order-actions.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "A", slug: "order-actions-a" } });
  const ub = await createUserWithWorkspace({ name: "B", email: "b@order-actions.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "B", slug: "order-actions-b" } });
  a = (await findMembership(ua.user.id))!;
  b = (await findMembership(ub.user.id))!;
  const client = (lastName: string, extra: Record<string, unknown> = {}) => clientInputSchema("KZ", []).parse({ lastName, firstName: "Дана", ...extra });
  clientId = (await createClient(a.workspace.id, null, client("Омарова", { emails: [{ address: "dana@mail.kz" }], discountPercent: "15" }))).id;
  otherClientId = (await createClient(b.workspace.id, null, client("Чужая"))).id;
  const base = { category: "Уход", active: true, imageUrl: null, description: null };
  cream = (await createProduct(a.workspace.id, { ...base, sku: "CR-1", name: "Крем", price: 12_500_00 })).id;
  otherProduct = (await createProduct(b.workspace.id, { ...base, sku: "X-1", name: "Чужой крем", price: 100 })).id;
});

beforeEach(() => {
  context.member = a;
  context.locale = "ru";
  vi.stubEnv("RESEND_API_KEY", ""); // the local outbox, never the network
  mail.crash = false;
});
afterEach(() => vi.unstubAllEnvs());

const lines = {
  "items.0.productId": "", "items.0.name": "Крем", "items.0.sku": "", "items.0.quantity": "2", "items.0.unitPrice": "12 500",
  "items.1.productId": "", "items.1.name": "Пробник", "items.1.sku": "PR", "items.1.quantity": "1", "items.1.unitPrice": "3000",
};

describe("order actions", () => {
  it("creates an order with a catalogue item and a free item, e-mails the client, and opens the order", async () => {
    const where = await redirected(actions.createOrderAction(null, form({ clientId, ...lines, "items.0.productId": cream, discountPercent: "10", note: "к пятнице" })));
    const [made] = await listClientOrders(a.workspace.id, clientId);
    expect(where).toBe(`/orders/${made.id}`);
    const detail = (await getOrder(a.workspace.id, made.id))!;
    expect(detail.order).toMatchObject({ status: "unprocessed", subtotal: 28_000_00, discount: 2_800_00, total: 25_200_00, note: "к пятнице" });
    expect(detail.items.map((i) => [i.productId, i.name, i.sku, i.quantity, i.unitPrice])).toEqual([
      [cream, "Крем", null, 2, 12_500_00],
      [null, "Пробник", "PR", 1, 3_000_00],
    ]);
    const log = await db().select().from(emailLog).where(eq(emailLog.orderId, made.id));
    expect(log.map((l) => l.to)).toEqual(["dana@mail.kz"]);
  });

  it("keeps the order when the confirmation cannot be sent", async () => {
    mail.crash = true;
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const before = (await listClientOrders(a.workspace.id, clientId)).length;
    const where = await redirected(actions.createOrderAction(null, form({ clientId, ...lines, discountPercent: "0" })));
    const after = await listClientOrders(a.workspace.id, clientId);
    expect(after).toHaveLength(before + 1);
    expect(where).toBe(`/orders/${after[0].id}`);
    vi.mocked(console.error).mockRestore();
  });

  it("refuses bad lines field by field and keeps what was typed; nothing is created", async () => {
    const before = (await listClientOrders(a.workspace.id, clientId)).length;
    const r = failed(await actions.createOrderAction(null, form({ clientId, ...lines, "items.0.quantity": "0", "items.1.unitPrice": "12 руб", discountPercent: "10" })));
    expect(Object.keys(r.fieldErrors).sort()).toEqual(["items.0.quantity", "items.1.unitPrice"]);
    expect(r.values).toMatchObject({ "items.1.name": "Пробник", "items.1.unitPrice": "12 руб" });
    expect(failed(await actions.createOrderAction(null, form({ clientId, discountPercent: "0" }))).fieldErrors).toHaveProperty("items");
    expect(await listClientOrders(a.workspace.id, clientId)).toHaveLength(before);
  });

  it("treats another workspace's client, product and order as not found", async () => {
    expect(failed(await actions.createOrderAction(null, form({ clientId: otherClientId, ...lines, discountPercent: "0" }))).fieldErrors.clientId).toEqual([
      "Не найдено — возможно, запись удалена",
    ]);
    expect(failed(await actions.createOrderAction(null, form({ clientId, ...lines, "items.1.productId": otherProduct, discountPercent: "0" }))).fieldErrors).toHaveProperty(
      "items.1.name",
    );
    const theirs = await createOrder(b.workspace.id, null, { clientId: otherClientId, items: [{ productId: null, name: "X", sku: null, quantity: 1, unitPrice: 1000_00 }], discountPercent: 0, note: null });
    const now = dateToZonedInput(new Date(), TZ);
    const tries = [
      actions.addPaymentAction(null, form({ orderId: theirs.id, amount: "10", method: "cash", paidAt: now })),
      actions.setOrderStatusAction(null, form({ id: theirs.id, status: "processed" })),
      actions.archiveOrderAction(null, form({ id: theirs.id, archived: "1" })),
      actions.resendConfirmationAction(null, form({ id: theirs.id })),
      actions.updateOrderAction(null, form({ id: theirs.id, version: "1", ...lines, discountPercent: "0" })),
    ];
    for (const r of await Promise.all(tries)) expect(failed(r).formError).toBe("Не найдено — возможно, запись удалена");
    const still = (await getOrder(b.workspace.id, theirs.id))!;
    expect(still.order).toMatchObject({ status: "unprocessed", paid: 0, archivedAt: null, version: 1 });
    expect(still.items.map((i) => i.name)).toEqual(["X"]);
    const found = await actions.searchClientsAction(null, form({ q: "Чужая" }));
    expect(found).toEqual({ ok: true, data: [] });
    const catalogue = await actions.searchCatalogueAction(null, form({ q: "крем" }));
    expect(catalogue?.ok && catalogue.data.map((p) => p.id)).toEqual([cream]);
  });

  it("says how much is left when a payment is more than the balance, and records one that fits", async () => {
    const order = await createOrder(a.workspace.id, null, { clientId, items: [{ productId: null, name: "Набор", sku: null, quantity: 1, unitPrice: 10_000_00 }], discountPercent: 0, note: null });
    await addPayment(a.workspace.id, null, order.id, { amount: 7_000_00, method: "card", paidAt: new Date(), note: null });
    const paidAt = dateToZonedInput(new Date(Date.now() - 3_600_000), TZ);
    const r = failed(await actions.addPaymentAction(null, form({ orderId: order.id, amount: "5000", method: "cash", paidAt })));
    expect(r.fieldErrors.amount[0]).toContain(formatMoney(3_000_00, "KZT", "ru"));
    expect(r.values).toMatchObject({ amount: "5000" });
    const future = failed(await actions.addPaymentAction(null, form({ orderId: order.id, amount: "100", method: "cash", paidAt: dateToZonedInput(new Date(Date.now() + 3 * 86_400_000), TZ) })));
    expect(future.fieldErrors).toHaveProperty("paidAt");
    expect(await actions.addPaymentAction(null, form({ orderId: order.id, amount: "3000", method: "transfer", paidAt, note: "остаток" }))).toMatchObject({ ok: true });
    const detail = (await getOrder(a.workspace.id, order.id))!;
    expect(detail.order).toMatchObject({ paid: 10_000_00, paymentStatus: "paid" });
    const rest = detail.payments.find((p) => p.method === "transfer")!;
    expect(rest).toMatchObject({ amount: 3_000_00, note: "остаток" });
    expect(rest.paidAt.getTime()).toBe(Math.floor((Date.now() - 3_600_000) / 60_000) * 60_000);

    // An edit that brings the total below what was paid is refused, naming the paid sum.
    const edit = failed(await actions.updateOrderAction(null, form({ id: order.id, version: String(detail.order.version), ...lines, "items.0.quantity": "0", discountPercent: "0" })));
    expect(edit.fieldErrors).toHaveProperty("items.0.quantity");
    const below = failed(await actions.updateOrderAction(null, form({ id: order.id, version: String(detail.order.version), "items.0.name": "Набор", "items.0.quantity": "1", "items.0.unitPrice": "9000", discountPercent: "0" })));
    expect(below.formError).toContain(formatMoney(10_000_00, "KZT", "ru"));
    const stale = failed(await actions.updateOrderAction(null, form({ id: order.id, version: "1", "items.0.name": "Набор", "items.0.quantity": "2", "items.0.unitPrice": "9000", discountPercent: "0" })));
    expect(stale.formError).toMatch(/кто-то другой/);
    const card = detail.payments.find((p) => p.method === "card")!;
    expect(await actions.deletePaymentAction(null, form({ orderId: order.id, paymentId: card.id }))).toMatchObject({ ok: true });
    expect((await getOrder(a.workspace.id, order.id))!.order).toMatchObject({ paid: 3_000_00, paymentStatus: "partial" });
  });

  it("delivers at the time given (earlier than now) and moves back", async () => {
    const order = await createOrder(a.workspace.id, null, { clientId, items: [{ productId: null, name: "Тушь", sku: null, quantity: 1, unitPrice: 500_00 }], discountPercent: 0, note: null });
    const future = failed(await actions.setOrderStatusAction(null, form({ id: order.id, status: "delivered", deliveredAt: "2999-01-01T10:00" })));
    expect(future.fieldErrors).toHaveProperty("deliveredAt");
    expect(await actions.setOrderStatusAction(null, form({ id: order.id, status: "delivered", deliveredAt: "2026-01-15T18:30" }))).toMatchObject({ ok: true });
    expect((await getOrder(a.workspace.id, order.id))!.order).toMatchObject({ status: "delivered", deliveredAt: new Date("2026-01-15T13:30:00Z") });
    expect(await actions.setOrderStatusAction(null, form({ id: order.id, status: "processed" }))).toMatchObject({ ok: true });
    expect((await getOrder(a.workspace.id, order.id))!.order).toMatchObject({ status: "processed", deliveredAt: null });
    expect(failed(await actions.setOrderStatusAction(null, form({ id: order.id, status: "new" }))).fieldErrors).toHaveProperty("status");
  });

  it("gives the picker her loyalty discount, but not another workspace's client", async () => {
    expect(await actions.pickClientAction(null, form({ id: clientId }))).toEqual({ ok: true, data: { discountPercent: 15 } });
    expect(failed(await actions.pickClientAction(null, form({ id: otherClientId }))).formError).toBeTruthy();
    context.member = b;
    expect(failed(await actions.pickClientAction(null, form({ id: clientId }))).formError).toBeTruthy();
  });
});
