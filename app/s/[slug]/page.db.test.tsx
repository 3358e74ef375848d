import { createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createProduct } from "@/db/queries/products";
import { updateSiteSettings } from "@/db/queries/site";
import { createUserWithWorkspace } from "@/db/queries/users";
import { withTestDb } from "@/db/test-db";
import type { Locale } from "@/lib/locales";
import { formatMoney } from "@/lib/money";
import { CART_COOKIE, serializeCart } from "@/lib/site-cart";
import { loadMessages } from "@/lib/translator";

// The site's pages rendered as the server renders them, with the request stubbed: no
// session, the page language and the cart cookie.

const request = vi.hoisted(() => ({ locale: "ru" as Locale, cookies: new Map<string, string>() }));
vi.mock("@/lib/request-context", () => ({ currentLocale: async () => request.locale, currentMember: async () => null, currentSiteVisitor: async () => null }));
vi.mock("next/server", () => ({ connection: async () => undefined }));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined) }),
}));
vi.mock("next-intl/server", () => ({
  getLocale: async () => request.locale,
  getTranslations: async (namespace: string) => createTranslator({ locale: request.locale, messages: await loadMessages(request.locale), namespace: namespace as "site" }),
}));
// An async server component (the language switch) that renderToStaticMarkup cannot await.
vi.mock("./_components/site-top-bar", () => ({ SiteTopBar: ({ cartCount }: { cartCount: number }) => <a data-testid="cart">{cartCount}</a> }));

const { default: SitePage } = await import("./page");
const { default: CartPage } = await import("./cart/page");

withTestDb();

const SLUG = "dana-site";
const XSS = `<img src=x onerror="alert(1)">`;
let ws = "";
let cream = "";
let perfume = "";
const site = { siteEnabled: true, siteBio: `Косметолог ${XSS}`, sitePhotoUrl: null, sitePhone: "+77011234567", siteWhatsapp: "+77011234567", siteTelegram: "dana_beauty", siteEmail: "dana@mail.kz", siteCategories: ["Уход"] };

async function render(page: Promise<React.ReactElement>) {
  return renderToStaticMarkup(await page);
}
const sitePage = (searchParams: Record<string, string> = {}) => render(SitePage({ params: Promise.resolve({ slug: SLUG }), searchParams: Promise.resolve(searchParams) }));

beforeAll(async () => {
  const w = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const };
  const a = await createUserWithWorkspace({ name: "Дана Омарова", email: "d@site-page.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "Dana Beauty", slug: SLUG } });
  const b = await createUserWithWorkspace({ name: "Ольга", email: "o@site-page.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "Other", slug: "other-page" } });
  ws = a.workspace.id;
  await updateSiteSettings(ws, site);
  const product = (name: string, category: string, price: number, active = true) => ({ sku: null, name, category, price, active, imageUrl: null, description: null });
  cream = (await createProduct(ws, product("Крем для лица", "Уход", 12_500_00))).id;
  await createProduct(ws, product(XSS, "Уход", 1_000_00));
  await createProduct(ws, product("Снятый крем", "Уход", 1_000_00, false));
  perfume = (await createProduct(ws, product("Духи", "Ароматы", 20_000_00))).id;
  await createProduct(b.workspace.id, product("Чужой крем", "Уход", 5_00));
});

beforeEach(() => {
  request.locale = "ru";
  request.cookies.clear();
});

describe("the personal site", () => {
  it("shows the consultant, her contacts and the active catalogue of the shown categories, in the workspace currency", async () => {
    const html = await sitePage();
    expect(html).toContain("<h1");
    expect(html).toContain("Дана Омарова");
    expect(html).toContain('href="tel:+77011234567"');
    expect(html).toContain('href="https://wa.me/77011234567"');
    expect(html).toContain('href="https://t.me/dana_beauty"');
    expect(html).toContain('href="mailto:dana@mail.kz"');
    expect(html).toContain("Крем для лица");
    expect(html).toContain(formatMoney(12_500_00, "KZT", "ru"));
    for (const absent of ["Снятый крем", "Духи", "Чужой крем"]) expect(html).not.toContain(absent);
    expect(html.match(/data-testid="add-to-cart"/g)).toHaveLength(2);
  });

  it("shows what the consultant typed as text", async () => {
    const html = await sitePage();
    expect(html).not.toContain(XSS);
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("searches on the server", async () => {
    const html = await sitePage({ q: "лиц" });
    expect(html).toContain("Крем для лица");
    expect(html.match(/data-testid="add-to-cart"/g)).toHaveLength(1);
    expect(await sitePage({ q: "нет такого" })).toContain("Ничего не нашлось");
  });

  it("answers 404 for an unknown slug and for a site switched off", async () => {
    await expect(render(SitePage({ params: Promise.resolve({ slug: "nobody-here" }), searchParams: Promise.resolve({}) }))).rejects.toThrow("NEXT_NOT_FOUND");
    await updateSiteSettings(ws, { ...site, siteEnabled: false });
    try {
      await expect(sitePage()).rejects.toThrow("NEXT_NOT_FOUND");
      await expect(render(CartPage({ params: Promise.resolve({ slug: SLUG }) }))).rejects.toThrow("NEXT_NOT_FOUND");
    } finally {
      await updateSiteSettings(ws, site);
    }
  });
});

describe("the cart page", () => {
  it("lists the cart with today's prices and the checkout form; hidden products are left out", async () => {
    request.cookies.set(CART_COOKIE, serializeCart([{ productId: cream, quantity: 2 }, { productId: perfume, quantity: 1 }]));
    const html = await render(CartPage({ params: Promise.resolve({ slug: SLUG }) }));
    expect(html).toContain("Крем для лица");
    expect(html).not.toContain("Духи");
    expect(html).toContain(formatMoney(25_000_00, "KZT", "ru"));
    expect(html).toContain('data-testid="checkout"');
    for (const name of ["name", "phone", "email", "note", "website"]) expect(html).toContain(`name="${name}"`);
    expect(html).toMatch(/<a data-testid="cart">2<\/a>/);
  });

  it("says when the cart is empty, with no form", async () => {
    const html = await render(CartPage({ params: Promise.resolve({ slug: SLUG }) }));
    expect(html).toContain("В корзине пока ничего нет.");
    expect(html).not.toContain('data-testid="checkout"');
  });
});

describe("a long catalogue", () => {
  it("comes in pages of 60 with links to the next and previous ones (to the catalogue's heading), keeping the search and category", async () => {
    for (let i = 1; i <= 60; i++) {
      await createProduct(ws, { sku: null, name: `Тоник ${String(i).padStart(2, "0")}`, category: "Уход", price: 1_000_00, active: true, imageUrl: null, description: null });
    }
    const first = await sitePage({ category: "Уход" });
    expect(first.match(/data-testid="add-to-cart"/g)).toHaveLength(60);
    expect(first).toContain('href="/s/dana-site?category=%D0%A3%D1%85%D0%BE%D0%B4&amp;page=2#catalogue"');
    const second = await sitePage({ category: "Уход", page: "2" });
    expect(second.match(/data-testid="add-to-cart"/g)).toHaveLength(2);
    expect(second).toContain('href="/s/dana-site?category=%D0%A3%D1%85%D0%BE%D0%B4#catalogue"');
    expect(second).not.toContain("page=3");
    expect((await sitePage({ page: "x" })).match(/data-testid="add-to-cart"/g)).toHaveLength(60);
  });
});
