import type { Page } from "@playwright/test";
import { actUntil, expect, msg, newUser, signUp, test, uniqueEmail, type Locale } from "./helpers";

// The consultant works in Russian; her client reads Polish, so the confirmation is in Polish.
const L: Locale = "ru";
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** A catalogue product through /products/new. */
async function createProduct(page: Page, name: string, price: string) {
  await page.goto("/products/new");
  const create = page.getByRole("button", { name: msg(L, "products.form.create"), exact: true });
  await page.getByLabel(msg(L, "products.form.name"), { exact: true }).fill(name);
  await page.getByLabel(msg(L, "products.form.price", { currency: "₽" }), { exact: true }).fill(price);
  // The form posts with or without JavaScript; the save and redirect may take a while under load.
  await create.click();
  await expect(page).toHaveURL(/\/products(\?.*)?$/, { timeout: 15_000 });
}

/** A client with an e-mail who reads Polish, through /clients/new; returns her id. */
async function createClient(page: Page, lastName: string, email: string) {
  await page.goto("/clients/new");
  await page.getByLabel(msg(L, "clients.form.lastName"), { exact: true }).fill(lastName);
  await page.getByLabel(msg(L, "clients.form.firstName"), { exact: true }).fill("Ewa");
  await page.getByLabel(`${msg(L, "clients.form.email")} 1`, { exact: true }).fill(email);
  await page.getByLabel(msg(L, "clients.form.locale"), { exact: true }).selectOption("pl");
  await page.getByRole("button", { name: msg(L, "clients.form.create"), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/clients/(${UUID})$`), { timeout: 15_000 });
  return new RegExp(`/clients/(${UUID})$`).exec(page.url())![1];
}

/** The money as the app writes it for a Russian reader in roubles (a workspace signed up in Russian). */
const rub = (n: number) => `${new Intl.NumberFormat("ru", { maximumFractionDigits: 0 }).format(n)}\u00a0₽`;

test.describe("orders", () => {
  test("an order from the client's card with a catalogue item and a free item; two payments; delivered; printed; confirmed in her language", async ({ page }) => {
    await signUp(page, newUser());
    const product = `Крем ${Date.now().toString(36)}`;
    await createProduct(page, product, "12 500");
    const email = uniqueEmail("order");
    const clientId = await createClient(page, "Zamówienie", email);

    // From her card: "New order" opens the form with her already chosen.
    await page.getByRole("link", { name: msg(L, "orders.new"), exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`/orders/new\\?client=${clientId}$`));
    await expect(page.getByText("Zamówienie Ewa").first()).toBeVisible();

    // A catalogue item, picked by searching…
    const search = page.getByLabel(msg(L, "orders.form.catalogue"), { exact: true });
    const results = page.getByTestId("catalogue-results");
    await actUntil(() => search.fill(product.slice(0, 8)), () => expect(results.getByRole("button", { name: new RegExp(product) })).toBeVisible({ timeout: 3_000 }));
    await results.getByRole("button", { name: new RegExp(product) }).click();
    const lines = page.getByRole("listitem").filter({ has: page.getByLabel(msg(L, "orders.form.quantity"), { exact: true }) });
    await expect(lines).toHaveCount(1);
    // …and a free item typed in.
    await page.getByRole("button", { name: msg(L, "orders.form.addFree"), exact: true }).click();
    await expect(lines).toHaveCount(2);
    const free = lines.nth(1);
    await free.getByLabel(msg(L, "orders.form.name"), { exact: true }).fill("Пробник");
    await free.getByLabel(msg(L, "orders.form.quantity"), { exact: true }).fill("2");
    await free.getByLabel(msg(L, "orders.form.unitPrice"), { exact: true }).fill("500");
    await page.getByRole("button", { name: msg(L, "orders.form.create"), exact: true }).click();

    await expect(page).toHaveURL(new RegExp(`/orders/(${UUID})$`), { timeout: 15_000 });
    const orderUrl = page.url();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(L, "orders.detail.title", { number: 1 }));
    await expect(page.getByText(msg(L, "orders.status.unprocessed"), { exact: true }).first()).toBeVisible();
    await expect(page.getByText(rub(13_500), { exact: true }).first()).toBeVisible();

    // Two partial payments: partial, then paid.
    const amount = page.getByLabel(msg(L, "orders.payments.amount"), { exact: true });
    const add = page.getByRole("button", { name: msg(L, "orders.payments.add"), exact: true });
    await amount.fill("5000");
    await add.click();
    await expect(page.getByText(msg(L, "orders.paymentStatus.partial"), { exact: true }).first()).toBeVisible();
    // More than is left is refused on the field, saying how much is left.
    await expect(amount).toHaveValue("8500");
    await amount.fill("9000");
    await add.click();
    await expect(amount).toHaveAccessibleDescription(msg(L, "orders.payments.overpaid", { left: rub(8_500) }));
    await amount.fill("8500");
    await add.click();
    await expect(page.getByText(msg(L, "orders.paymentStatus.paid"), { exact: true }).first()).toBeVisible();
    await expect(page.getByText(msg(L, "orders.status.unprocessed"), { exact: true }).first()).toBeVisible(); // payment never moves the status

    // Delivered, recorded after the fact: the form holds its own time, "now" by default.
    const deliver = page.getByTestId("set-status-delivered");
    const at = deliver.locator('input[name="deliveredAt"]');
    await expect(at).toHaveValue(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    await at.fill("2026-11-20T15:30");
    await deliver.getByRole("button").click();
    await expect(page.getByText(msg(L, "orders.status.delivered"), { exact: true }).first()).toBeVisible();
    await expect(page.getByTestId("set-status-delivered")).toHaveCount(0);
    await expect(page.getByTestId("set-status-processed")).toBeVisible(); // moving back stays possible

    // The invoice page, in the reader's language, with a print button.
    await page.goto(`${orderUrl}/print`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("1");
    await expect(page.getByRole("button", { name: msg(L, "orders.print.print"), exact: true })).toBeVisible();
    await expect(page.getByText(product, { exact: true })).toBeVisible();
    await expect(page.getByText("Пробник", { exact: true })).toBeVisible();

    // Her card's figures count the delivered order, and her Orders tab lists it.
    await page.goto(`/clients/${clientId}`);
    await expect(page.getByText(rub(13_500), { exact: true }).first()).toBeVisible();

    // The confirmation went to her in Polish (the outbox keeps it: no Resend key here).
    await page.goto("/outbox");
    const mail = page.getByRole("link").filter({ hasText: email }).first();
    await expect(mail).toContainText(/Zamówienie nr 1/);
  });

  test("the list shows the order and its number finds it; another account cannot open it", async ({ page, browser }) => {
    await signUp(page, newUser());
    await createClient(page, "Lista", uniqueEmail("list"));
    await page.getByRole("link", { name: msg(L, "orders.new"), exact: true }).first().click();
    await page.getByRole("button", { name: msg(L, "orders.form.addFree"), exact: true }).click();
    await page.getByLabel(msg(L, "orders.form.name"), { exact: true }).fill("Набор");
    await page.getByLabel(msg(L, "orders.form.unitPrice"), { exact: true }).fill("990");
    await page.getByRole("button", { name: msg(L, "orders.form.create"), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/orders/(${UUID})$`), { timeout: 15_000 });
    const orderUrl = new URL(page.url()).pathname;

    await page.goto("/orders?q=1");
    await expect(page.locator("table tbody tr")).toHaveCount(1);
    await expect(page.locator("table tbody tr")).toContainText("Lista Ewa");

    // Someone else, signed in elsewhere: not found, for the page and the print sheet.
    const other = await browser.newContext();
    const stranger = await other.newPage();
    await signUp(stranger, newUser());
    for (const path of [orderUrl, `${orderUrl}/print`]) {
      const res = await stranger.goto(path);
      expect(res?.status()).toBe(404);
    }
    await other.close();
  });
});
