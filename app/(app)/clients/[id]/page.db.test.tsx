import { createFormatter, createTranslator, NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createClient } from "@/db/queries/clients";
import { addPayment, createOrder, listBoughtProducts, listClientOrders, setOrdersArchived, setOrdersStatus } from "@/db/queries/orders";
import { createUserWithWorkspace } from "@/db/queries/users";
import { withTestDb } from "@/db/test-db";
import { clientInputSchema } from "@/lib/client-input";
import type { Locale } from "@/lib/locales";
import { formatMoney } from "@/lib/money";
import { loadMessages } from "@/lib/translator";

// The card rendered as the server renders it, with the request stubbed: the header figures
// and the activity feed with the order kinds, and the Orders and Products tabs' content.

const request = vi.hoisted(() => ({ locale: "ru" as Locale, member: null as unknown }));
vi.mock("@/lib/request-context", () => ({ requireMember: async () => request.member }));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
  useRouter: () => ({ refresh: () => {}, push: () => {} }),
}));
vi.mock("next-intl/server", () => ({
  getLocale: async () => request.locale,
  getTranslations: async (namespace: string) => createTranslator({ locale: request.locale, messages: await loadMessages(request.locale), namespace: namespace as "orders" }),
  getFormatter: async () => createFormatter({ locale: request.locale, timeZone: "Asia/Almaty" }),
}));

// The tabs that load their own rows are async server components, which renderToStaticMarkup
// cannot await inside the page: they are rendered on their own below.
vi.mock("./_components/client-reminders", () => ({ ClientReminders: () => null }));
vi.mock("./_components/client-contacts", () => ({ ClientContacts: () => null, ContactQuickActions: () => null }));

const { default: ClientPage } = await import("./page");
const { ClientOrders } = await import("./_components/client-orders");
const { BoughtProducts } = await import("./_components/bought-products");
const { ClientReminders } = await vi.importActual<typeof import("./_components/client-reminders")>("./_components/client-reminders");

withTestDb();

let ws = "";
let clientId = "";
let firstId = "";
let secondId = "";

beforeAll(async () => {
  const w = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const };
  const a = await createUserWithWorkspace({ name: "Айгерим", email: "a@cardpage.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "A", slug: "cardpage-a" } });
  ws = a.workspace.id;
  request.member = { user: { id: a.user.id, name: "Айгерим" }, workspace: a.workspace, role: "owner" };
  clientId = (await createClient(ws, a.user.id, clientInputSchema("KZ", []).parse({ lastName: "Омарова", firstName: "Дана" }))).id;
  const line = (name: string, quantity: number, unitPrice: number) => ({ productId: null, name, sku: "SKU-1", quantity, unitPrice });
  const first = await createOrder(ws, a.user.id, { clientId, items: [line("Крем", 2, 12_500_00)], discountPercent: 0, note: null });
  await addPayment(ws, a.user.id, first.id, { amount: 5_000_00, method: "cash", paidAt: new Date(), note: null });
  await setOrdersStatus(ws, a.user.id, [first.id], "delivered");
  const second = await createOrder(ws, a.user.id, { clientId, items: [line("Тушь", 1, 3_000_00)], discountPercent: 0, note: null });
  await setOrdersArchived(ws, a.user.id, [second.id], true);
  firstId = first.id;
  secondId = second.id;
});

const textOf = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/[ \t\n]+/g, " ");

describe("the client card", () => {
  it("shows money figures in the workspace currency, a new-order action, and the order kinds in the feed", async () => {
    request.locale = "ru";
    const messages = await loadMessages("ru");
    const page = await ClientPage({ params: Promise.resolve({ id: clientId }) });
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale="ru" messages={messages} timeZone="Asia/Almaty">
        {page}
      </NextIntlClientProvider>,
    );
    const text = textOf(html);
    const money = (minor: number) => formatMoney(minor, "KZT", "ru");
    expect(text).toContain(`Продано ${money(25_000_00)}`);
    expect(text).toContain(`Оплачено ${money(5_000_00)}`);
    expect(text).toContain(`Долг ${money(20_000_00)}`);
    expect(html).toContain(`href="/orders/new?client=${clientId}"`);
    for (const line of [
      "Айгерим оформил(а) заказ № 1",
      `Айгерим записал(а) оплату ${money(5_000_00)} по заказу № 1`,
      "Айгерим: заказ № 1 — Доставлен",
      "Айгерим отправил(а) заказ № 2 в архив",
    ]) {
      expect(text).toContain(line);
    }
  });

  it("lists her orders with links, statuses and balances, archived ones marked, and what she bought", async () => {
    request.locale = "pl";
    const money = (minor: number) => formatMoney(minor, "KZT", "pl");
    const date = (d: Date) => d.toISOString().slice(0, 10);
    const rows = await listClientOrders(ws, clientId);
    const ordersHtml = renderToStaticMarkup(await ClientOrders({ clientId, rows, canOrder: true, money, date }));
    const orders = textOf(ordersHtml);
    expect(ordersHtml).toContain(`href="/orders/${firstId}"`);
    expect(ordersHtml).toContain(`href="/orders/${secondId}"`);
    expect(ordersHtml).toContain(`href="/orders/new?client=${clientId}"`);
    expect(orders).toContain("Nowe zamówienie");
    expect(orders).toMatch(/Nr 2 .*W archiwum.*Nr 1 .*Dostarczone Opłacone częściowo/);
    expect(orders).toContain(money(20_000_00)); // the first order's balance
    const bought = textOf(renderToStaticMarkup(await BoughtProducts({ rows: await listBoughtProducts(ws, clientId), money, date })));
    expect(bought).toContain("Крем");
    expect(bought).toContain(money(25_000_00));
    expect(bought).not.toContain("Тушь"); // archived, never delivered
  });

  it("lists her reminders: the delivery's three calls, each with its tick, in the reader's language", async () => {
    request.locale = "uk";
    const messages = await loadMessages("uk");
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale="uk" messages={messages} timeZone="Asia/Almaty">
        {await ClientReminders({ workspaceId: ws, clientId, timeZone: "Asia/Almaty", canAdd: true })}
      </NextIntlClientProvider>,
    );
    const text = textOf(html);
    for (const step of [1, 2, 3]) expect(text).toContain(`${step}-й дзвінок після замовлення № 1`);
    expect(html.match(/data-testid="reminder-tick"/g)).toHaveLength(3);
    expect(html).toContain(`href="/reminders/new?client=${clientId}`);
  });
});
