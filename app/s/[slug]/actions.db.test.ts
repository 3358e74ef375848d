import { and, eq, sql } from "drizzle-orm";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db, execute } from "@/db/client";
import { createClient, getClientCard } from "@/db/queries/clients";
import { createProduct } from "@/db/queries/products";
import { recordRateEvent } from "@/db/queries/rate-events";
import { getPublicSite, updateSiteSettings } from "@/db/queries/site";
import { createUserWithWorkspace } from "@/db/queries/users";
import { emailLog, notifications, orderItems, orders, reminders } from "@/db/schema";
import { withTestDb } from "@/db/test-db";
import type { ActionState } from "@/lib/action";
import { clientInputSchema } from "@/lib/client-input";
import type { Locale } from "@/lib/locales";
import { RATE_LIMITS } from "@/lib/rate-limit";
import { CART_COOKIE, parseCart, serializeCart } from "@/lib/site-cart";

// The personal site's public actions with the request stubbed: the page language, the
// visitor's IP and the cart cookie (no session: a guest).
const request = vi.hoisted(() => ({ locale: "ru" as Locale, ip: "192.0.2.1", cookies: new Map<string, string>() }));
vi.mock("@/lib/request-context", () => ({
  currentLocale: async () => request.locale,
  currentMember: async () => null,
  currentSiteVisitor: async () => null,
  requestIp: async () => request.ip,
  appOrigin: async () => "https://clientbook.test",
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    set: (name: string, value: string, options?: { maxAge?: number }) => {
      if (options?.maxAge === 0) request.cookies.delete(name);
      else request.cookies.set(name, value);
    },
  }),
}));
vi.mock("resend", () => ({ Resend: class {} }));

const actions = await import("./actions");

withTestDb();

const SLUG = "aigerim";
let ws = "";
let ownerId = "";
let other = "";
let danaId = "";
let cream = "";
let lipstick = "";
let hidden = "";
let theirs = "";

function form(fields: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}
const failed = <T,>(r: ActionState<T>) => (r && !r.ok ? r : expect.unreachable(`expected a failure, got ${JSON.stringify(r)}`));
const ok = <T,>(r: ActionState<T>) => (r && r.ok ? r.data : expect.unreachable(`expected success, got ${JSON.stringify(r)}`));
const cart = (...lines: [string, number][]) => request.cookies.set(CART_COOKIE, serializeCart(lines.map(([productId, quantity]) => ({ productId, quantity }))));
const order = (fields: Record<string, string>) => actions.placeSiteOrderAction(null, form({ slug: SLUG, ...fields }));

/** Rows a guest's order writes, to show that a refused one wrote none. */
async function counts() {
  const [row] = await execute<Record<string, number>>(sql`select
    (select count(*)::int from clients) as clients, (select count(*)::int from orders) as orders,
    (select count(*)::int from notifications) as notifications, (select count(*)::int from reminders) as reminders,
    (select count(*)::int from email_log) as emails, (select count(*)::int from rate_events) as "rateEvents"`);
  return row;
}

async function siteOrder(number: number) {
  const [row] = await db().select().from(orders).where(and(eq(orders.workspaceId, ws), eq(orders.number, number)));
  return row;
}

