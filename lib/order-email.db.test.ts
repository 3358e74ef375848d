import { eq } from "drizzle-orm";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { createClient } from "@/db/queries/clients";
import { findSender } from "@/db/queries/email-log";
import { listActivities } from "@/db/queries/notes";
import { addPayment, createOrder } from "@/db/queries/orders";
import { createUserWithWorkspace } from "@/db/queries/users";
import { emailLog } from "@/db/schema";
import { withTestDb } from "@/db/test-db";
import { clientInputSchema } from "./client-input";
import type { Locale } from "./locales";
import { formatMoney } from "./money";

const resendSend = vi.hoisted(() => vi.fn());
vi.mock("resend", () => ({
  Resend: class {
    emails = { send: resendSend };
  },
}));

const { sendOrderConfirmation } = await import("./order-email");

withTestDb();

let ws = "";
let other = "";
let actor = "";

const w = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty" };

/** A client of `workspaceId` with one order: 2 × 12 500 + 1 × 3 000, −10 %, 5 000 paid. */
async function clientWithOrder(workspaceId: string, fields: { locale?: Locale; email?: string; emailOptOut?: boolean }) {
  const input = clientInputSchema("KZ", []).parse({
    lastName: "Омарова",
    firstName: "Дана",
    locale: fields.locale ?? "",
    emails: fields.email ? [{ address: fields.email }] : [],
    emailOptOut: fields.emailOptOut ? "on" : undefined,
  });
  const client = await createClient(workspaceId, null, input);
  const line = (name: string, quantity: number, unitPrice: number) => ({ productId: null, name, sku: null, quantity, unitPrice });
  const order = await createOrder(workspaceId, null, { clientId: client.id, items: [line("Крем для лица", 2, 12_500_00), line("Пробник", 1, 3_000_00)], discountPercent: 10, note: null });
  await addPayment(workspaceId, null, order.id, { amount: 5_000_00, method: "cash", paidAt: new Date(), note: null });
  return { clientId: client.id, orderId: order.id, number: order.number };
}

const logOf = (orderId: string) => db().select().from(emailLog).where(eq(emailLog.orderId, orderId));

beforeAll(async () => {
  const a = await createUserWithWorkspace({ name: "Айгерим Сейтова", email: "aigerim@beauty.kz", passwordHash: "h", locale: "ru", workspace: { ...w, defaultLocale: "uk", name: "Beauty A", slug: "mail-a" } });
  const b = await createUserWithWorkspace({ name: "B", email: "b@beauty.kz", passwordHash: "h", locale: "ru", workspace: { ...w, defaultLocale: "ru", name: "B", slug: "mail-b" } });
  ws = a.workspace.id;
  other = b.workspace.id;
  actor = a.user.id;
});

beforeEach(() => {
  vi.stubEnv("RESEND_API_KEY", ""); // the local outbox, never the network
});
afterEach(() => vi.unstubAllEnvs());

// The words each language must show, and the formatted total (25 200 ₸) and balance (20 200 ₸).
const expected: Record<Locale, { subject: string; words: string[] }> = {
  ru: { subject: "Заказ № {n} от Айгерим Сейтова", words: ["Итого", "К оплате", "Ваш консультант"] },
  kk: { subject: "Айгерим Сейтова: № {n} тапсырыс", words: ["Барлығы", "Төленуі тиіс", "Сіздің кеңесшіңіз"] },
  uk: { subject: "Замовлення № {n} від Айгерим Сейтова", words: ["Разом", "До сплати", "Ваш консультант"] },
  pl: { subject: "Zamówienie nr {n} od Айгерим Сейтова", words: ["Razem", "Do zapłaty", "Twój konsultant"] },
};

