import { and, eq } from "drizzle-orm";
import { createFormatter, createTranslator, NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { createProduct } from "@/db/queries/products";
import { updateSiteSettings } from "@/db/queries/site";
import { createUserWithWorkspace } from "@/db/queries/users";
import { clients, orders, users } from "@/db/schema";
import { withTestDb } from "@/db/test-db";
import type { Locale } from "@/lib/locales";
import { CART_COOKIE, serializeCart } from "@/lib/site-cart";
import { loadMessages } from "@/lib/translator";

// Issue 9, safety: what a guest types on the personal site shows as text in the app. A name
// and a note carrying markup go in through the site's own actions; the order page, the client
// card and her reminders are rendered as the server renders them, for the consultant.

const XSS = "<img src=x onerror=alert(1)>";
const ESCAPED = "&lt;img src=x onerror=alert(1)&gt;";

const request = vi.hoisted(() => ({ member: null as unknown, customerId: null as string | null, cookies: new Map<string, string>() }));
vi.mock("@/lib/request-context", () => ({
  currentLocale: async () => "ru",
  currentMember: async () => null,
  // The guest on the site, or the customer once she registered.
  currentSiteVisitor: async (workspaceId: string) => {
    const { findUserById } = await import("@/db/queries/users");
    const { findCustomerClient } = await import("@/db/queries/customers");
    const user = request.customerId ? await findUserById(request.customerId) : null;
    return user ? { user, client: await findCustomerClient(workspaceId, user.id) } : null;
  },
  requireMember: async () => request.member, // the consultant in the app
  requestIp: async () => "192.0.2.9",
  appOrigin: async () => "https://clientbook.test",
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => request.cookies.set(name, value),
  }),
}));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
  useRouter: () => ({ refresh: () => {}, push: () => {} }),
}));
vi.mock("next-intl/server", () => ({
  getLocale: async () => "ru",
  getTranslations: async (namespace?: string) => createTranslator({ locale: "ru", messages: await loadMessages("ru"), namespace: namespace as "orders" }),
  getFormatter: async () => createFormatter({ locale: "ru", timeZone: "Asia/Almaty" }),
}));
vi.mock("resend", () => ({ Resend: class {} }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/auth", () => ({ signIn: async () => undefined, signOut: async () => undefined, auth: async () => null }));
// Async server components inside the card are rendered on their own (renderToStaticMarkup cannot await them).
vi.mock("@/app/(app)/clients/[id]/_components/client-reminders", () => ({ ClientReminders: () => null }));
vi.mock("@/app/(app)/clients/[id]/_components/client-contacts", () => ({ ClientContacts: () => null, ContactQuickActions: () => null }));

const site = await import("./actions");
const { default: OrderPage } = await import("@/app/(app)/orders/[id]/page");
const { default: ClientPage } = await import("@/app/(app)/clients/[id]/page");
const { ClientReminders } = await vi.importActual<typeof import("@/app/(app)/clients/[id]/_components/client-reminders")>("@/app/(app)/clients/[id]/_components/client-reminders");

withTestDb();

let ws = "";
let orderId = "";
let clientId = "";
let customerClientId = "";

function form(fields: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}

async function render(node: ReactNode) {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={"ru" satisfies Locale} messages={await loadMessages("ru")} timeZone="Asia/Almaty">
      {node}
    </NextIntlClientProvider>,
  );
}

beforeAll(async () => {
  const a = await createUserWithWorkspace({
    name: "Айгерим",
    email: "owner@xss.kz",
    passwordHash: "h",
    locale: "ru",
    workspace: { country: "KZ", currency: "KZT", timeZone: "Asia/Almaty", defaultLocale: "ru", name: "Beauty", slug: "xss-site" },
  });
  ws = a.workspace.id;
  request.member = { user: { id: a.user.id, name: "Айгерим" }, workspace: a.workspace, role: "owner" };
  const empty = { siteBio: null, sitePhotoUrl: null, sitePhone: null, siteWhatsapp: null, siteTelegram: null, siteEmail: null };
  await updateSiteSettings(ws, { ...empty, siteEnabled: true, siteCategories: null });
  const cream = await createProduct(ws, { sku: null, name: "Крем", category: "Уход", price: 12_500_00, active: true, imageUrl: null, description: null });
  request.cookies.set(CART_COOKIE, serializeCart([{ productId: cream.id, quantity: 1 }]));

  // The guest's order and her meeting request, through the site's actions as a browser posts them.
  const placed = await site.placeSiteOrderAction(null, form({ slug: "xss-site", name: `Анна ${XSS}`, phone: "+77025550101", email: "", note: `Позвоните ${XSS}` }));
  expect(placed?.ok).toBe(true);
  const tomorrow = new Date(Date.now() + 5 * 3600_000 + 86400_000).toISOString().slice(0, 10);
  const asked = await site.requestSiteMeetingAction(null, form({ slug: "xss-site", name: `Анна ${XSS}`, phone: "+77025550101", date: tomorrow, note: `Вечером ${XSS}` }));
  expect(asked?.ok).toBe(true);

  // A customer registers with markup in her name, then writes more into My profile.
  expect((await site.registerAction(null, form({ slug: "xss-site", name: `Мария ${XSS}`, email: "maria@xss.kz", password: "secret-123", phone: "" })))?.ok).toBe(true);
  const [customer] = await db().select().from(users).where(eq(users.email, "maria@xss.kz"));
  request.customerId = customer.id;
  const profile = { slug: "xss-site", firstName: `Мария ${XSS}`, lastName: XSS, "phones.0": "+77025550202", line1: `Абая ${XSS}`, city: XSS, postalCode: "050000", emails: "on" };
  expect((await site.updateProfileAction(null, form(profile)))?.ok).toBe(true);
  customerClientId = (await db().select().from(clients).where(eq(clients.customerUserId, customer.id)))[0].id;

  const [order] = await db().select().from(orders).where(and(eq(orders.workspaceId, ws), eq(orders.number, 1)));
  orderId = order.id;
  clientId = order.clientId;
});

/** The markup is there, as text: escaped, never a tag. */
function expectText(html: string, times = 1) {
  expect(html.split(ESCAPED).length - 1).toBeGreaterThanOrEqual(times);
  expect(html).not.toContain("<img src=x");
  expect(html).not.toMatch(/<img[^>]*onerror/i);
}

describe("customer-entered text in the app", () => {
  it("shows on the order page as text: her name and her note", async () => {
    const html = await render(await OrderPage({ params: Promise.resolve({ id: orderId }) }));
    expect(html).toContain(`Позвоните ${ESCAPED}`);
    expectText(html, 2);
  });

  it("shows on the client card as text", async () => {
    const html = await render(await ClientPage({ params: Promise.resolve({ id: clientId }) }));
    expectText(html);
  });

  it("shows in her reminders as text: the meeting request's title", async () => {
    const html = await render(await ClientReminders({ workspaceId: ws, clientId, timeZone: "Asia/Almaty", canAdd: true }));
    expect(html).toContain(`Встреча: Анна ${ESCAPED} просит бьюти-сессию`);
    expectText(html);
  });

  it("shows a registered customer's own words as text: her name, her address and the feed of her changes", async () => {
    const html = await render(await ClientPage({ params: Promise.resolve({ id: customerClientId }) }));
    expect(html).toContain(`Абая ${ESCAPED}`);
    expect(html).toContain("изменено клиентом на сайте");
    expectText(html, 5);
  });
});
