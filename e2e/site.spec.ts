import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, msg, newUser, signUp, test, uniqueEmail, type Locale } from "./helpers";

// The personal site, end to end: the consultant switches it on, a guest (another browser,
// no account) orders from it, and the order lands in the consultant's book.
const L: Locale = "ru";

/** A catalogue product through /products/new (a workspace signed up in Russian counts in roubles). */
async function createProduct(page: Page, name: string, price: string) {
  await page.goto("/products/new");
  await page.getByLabel(msg(L, "products.form.name"), { exact: true }).fill(name);
  await page.getByLabel(msg(L, "products.form.price", { currency: "₽" }), { exact: true }).fill(price);
  await page.getByRole("button", { name: msg(L, "products.form.create"), exact: true }).click();
  await expect(page).toHaveURL(/\/products(\?.*)?$/, { timeout: 15_000 });
}

test("a guest orders from the personal site; the consultant sees a new order, a notification and a reminder", async ({ page, browser }) => {
  const consultant = await signUp(page, newUser());
  const product = `Крем ${Date.now().toString(36)}`;
  await createProduct(page, product, "12 500");

  // Settings → Personal site: on, with a bio; then the link to it.
  await page.goto("/settings");
  const slug = await page.getByLabel(msg(L, "settings.slug"), { exact: true }).inputValue();
  const enabled = page.getByRole("switch", { name: msg(L, "settings.site.enabled"), exact: true });
  await enabled.click();
  await expect(enabled).toBeChecked();
  await page.getByLabel(msg(L, "settings.site.bio"), { exact: true }).fill("Подберу уход под ваш тип кожи");
  await page.getByRole("button", { name: msg(L, "settings.site.save"), exact: true }).click();
  await expect(page.getByRole("status")).toHaveText(msg(L, "settings.site.saved"));
  await expect(page.getByRole("link", { name: new RegExp(msg(L, "settings.site.view")) })).toHaveAttribute("href", new RegExp(`/s/${slug}$`));

  // A guest: another browser, no account, her own address.
  const guestContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` } });
  const guest = await guestContext.newPage();
  await guest.goto(`/s/${slug}`);
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText(consultant.name);
  await expect(guest.getByText("Подберу уход под ваш тип кожи")).toBeVisible();
  const card = guest.getByRole("listitem").filter({ hasText: product });
  await expect(card).toContainText("12 500");
  const cart = guest.getByTestId("cart");
  await expect(cart).toContainText("0");
  await card.getByTestId("add-to-cart").click();
  await expect(cart).toContainText("1");
  await cart.click();
  await expect(guest).toHaveURL(new RegExp(`/s/${slug}/cart$`));

  const checkout = guest.getByTestId("checkout");
  await checkout.locator('input[name="name"]').fill("Гостья Тестова");
  await checkout.locator('input[name="phone"]').fill("8 701 555 12 34");
  const guestEmail = uniqueEmail("guest");
  await checkout.locator('input[name="email"]').fill(guestEmail);
  await checkout.locator('textarea[name="note"]').fill("Позвоните после 18:00");
  await checkout.getByRole("button", { name: msg(L, "site.checkout.submit"), exact: true }).click();
  await expect(guest.getByRole("heading", { level: 2, name: msg(L, "site.checkout.thanks", { number: 1 }) })).toBeVisible({ timeout: 15_000 });
  await expect(cart).toContainText("0");

  // Her confirmation carries a one-click unsubscribe link (the local outbox keeps the mail).
  await guest.goto("/outbox");
  await guest.getByRole("link").filter({ hasText: guestEmail }).first().click();
  const unsubscribe = await guest.frameLocator("iframe").getByRole("link", { name: msg(L, "emails.unsubscribe") }).getAttribute("href");
  expect(unsubscribe).toMatch(/\/unsubscribe\/[\w.-]+$/);
  await guest.goto(new URL(unsubscribe!).pathname);
  await guest.getByRole("button", { name: msg(L, "unsubscribe.button"), exact: true }).click();
  await expect(guest.getByText(msg(L, "unsubscribe.done"))).toBeVisible();
  await guestContext.close();

  // The consultant: a badge on Orders, the order in bold, a notification and a reminder.
  await page.goto("/orders");
  const nav = page.getByRole("navigation", { name: msg(L, "nav.label") });
  await expect(nav.getByRole("link", { name: new RegExp(`^${msg(L, "nav.orders")}`) })).toContainText("1");
  // Unopened, it stands out in bold and says so to a screen reader.
  await expect(page.getByRole("link", { name: new RegExp(msg(L, "orders.list.newOrder")) }).first()).toHaveCSS("font-weight", "700");
  await page.goto("/reminders");
  await expect(page.getByRole("link", { name: msg(L, "reminders.auto.site_order", { number: "1" }) }).first()).toBeVisible();
  await page.goto("/notifications");
  const notice = page.getByRole("link", { name: msg(L, "notifications.kinds.site_order", { number: "1" }), exact: true });
  await expect(notice).toBeVisible();
  await expect(page.getByText(msg(L, "notifications.client", { name: "Тестова Гостья" }))).toBeVisible();

  // Opening the order makes it unprocessed.
  await notice.click();
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByText(msg(L, "orders.status.unprocessed"), { exact: true }).first()).toBeVisible();
  await expect(page.getByText(product).first()).toBeVisible();
});

/** The day after today where the demo consultant lives (Almaty, UTC+5), as a date input takes it. */
const almatyTomorrow = () => new Date(Date.now() + 5 * 3600_000 + 86400_000).toISOString().slice(0, 10);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("a guest orders from the seeded demo site and asks for a beauty session, in Polish and in Kazakh", async ({ browser, baseURL }) => {
  for (const l of ["pl", "kk"] as const) {
    const ctx = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` } });
    await ctx.addCookies([{ name: "NEXT_LOCALE", value: l, url: baseURL! }]);
    const guest = await ctx.newPage();
    await guest.goto("/s/demo");
    await expect(guest.getByRole("heading", { level: 2, name: msg(l, "site.catalogue.title"), exact: true })).toBeVisible();

    const cart = guest.getByTestId("cart");
    await guest.getByTestId("add-to-cart").first().click();
    await expect(cart).toContainText("1");
    await cart.click();
    await expect(guest.getByRole("heading", { level: 1, name: msg(l, "site.cart.title"), exact: true })).toBeVisible();
    const checkout = guest.getByTestId("checkout");
    await checkout.getByLabel(msg(l, "site.checkout.name"), { exact: true }).fill("Gość E2E");
    await checkout.getByLabel(msg(l, "site.checkout.email"), { exact: true }).fill(uniqueEmail(`guest-${l}`));
    await checkout.getByRole("button", { name: msg(l, "site.checkout.submit"), exact: true }).click();
    // "Dziękujemy! Zamówienie nr 7 przyjęte": the catalogue's text around a real number.
    const [before, after] = msg(l, "site.checkout.thanks", { number: "§" }).split("§");
    await expect(guest.getByRole("heading", { level: 2, name: new RegExp(`^${escapeRegExp(before)}\\d+${escapeRegExp(after)}$`) })).toBeVisible({ timeout: 15_000 });

    // The meeting request from the site's front page.
    await guest.goto("/s/demo");
    await guest.getByRole("link", { name: msg(l, "site.meeting.link"), exact: true }).click();
    await expect(guest.getByRole("heading", { level: 1, name: msg(l, "site.meeting.title"), exact: true })).toBeVisible();
    const meeting = guest.getByTestId("meeting");
    await meeting.getByLabel(msg(l, "site.checkout.name"), { exact: true }).fill("Gość E2E");
    await meeting.getByLabel(msg(l, "site.checkout.phone"), { exact: true }).fill(`+7 702 ${randomInt(100, 999)} ${randomInt(10, 99)} ${randomInt(10, 99)}`);
    await meeting.getByLabel(msg(l, "site.meeting.date"), { exact: true }).fill(almatyTomorrow());
    await meeting.getByLabel(msg(l, "site.meeting.timeOfDay"), { exact: true }).selectOption({ label: msg(l, "site.meeting.times.evening") });
    await meeting.getByRole("button", { name: msg(l, "site.meeting.submit"), exact: true }).click();
    await expect(guest.getByRole("heading", { level: 2, name: msg(l, "site.meeting.thanks"), exact: true })).toBeVisible({ timeout: 15_000 });
    await ctx.close();
  }
});