beforeAll(async () => {
  const w = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const };
  const a = await createUserWithWorkspace({ name: "Айгерим", email: "owner@site.kz", passwordHash: "h", locale: "kk", workspace: { ...w, name: "Beauty", slug: SLUG } });
  const b = await createUserWithWorkspace({ name: "Ольга", email: "owner@other.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "Other", slug: "other-site" } });
  ws = a.workspace.id;
  ownerId = a.user.id;
  other = b.workspace.id;
  const site = { siteBio: null, sitePhotoUrl: null, sitePhone: null, siteWhatsapp: null, siteTelegram: null, siteEmail: null };
  await updateSiteSettings(ws, { ...site, siteEnabled: true, siteCategories: ["Уход", "Макияж"] });
  await updateSiteSettings(other, { ...site, siteEnabled: true, siteCategories: null });
  const product = (name: string, category: string, price: number) => ({ sku: null, name, category, price, active: true, imageUrl: null, description: null });
  cream = (await createProduct(ws, product("Крем", "Уход", 12_500_00))).id;
  lipstick = (await createProduct(ws, product("Помада", "Макияж", 4_000_00))).id;
  hidden = (await createProduct(ws, product("Духи", "Ароматы", 20_000_00))).id;
  theirs = (await createProduct(other, product("Чужой крем", "Уход", 1_00))).id;
  const dana = clientInputSchema("KZ", []).parse({ lastName: "Омарова", firstName: "Дана", emails: [{ address: "dana@mail.kz" }], phones: [{ value: "+77011234567" }] });
  danaId = (await createClient(ws, null, dana)).id;
});

beforeEach(() => {
  request.locale = "ru";
  request.ip = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
  request.cookies.clear();
  vi.stubEnv("RESEND_API_KEY", ""); // the local outbox, never the network
});
afterEach(() => vi.unstubAllEnvs());

describe("the cart", () => {
  it("adds the site's products and changes quantities in the cookie", async () => {
    ok(await actions.addToCartAction(null, form({ slug: SLUG, productId: cream })));
    ok(await actions.addToCartAction(null, form({ slug: SLUG, productId: cream })));
    ok(await actions.addToCartAction(null, form({ slug: SLUG, productId: lipstick })));
    expect(parseCart(request.cookies.get(CART_COOKIE))).toEqual([{ productId: cream, quantity: 2 }, { productId: lipstick, quantity: 1 }]);
    ok(await actions.setCartQuantityAction(null, form({ slug: SLUG, productId: cream, quantity: "5" })));
    ok(await actions.setCartQuantityAction(null, form({ slug: SLUG, productId: lipstick, quantity: "0" })));
    expect(parseCart(request.cookies.get(CART_COOKIE))).toEqual([{ productId: cream, quantity: 5 }]);
  });

  it("takes no product of a hidden category or of another workspace", async () => {
    for (const productId of [hidden, theirs]) {
      expect(failed(await actions.addToCartAction(null, form({ slug: SLUG, productId }))).formError).toBe("Не найдено — возможно, запись удалена");
    }
    expect(request.cookies.has(CART_COOKIE)).toBe(false);
  });
});

describe("a guest's order", () => {
  it("matches the client by e-mail in any case; arrives new from the site with a notification, a reminder and two e-mails", async () => {
    request.locale = "pl";
    cart([cream, 2], [lipstick, 1]);
    const data = ok(await order({ name: "Дана", email: " DANA@Mail.KZ ", phone: "", note: "<img src=x onerror=alert(1)>" }));
    expect(data).toEqual({ number: 1, message: "Dziękujemy! Zamówienie nr 1 przyjęte" });
    expect(request.cookies.has(CART_COOKIE)).toBe(false);

    const made = await siteOrder(1);
    expect(made).toMatchObject({ clientId: danaId, source: "site", status: "new", total: 29_000_00, note: "<img src=x onerror=alert(1)>" });
    // Names and prices come from the catalogue, not from the visitor.
    const items = await db().select().from(orderItems).where(eq(orderItems.orderId, made.id));
    expect(items.map((i) => [i.productId, i.name, i.quantity, i.unitPrice])).toEqual(
      expect.arrayContaining([
        [cream, "Крем", 2, 12_500_00],
        [lipstick, "Помада", 1, 4_000_00],
      ]),
    );
    const notices = await db().select().from(notifications).where(eq(notifications.orderId, made.id));
    expect(notices).toEqual([expect.objectContaining({ userId: ownerId, kind: "site_order", clientId: danaId, data: { orderNumber: 1, clientName: "Омарова Дана" } })]);
    const [reminder] = await db().select().from(reminders).where(eq(reminders.orderId, made.id));
    expect(reminder).toMatchObject({ kind: "site_order", clientId: danaId, doneAt: null });
    expect(Math.abs(reminder.dueAt.getTime() - Date.now())).toBeLessThan(60_000);
    // The notification above is its notice: the sweep sends no second one.
    expect(reminder.notifiedAt).not.toBeNull();

    const mail = await db().select().from(emailLog).where(eq(emailLog.orderId, made.id));
    expect(mail.map((m) => [m.to, m.template, m.locale]).sort()).toEqual([
      ["dana@mail.kz", "order-confirmation", "pl"],
      ["owner@site.kz", "site-order", "kk"],
    ]);
    expect(mail.find((m) => m.template === "site-order")!.html).toContain("https://clientbook.test/orders/");
  });

  it("matches the client by phone typed in another local spelling", async () => {
    cart([lipstick, 1]);
    const { number } = ok(await order({ name: "Дана О.", phone: "8 701 123 45 67", email: "" }));
    expect((await siteOrder(number!)).clientId).toBe(danaId);
  });

  it("creates a new client otherwise, in the page's language, from the site", async () => {
    request.locale = "kk";
    cart([cream, 1]);
    const before = await counts();
    const { number } = ok(await order({ name: "Анна Иванова", phone: "+7 702 555 12 34", email: "anna@mail.kz" }));
    const made = await siteOrder(number!);
    expect(made.clientId).not.toBe(danaId);
    const card = (await getClientCard(ws, made.clientId))!;
    expect(card.client).toMatchObject({ firstName: "Анна", lastName: "Иванова", locale: "kk", source: "Личный сайт", primaryPhone: "+77025551234", primaryEmail: "anna@mail.kz" });
    expect((await counts()).clients).toBe(before.clients + 1);
  });

  it("needs a name and a phone or an e-mail, and a phone that is one; nothing is written", async () => {
    cart([cream, 1]);
    const before = await counts();
    const r = failed(await order({ name: "", phone: "", email: "" }));
    expect(r.fieldErrors).toEqual({ name: ["Заполните это поле"], phone: ["Укажите телефон или e-mail"], email: ["Укажите телефон или e-mail"] });
    expect(failed(await order({ name: "Анна", phone: "12", email: "" })).fieldErrors).toEqual({ phone: [expect.stringContaining("Не похоже на номер")] });
    expect(failed(await order({ name: "Анна", phone: "", email: "anna@" })).fieldErrors).toEqual({ email: ["Введите e-mail, например anna@mail.kz"] });
    expect(await counts()).toEqual(before);
    expect(request.cookies.has(CART_COOKIE)).toBe(true);
  });

  it("pretends to succeed and changes nothing when the honeypot is filled", async () => {
    cart([cream, 1]);
    const before = await counts();
    expect(ok(await order({ name: "Bot", email: "bot@spam.example", website: "http://spam.example" }))).toEqual({ number: null, message: "Спасибо! Заказ принят" });
    expect(await counts()).toEqual(before);
  });

  it("limits orders per e-mail and per IP address, counted in the database", async () => {
    const limit = RATE_LIMITS.site_order;
    for (let i = 0; i < limit.perIdentity; i++) await recordRateEvent("site_order", "flood@mail.kz", `198.51.100.${i}`);
    cart([cream, 1]);
    let before = await counts();
    expect(failed(await order({ name: "Flood", email: "FLOOD@mail.kz" })).formError).toBe("Слишком много заказов подряд. Попробуйте через час.");
    expect(await counts()).toEqual(before);

    request.ip = "203.0.113.77";
    for (let i = 0; i < limit.perIp; i++) await recordRateEvent("site_order", `guest${i}@mail.kz`, request.ip);
    before = await counts();
    expect(failed(await order({ name: "Someone", phone: "+77029998877" })).formError).toBe("Слишком много заказов подряд. Попробуйте через час.");
    expect(await counts()).toEqual(before);
  });

  it("orders only this site's products: another workspace's and hidden ones are left out", async () => {
    cart([theirs, 1], [hidden, 1]);
    const before = await counts();
    expect(failed(await order({ name: "Анна", email: "anna@mail.kz" })).formError).toBe("Корзина пуста — добавьте что-нибудь из каталога");
    expect({ ...(await counts()), rateEvents: before.rateEvents }).toEqual(before);

    cart([theirs, 1], [cream, 1]);
    const { number } = ok(await order({ name: "Анна", email: "anna@mail.kz" }));
    const items = await db().select().from(orderItems).where(eq(orderItems.orderId, (await siteOrder(number!)).id));
    expect(items.map((i) => i.productId)).toEqual([cream]);
    const [theirOrders] = await execute<{ n: number }>(sql`select count(*)::int as n from orders where workspace_id = ${other}`);
    expect(theirOrders.n).toBe(0);
  });

  it("is refused, and the site not found, while the owner has it switched off", async () => {
    const site = (await getPublicSite(SLUG))!.workspace;
    await updateSiteSettings(ws, { ...site, siteEnabled: false });
    try {
      expect(await getPublicSite(SLUG)).toBeNull();
      expect(await getPublicSite("no-such-site")).toBeNull();
      cart([cream, 1]);
      const before = await counts();
      expect(failed(await order({ name: "Анна", email: "anna@mail.kz" })).formError).toBe("Этот сайт сейчас не принимает заказы");
      expect(failed(await actions.addToCartAction(null, form({ slug: SLUG, productId: cream }))).formError).toBe("Этот сайт сейчас не принимает заказы");
      expect(await counts()).toEqual(before);
    } finally {
      await updateSiteSettings(ws, { ...site, siteEnabled: true });
    }
  });
});

describe("a meeting request", () => {
  // Dates as the consultant in Almaty (UTC+5, no DST) counts them.
  const almatyDay = (days: number) => new Date(Date.now() + 5 * 3600_000 + days * 86400_000).toISOString().slice(0, 10);
  const meet = (fields: Record<string, string>) => actions.requestSiteMeetingAction(null, form({ slug: SLUG, ...fields }));
  const remindersOf = (clientId: string) => db().select().from(reminders).where(and(eq(reminders.workspaceId, ws), eq(reminders.clientId, clientId)));

  it("creates the new client and the owner's reminder on her date at the usual hour, in the workspace's language", async () => {
    request.locale = "pl";
    const date = almatyDay(3);
    const before = await counts();
    expect(ok(await meet({ name: "Мария Ким", phone: "+7 705 111 22 33", email: "", date, timeOfDay: "evening", note: "Хочу подобрать тон" }))).toEqual({
      message: "Dziękujemy! Zgłoszenie przyjęte",
    });
    expect(await counts()).toMatchObject({ clients: before.clients + 1, reminders: before.reminders + 1, orders: before.orders, rateEvents: before.rateEvents + 1 });
    const [client] = await execute<{ id: string; first_name: string; last_name: string; locale: string }>(
      sql`select c.id, c.first_name, c.last_name, c.locale from clients c join client_phones p on p.client_id = c.id where c.workspace_id = ${ws} and p.e164 = '+77051112233'`,
    );
    expect(client).toMatchObject({ first_name: "Мария", last_name: "Ким", locale: "pl" });
    const [reminder] = await remindersOf(client.id);
    expect(reminder).toMatchObject({
      kind: "manual",
      category: "other",
      assigneeId: ownerId,
      allDay: false,
      doneAt: null,
      title: "Встреча: Мария Ким просит бьюти-сессию",
      description: "Удобное время: вечером\nКонтакты: +7 705 111 2233\nХочу подобрать тон",
    });
    expect(reminder.dueAt.toISOString()).toBe(new Date(`${date}T11:00:00+05:00`).toISOString());
  });

  it("matches an existing client by her phone in another spelling: no second client", async () => {
    const before = await counts();
    ok(await meet({ name: "Дана", phone: "8 (701) 123-45-67", date: almatyDay(0) }));
    expect(await counts()).toMatchObject({ clients: before.clients, reminders: before.reminders + 1 });
    const mine = await remindersOf(danaId);
    const made = mine.find((r) => r.title === "Встреча: Дана просит бьюти-сессию")!;
    expect(made.description).toBe("Удобное время: любое\nКонтакты: +7 701 123 4567");
    expect(made.dueAt.toISOString()).toBe(new Date(`${almatyDay(0)}T11:00:00+05:00`).toISOString());
  });

  it("changes nothing when the honeypot is filled, and thanks all the same", async () => {
    const before = await counts();
    expect(ok(await meet({ name: "Bot", email: "bot@spam.example", date: almatyDay(1), website: "http://spam.example" }))).toEqual({ message: "Спасибо! Заявка принята" });
    expect(await counts()).toEqual(before);
  });

  it("refuses a date in the past, no contact and an unknown time of day; nothing is written", async () => {
    const before = await counts();
    expect(failed(await meet({ name: "Анна", email: "anna@mail.kz", date: almatyDay(-1) })).fieldErrors).toEqual({ date: ["Выберите сегодняшний день или позже"] });
    expect(failed(await meet({ name: "Анна", email: "", date: "", timeOfDay: "midnight" })).fieldErrors).toEqual({
      phone: ["Укажите телефон или e-mail"],
      email: ["Укажите телефон или e-mail"],
      date: ["Заполните это поле"],
      timeOfDay: [expect.any(String)],
    });
    expect(await counts()).toEqual(before);
  });

  it("limits requests per e-mail, apart from orders", async () => {
    for (let i = 0; i < RATE_LIMITS.site_meeting.perIdentity; i++) await recordRateEvent("site_meeting", "often@mail.kz", `198.51.100.${i}`);
    const before = await counts();
    expect(failed(await meet({ name: "Often", email: "Often@mail.kz", date: almatyDay(1) })).formError).toBe("Слишком много заявок подряд. Попробуйте через час.");
    expect(await counts()).toEqual(before);
  });

  it("is refused while the owner has the site switched off", async () => {
    const site = (await getPublicSite(SLUG))!.workspace;
    await updateSiteSettings(ws, { ...site, siteEnabled: false });
    try {
      const before = await counts();
      expect(failed(await meet({ name: "Анна", email: "anna@mail.kz", date: almatyDay(1) })).formError).toBe("Этот сайт сейчас не принимает заказы");
      expect(await counts()).toEqual(before);
    } finally {
      await updateSiteSettings(ws, { ...site, siteEnabled: true });
    }
  });
});