describe("findSender", () => {
  it("names each workspace's own owner, and nobody for an unknown workspace", async () => {
    expect(await findSender(ws)).toMatchObject({ workspace: { id: ws, name: "Beauty A", currency: "KZT", defaultLocale: "uk" }, owner: { name: "Айгерим Сейтова", email: "aigerim@beauty.kz" } });
    expect((await findSender(other))?.owner?.email).toBe("b@beauty.kz");
    expect(await findSender("00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});

describe("sendOrderConfirmation", () => {
  it.each(["ru", "kk", "uk", "pl"] as const)("renders the confirmation in the client's language (%s), logs it and notes it in her feed", async (locale) => {
    const { clientId, orderId, number } = await clientWithOrder(ws, { locale, email: `dana-${locale}@example.kz` });
    await expect(sendOrderConfirmation(ws, actor, orderId)).resolves.toEqual({ ok: true, to: `dana-${locale}@example.kz` });

    const [mail] = await logOf(orderId);
    expect(mail).toMatchObject({ workspaceId: ws, clientId, orderId, locale, template: "order-confirmation", status: "sent", to: `dana-${locale}@example.kz` });
    expect(mail.subject).toBe(expected[locale].subject.replace("{n}", String(number)));
    expect(mail.from).toMatch(/^Айгерим Сейтова </);
    const text = mail.text.toLowerCase();
    for (const word of [...expected[locale].words, formatMoney(25_200_00, "KZT", locale), formatMoney(20_200_00, "KZT", locale), "крем для лица", "aigerim@beauty.kz", "beauty a"]) {
      expect(text).toContain(word.toLowerCase());
    }

    const feed = await listActivities(ws, clientId);
    expect(feed.find((a) => a.kind === "order_email_sent")).toMatchObject({ actor: "Айгерим Сейтова", data: { orderId, number, to: `dana-${locale}@example.kz` } });
  });

  it("falls back to the workspace's language for a client without one", async () => {
    const { orderId } = await clientWithOrder(ws, { email: "nolang@example.kz" });
    await expect(sendOrderConfirmation(ws, null, orderId)).resolves.toMatchObject({ ok: true });
    const [mail] = await logOf(orderId);
    expect(mail.locale).toBe("uk");
    expect(mail.text).toContain("Разом");
  });

  it("skips a client without an e-mail or who opted out, sending and logging nothing", async () => {
    const none = await clientWithOrder(ws, { locale: "ru" });
    await expect(sendOrderConfirmation(ws, actor, none.orderId)).resolves.toEqual({ ok: false, reason: "no_email" });
    const optedOut = await clientWithOrder(ws, { locale: "ru", email: "stop@example.kz", emailOptOut: true });
    await expect(sendOrderConfirmation(ws, actor, optedOut.orderId)).resolves.toEqual({ ok: false, reason: "opted_out" });
    for (const { orderId, clientId } of [none, optedOut]) {
      expect(await logOf(orderId)).toHaveLength(0);
      expect((await listActivities(ws, clientId)).some((a) => a.kind === "order_email_sent")).toBe(false);
    }
  });

  it("treats another workspace's order, or an unknown one, as not found", async () => {
    const theirs = await clientWithOrder(other, { locale: "ru", email: "theirs@example.kz" });
    await expect(sendOrderConfirmation(ws, actor, theirs.orderId)).resolves.toEqual({ ok: false, reason: "not_found" });
    await expect(sendOrderConfirmation(ws, actor, "00000000-0000-4000-8000-000000000000")).resolves.toEqual({ ok: false, reason: "not_found" });
    expect(await logOf(theirs.orderId)).toHaveLength(0);
  });

  it("reports a provider failure as failed, logs it, and leaves the feed alone", async () => {
    vi.stubEnv("RESEND_API_KEY", "re_test");
    resendSend.mockRejectedValueOnce(new Error("network down"));
    const { orderId, clientId } = await clientWithOrder(ws, { locale: "pl", email: "fail@example.kz" });
    await expect(sendOrderConfirmation(ws, actor, orderId)).resolves.toEqual({ ok: false, reason: "failed" });
    expect((await logOf(orderId)).map((m) => m.status)).toEqual(["failed"]);
    expect((await listActivities(ws, clientId)).some((a) => a.kind === "order_email_sent")).toBe(false);
  });
});
