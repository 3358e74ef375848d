import { createFormatter, createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createClient } from "@/db/queries/clients";
import { addPayment, createOrder } from "@/db/queries/orders";
import { createUserWithWorkspace } from "@/db/queries/users";
import { withTestDb } from "@/db/test-db";
import { clientInputSchema } from "@/lib/client-input";
import type { Locale } from "@/lib/locales";
import { formatMoney } from "@/lib/money";
import { loadMessages } from "@/lib/translator";

// The page rendered as the server renders it, with the request (member, cookie language)
// stubbed: the sheet's text in each language, and another workspace's order not found.

const request = vi.hoisted(() => ({ locale: "ru" as Locale, member: null as unknown }));
vi.mock("@/lib/request-context", () => ({ requireMember: async () => request.member }));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));
vi.mock("next-intl/server", () => ({
  getLocale: async () => request.locale,
  getTranslations: async (namespace: string) => createTranslator({ locale: request.locale, messages: await loadMessages(request.locale), namespace: namespace as "orders" }),
  getFormatter: async () => createFormatter({ locale: request.locale, timeZone: "Asia/Almaty" }),
}));

const { default: PrintOrderPage } = await import("./page");

withTestDb();

let orderId = "";
let otherOrderId = "";
let member: { workspace: { id: string; name: string; currency: string } } | null = null;

beforeAll(async () => {
  const w = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const };
  const a = await createUserWithWorkspace({ name: "Айгерим Сейтова", email: "aigerim@print.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "Beauty Print", slug: "print-a" } });
  const b = await createUserWithWorkspace({ name: "B", email: "b@print.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "B", slug: "print-b" } });
  member = { workspace: { id: a.workspace.id, name: a.workspace.name, currency: "KZT" } };
  const input = clientInputSchema("KZ", []).parse({ lastName: "Омарова", firstName: "Дана", phones: [{ value: "+77011234567" }], emails: [{ address: "dana@example.kz" }] });
  const client = await createClient(a.workspace.id, null, input);
  const items = [{ productId: null, name: "Крем для лица", sku: "CR-7", quantity: 2, unitPrice: 12_500_00 }];
  const order = await createOrder(a.workspace.id, null, { clientId: client.id, items, discountPercent: 10, note: "Позвонить перед доставкой" });
  await addPayment(a.workspace.id, null, order.id, { amount: 5_000_00, method: "card", paidAt: new Date(), note: null });
  orderId = order.id;
  const theirClient = await createClient(b.workspace.id, null, input);
  otherOrderId = (await createOrder(b.workspace.id, null, { clientId: theirClient.id, items, discountPercent: 0, note: null })).id;
});

const render = async (id: string, locale: Locale) => {
  request.locale = locale;
  request.member = member;
  return renderToStaticMarkup(await PrintOrderPage({ params: Promise.resolve({ id }) }));
};

const words: Record<Locale, string[]> = {
  ru: ["Счёт-заказ № 1", "Итого", "К оплате", "Карта", "Назад к заказу", "Печать"],
  kk: ["№ 1 шот-тапсырыс", "Барлығы", "Төленуі тиіс", "Карта", "Тапсырысқа оралу", "Басып шығару"],
  uk: ["Рахунок-замовлення № 1", "Разом", "До сплати", "Картка", "Назад до замовлення", "Друкувати"],
  pl: ["Rachunek do zamówienia nr 1", "Razem", "Do zapłaty", "Karta", "Wróć do zamówienia", "Drukuj"],
};

describe("the order's print page", () => {
  it.each(["ru", "kk", "uk", "pl"] as const)("shows the consultant, the client, the lines and the money in %s", async (locale) => {
    const html = await render(orderId, locale);
    const text = html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'");
    for (const word of [
      ...words[locale],
      "Beauty Print", "Айгерим Сейтова", "aigerim@print.kz", // the consultant
      "Омарова Дана", "dana@example.kz", "+7 701 123 4567", // the client
      "Крем для лица", "CR-7", "Позвонить перед доставкой",
      formatMoney(25_000_00, "KZT", locale), formatMoney(2_500_00, "KZT", locale), formatMoney(22_500_00, "KZT", locale), formatMoney(17_500_00, "KZT", locale),
    ]) {
      expect(text).toContain(word);
    }
    expect(html).toContain(`href="/orders/${orderId}"`);
  });

  it("treats another workspace's order and a malformed id as not found", async () => {
    await expect(render(otherOrderId, "ru")).rejects.toThrow("NEXT_NOT_FOUND");
    await expect(render("not-a-uuid", "ru")).rejects.toThrow("NEXT_NOT_FOUND");
  });
});
