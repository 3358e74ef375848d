import type { BrowserContext, Page } from "@playwright/test";
import { expect, msg, newUser, signOut, signUp, submitSignIn, test, type Locale } from "./helpers";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
/** A workspace signed up in Russian keeps Moscow time (lib/workspace-options.ts regionDefaults). */
const zones: Record<Locale, string> = { ru: "Europe/Moscow", kk: "Asia/Almaty", uk: "Europe/Kyiv", pl: "Europe/Warsaw" };

/** A date and time as the app writes it for a reader of `locale` in the workspace's zone. */
const when = (locale: Locale, iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: zones[locale] }).format(new Date(iso));

/** Today's date in the workspace's zone, as a date input wants it. */
const todayIn = (zone: string) => new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(new Date());

async function speak(context: BrowserContext, locale: Locale, baseURL: string) {
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
}

async function createClient(page: Page, L: Locale, lastName: string) {
  await page.goto("/clients/new");
  await page.getByLabel(msg(L, "clients.form.lastName"), { exact: true }).fill(lastName);
  await page.getByLabel(msg(L, "clients.form.firstName"), { exact: true }).fill("Дана");
  await page.getByRole("button", { name: msg(L, "clients.form.create"), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/clients/(${UUID})$`), { timeout: 15_000 });
  return new RegExp(`/clients/(${UUID})$`).exec(page.url())![1];
}

/** A reminder through the form, for the client already picked (opened from her card). */
async function fillReminder(page: Page, L: Locale, title: string, dueAt: string, category?: string) {
  await page.getByLabel(msg(L, "reminders.form.title"), { exact: true }).fill(title);
  await page.getByLabel(msg(L, "reminders.form.dueAt"), { exact: true }).fill(dueAt);
  if (category) await page.getByLabel(msg(L, "reminders.form.category"), { exact: true }).selectOption(category);
  await page.getByRole("button", { name: msg(L, "reminders.form.create"), exact: true }).click();
}

const rows = (page: Page) => page.locator("table tbody tr");

test.describe("reminders", () => {
  test("delivering an order makes its three 2+2+2 calls; a tick crosses one out; the dialog after signing in; filters", async ({ page }) => {
    const L: Locale = "ru";
    const user = await signUp(page, newUser());
    const clientId = await createClient(page, L, "Звонкова");

    // An order from her card, delivered on 31 January at 15:30 (Moscow).
    await page.goto(`/orders/new?client=${clientId}`);
    await page.getByRole("button", { name: msg(L, "orders.form.addFree"), exact: true }).click();
    await page.getByLabel(msg(L, "orders.form.name"), { exact: true }).fill("Крем");
    await page.getByLabel(msg(L, "orders.form.unitPrice"), { exact: true }).fill("1000");
    await page.getByRole("button", { name: msg(L, "orders.form.create"), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/orders/${UUID}$`), { timeout: 15_000 });
    const deliver = page.getByTestId("set-status-delivered");
    await deliver.locator('input[name="deliveredAt"]').fill("2026-01-31T15:30");
    await deliver.getByRole("button").click();
    await expect(page.getByTestId("set-status-delivered")).toHaveCount(0);

    // Three calls at 11:00: 2 February, 14 February and 31 March (two calendar months).
    await page.goto("/reminders");
    await expect(rows(page)).toHaveCount(3);
    const expected = [
      [msg(L, "reminders.auto.follow_up", { step: 1, number: 1 }), when(L, "2026-02-02T08:00:00Z")],
      [msg(L, "reminders.auto.follow_up", { step: 2, number: 1 }), when(L, "2026-02-14T08:00:00Z")],
      [msg(L, "reminders.auto.follow_up", { step: 3, number: 1 }), when(L, "2026-03-31T08:00:00Z")],
    ];
    for (const [i, [title, due]] of expected.entries()) {
      await expect(rows(page).nth(i)).toContainText(title);
      await expect(rows(page).nth(i)).toContainText(due);
      await expect(rows(page).nth(i)).toContainText("Звонкова Дана");
    }

    // Tick the first: it is crossed out at once and stays in place; it leaves the open list next time.
    const first = rows(page).first();
    const title = first.getByRole("link", { name: expected[0][0] });
    await first.getByTestId("reminder-tick").check();
    await expect(title).toHaveCSS("text-decoration-line", "line-through");
    await expect(page.getByText(msg(L, "reminders.doneToast"), { exact: true })).toBeVisible();
    await page.reload();
    await expect(rows(page)).toHaveCount(2);
    await page.getByRole("link", { name: msg(L, "reminders.state.all"), exact: true }).click();
    await expect(rows(page)).toHaveCount(3);
    await expect(rows(page).first().getByRole("link", { name: expected[0][0] })).toHaveCSS("text-decoration-line", "line-through");
    await expect(rows(page).nth(1).getByRole("link", { name: expected[1][0] })).toHaveCSS("text-decoration-line", "none");

    // A reminder of her own for today, from the client's card.
    await page.goto(`/reminders/new?client=${clientId}`);
    await fillReminder(page, L, "Напомнить про оплату", `${todayIn(zones[L])}T00:01`, "will_pay");
    await expect(page).toHaveURL(new RegExp(`/clients/${clientId}$`));
    await page.getByRole("tab", { name: msg(L, "clients.card.tabs.reminders"), exact: true }).click();
    await expect(page.getByTestId("client-reminders")).toContainText("Напомнить про оплату");

    // Filters: category, then period "today".
    await page.goto("/reminders?category=will_pay");
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText("Напомнить про оплату");
    await page.goto("/reminders");
    await page.getByRole("link", { name: msg(L, "reminders.period.today"), exact: true }).click();
    await expect(page).toHaveURL(/period=today/);
    await expect(rows(page)).toHaveCount(1);
    await page.getByRole("button", { name: msg(L, "reminders.filter.buttonCount", { count: 1 }), exact: true }).click();
    const sheet = page.getByRole("dialog");
    await sheet.getByLabel(msg(L, "reminders.filter.category"), { exact: true }).selectOption("invoice_sent");
    await sheet.getByRole("button", { name: msg(L, "reminders.filter.apply"), exact: true }).click();
    await expect(page).toHaveURL(/category=invoice_sent/);
    await expect(page.getByText(msg(L, "reminders.emptyFiltered"), { exact: true })).toBeVisible();

    // Signing in again: today's and overdue ones in a dialog; "Later" puts it away for today.
    await signOut(page, L);
    await submitSignIn(page, user.email, user.password, L);
    await expect(page).toHaveURL(/\/dashboard$/);
    const dialog = page.getByTestId("due-dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("Напомнить про оплату");
    await expect(dialog).toContainText(expected[1][0]);
    await dialog.getByRole("button", { name: msg(L, "reminders.dialog.later"), exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByTestId("due-dialog")).toHaveCount(0);
    // The badge counts them: two open calls (overdue) and today's.
    await expect(page.getByText(msg(L, "nav.dueReminders", { count: 3 })).first()).toBeAttached();
  });

  test("an outgoing call logged from the card with 'remind me' and the information copied into the reminder", async ({ page }) => {
    const L: Locale = "ru";
    await signUp(page, newUser());
    const clientId = await createClient(page, L, "Контактова");
    // As the card's "Call" quick action offers it: outgoing call, this client.
    await page.goto(`/contacts/new?client=${clientId}&channel=call&direction=outgoing`);
    const info = "Договорились о доставке в пятницу";
    await page.getByLabel(msg(L, "contacts.form.address"), { exact: true }).fill("+7 701 123 45 67");
    await page.getByLabel(msg(L, "contacts.form.information"), { exact: true }).fill(info);
    await page.getByRole("switch", { name: msg(L, "contacts.form.remind"), exact: true }).click();
    await page.getByLabel(msg(L, "contacts.form.remindAt"), { exact: true }).fill("2026-12-04T10:00");
    await page.getByRole("button", { name: msg(L, "contacts.form.copy"), exact: true }).click();
    await expect(page.getByLabel(msg(L, "contacts.form.remindText"), { exact: true })).toHaveValue(info);
    await page.getByRole("button", { name: msg(L, "contacts.form.create"), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/clients/${clientId}`), { timeout: 15_000 });

    // The card's feed and Contacts tab show the call; the reminder is on the list.
    await expect(page.getByText(new RegExp(`${msg(L, "contacts.channel.call")}, ${msg(L, "contacts.direction.outgoing").toLowerCase()}: ${info}`)).first()).toBeVisible();
    await page.getByRole("tab", { name: msg(L, "clients.card.tabs.contacts"), exact: true }).click();
    await expect(page.getByRole("tabpanel")).toContainText(info);
    await page.goto("/reminders");
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText(info);
    await expect(rows(page).first()).toContainText(when(L, "2026-12-04T07:00:00Z"));
    // The contacts list has it too.
    await page.goto("/contacts");
    await expect(page.locator("table tbody tr")).toHaveCount(1);
    await expect(page.locator("table tbody tr").first()).toContainText("Контактова");
  });

  for (const L of ["kk", "uk"] as const) {
    test(`a reminder made, ticked and reopened in ${L}`, async ({ page, context, baseURL }) => {
      await speak(context, L, baseURL!);
      await signUp(page, newUser(), L);
      const clientId = await createClient(page, L, L === "kk" ? "Сапарова" : "Коваленко");
      await page.goto(`/reminders/new?client=${clientId}&back=/reminders`);
      await fillReminder(page, L, "Қоңырау / Дзвінок", "2026-12-24T10:15", "ready_to_ship");
      await expect(page).toHaveURL(/\/reminders$/);
      await expect(rows(page)).toHaveCount(1);
      const row = rows(page).first();
      await expect(row).toContainText(when(L, new Date(Date.parse("2026-12-24T10:15:00Z") - (L === "kk" ? 5 : 2) * 3_600_000).toISOString()));
      await expect(row).toContainText(msg(L, "reminders.category.ready_to_ship"));
      await row.getByTestId("reminder-tick").check();
      await expect(page.getByText(msg(L, "reminders.doneToast"), { exact: true })).toBeVisible();
      await page.goto("/reminders?state=done");
      await expect(rows(page)).toHaveCount(1);
      await rows(page).first().getByTestId("reminder-tick").uncheck();
      await expect(page.getByText(msg(L, "reminders.reopenedToast"), { exact: true })).toBeVisible();
      await page.goto("/reminders");
      await expect(rows(page)).toHaveCount(1);
    });
  }
});
