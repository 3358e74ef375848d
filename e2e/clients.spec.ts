import type { Locator, Page } from "@playwright/test";
import {
  accountArea,
  actUntil,
  closeMoreSheet,
  expect,
  isPhone,
  msg,
  newUser,
  signUp,
  switchLocale,
  test,
  type Locale,
  type NewUser,
} from "./helpers";

// The client book (app/(app)/clients): every test signs up its own user, so its workspace is
// empty and the numbers, counts and lists below are exactly what the test created.

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const cardUrl = new RegExp(`/clients/(${UUID})$`);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

type NewClient = {
  lastName: string;
  firstName: string;
  /** As typed; the last one with `primary` (or the first) is the primary number. */
  phones?: { value: string; primary?: boolean }[];
  birthday?: { day: number; month: number; year?: number };
};

/** Signs up, then switches the app to `locale` (from the account block / the phone's "More" sheet). */
async function signUpIn(page: Page, locale: Locale): Promise<NewUser> {
  const user = await signUp(page, newUser());
  if (locale === "ru") return user;
  const area = await accountArea(page, "ru");
  await switchLocale(page, area, "ru", locale, async () => {
    await closeMoreSheet(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(locale, "pages.dashboard.greeting", { name: user.name }));
  });
  return user;
}

/** The client form's controls, by their translated labels. */
function clientForm(page: Page, L: Locale) {
  const label = (key: string) => page.getByLabel(msg(L, `clients.form.${key}`), { exact: true });
  const phones = page.getByRole("group", { name: msg(L, "clients.form.phones"), exact: true });
  const birthday = page.getByRole("group", { name: msg(L, "clients.form.birthday"), exact: true });
  return {
    lastName: label("lastName"),
    firstName: label("firstName"),
    middleName: label("middleName"),
    phones,
    phone: (i: number) => phones.getByLabel(`${msg(L, "clients.form.phone")} ${i + 1}`, { exact: true }),
    primaryPhone: (i: number) => phones.getByRole("radio", { name: msg(L, "clients.form.primary"), exact: true }).nth(i),
    addPhone: phones.getByRole("button", { name: msg(L, "clients.form.addPhone"), exact: true }),
    birthDay: birthday.getByLabel(msg(L, "clients.form.day"), { exact: true }),
    birthMonth: birthday.getByLabel(msg(L, "clients.form.month"), { exact: true }),
    birthYear: birthday.getByLabel(msg(L, "clients.form.year"), { exact: true }),
    create: page.getByRole("button", { name: msg(L, "clients.form.create"), exact: true }),
    save: page.getByRole("button", { name: msg(L, "clients.form.save"), exact: true }),
  };
}

/** Opens /clients/new and waits for the form to be hydrated (its "add phone" row appears). */
async function openNewClient(page: Page, L: Locale) {
  await page.goto("/clients/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(L, "clients.form.newTitle"));
  const f = clientForm(page, L);
  await expect(f.phone(0)).toBeVisible();
  return f;
}

/** Makes sure the form has (at least) `count` phone rows; clicking "add" needs hydration. */
async function phoneRows(page: Page, L: Locale, count: number) {
  const f = clientForm(page, L);
  while ((await f.phones.getByRole("textbox").count()) < count) {
    const have = await f.phones.getByRole("textbox").count();
    await actUntil(() => f.addPhone.click(), () => expect(f.phones.getByRole("textbox")).toHaveCount(have + 1, { timeout: 2_000 }));
  }
}

/** Creates a client through the form and returns her id (from the card's URL). */
async function createClient(page: Page, L: Locale, c: NewClient): Promise<string> {
  const f = await openNewClient(page, L);
  const phones = c.phones ?? [];
  // Rows are React state: add them first, which also proves the form is hydrated.
  await phoneRows(page, L, Math.max(2, phones.length));
  await f.lastName.fill(c.lastName);
  await f.firstName.fill(c.firstName);
  for (const [i, p] of phones.entries()) {
    await f.phone(i).fill(p.value);
    if (p.primary) await f.primaryPhone(i).check();
  }
  if (c.birthday) {
    await f.birthDay.selectOption(String(c.birthday.day));
    await f.birthMonth.selectOption(String(c.birthday.month));
    if (c.birthday.year) await f.birthYear.fill(String(c.birthday.year));
  }
  await f.create.click();
  await expect(page).toHaveURL(cardUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${c.lastName} ${c.firstName}`);
  return cardUrl.exec(page.url())![1];
}

/** The rows of the client list: table rows on a wide screen, the same rows drawn as cards on a phone. */
function listRows(page: Page): Locator {
  return page.locator("table tbody tr");
}

/** The visible name link of a client in the list (table cell or card). */
function listed(page: Page, name: string): Locator {
  return page.getByRole("link", { name, exact: true });
}

/** Submits the quick search and waits for the URL to carry it. */
async function quickSearch(page: Page, L: Locale, q: string) {
  const box = page.getByRole("searchbox", { name: msg(L, "clients.searchLabel"), exact: true });
  const submit = page.getByRole("button", { name: msg(L, "clients.search"), exact: true });
  await actUntil(
    async () => {
      await box.fill(q);
      await submit.click();
    },
    () => expect(page).toHaveURL((url) => url.pathname === "/clients" && url.searchParams.get("q") === q, { timeout: 3_000 }),
  );
  await expect(box).toHaveValue(q);
}

/** A card's tab (Radix tabs: clicking does nothing before hydration). */
async function openTab(page: Page, L: Locale, tab: string): Promise<Locator> {
  const trigger = page.getByRole("tab", { name: msg(L, `clients.card.tabs.${tab}`), exact: true });
  await actUntil(() => trigger.click(), () => expect(trigger).toHaveAttribute("aria-selected", "true", { timeout: 2_000 }));
  return page.getByRole("tabpanel", { name: msg(L, `clients.card.tabs.${tab}`), exact: true });
}

test.describe("client book", () => {
  test("1. a client with only last and first name, in Polish: her card shows the name and № 1", async ({ page }) => {
    const L: Locale = "pl";
    const user = await signUpIn(page, L);

    // The empty book invites to add the first client.
    await page.goto("/clients");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(L, "clients.title"));
    await expect(page.getByText(msg(L, "clients.emptyBook"), { exact: true })).toBeVisible();
    await page.getByRole("link", { name: msg(L, "clients.new"), exact: true }).first().click();
    await expect(page).toHaveURL(/\/clients\/new$/);

    const f = clientForm(page, L);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(L, "clients.form.newTitle"));
    await expect(page.getByText(msg(L, "clients.form.requiredHint"), { exact: true })).toBeVisible();
    await f.lastName.fill("Kowalska");
    await f.firstName.fill("Zofia");
    await f.create.click();

    await expect(page).toHaveURL(cardUrl);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kowalska Zofia");
    await expect(page.getByText(msg(L, "clients.card.number", { number: 1 }), { exact: true })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", L);
    await expect(page.getByRole("link", { name: msg(L, "clients.card.actions.edit"), exact: true })).toBeVisible();
    // No phone, no call buttons; the history says who added her.
    await expect(page.getByRole("link", { name: msg(L, "clients.card.actions.call"), exact: true })).toHaveCount(0);
    const activity = page.getByRole("tabpanel", { name: msg(L, "clients.card.tabs.activity"), exact: true });
    await expect(activity.getByRole("listitem")).toHaveText([new RegExp(escapeRe(msg(L, "clients.card.activity.created", { actor: user.name })))]);

    // The list counts her.
    await page.goto("/clients");
    await expect(page.getByText(msg(L, "clients.count", { count: 1 }), { exact: true })).toBeVisible();
    await expect(listed(page, "Kowalska Zofia")).toBeVisible();
    await expect(listRows(page)).toHaveCount(1);
  });

  test("2. two phones typed as people type them, the second primary; an invalid one is refused", async ({ page }) => {
    const L: Locale = "ru";
    await signUpIn(page, L);

    // "12" is no phone: the field says so in Russian and nothing is saved.
    const f = await openNewClient(page, L);
    await phoneRows(page, L, 2); // an empty second row is simply left out
    await f.lastName.fill("Неверова");
    await f.firstName.fill("Ирина");
    await f.phone(0).fill("12");
    await f.create.click();
    await expect(f.phone(0)).toHaveAttribute("aria-invalid", "true");
    await expect(f.phone(0)).toHaveAccessibleDescription(msg(L, "errors.invalidPhone"));
    await expect(page.getByText(msg(L, "errors.invalidPhone"), { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/\/clients\/new$/);
    // What was typed stays, so it can be corrected.
    await expect(f.phone(0)).toHaveValue("12");
    await expect(f.lastName).toHaveValue("Неверова");
    await page.goto("/clients");
    await expect(page.getByText(msg(L, "clients.emptyBook"), { exact: true })).toBeVisible();
    await expect(page.getByText(msg(L, "clients.count", { count: 0 }), { exact: true })).toBeVisible();

    // Two good numbers, as people write them; the Polish one is the primary.
    await createClient(page, L, {
      lastName: "Телефонова",
      firstName: "Алия",
      phones: [{ value: "8 701 123 45 67" }, { value: "+48 601-234-567", primary: true }],
    });
    const phones = page.getByRole("definition").filter({ has: page.locator('a[href^="tel:"]') });
    const kz = page.getByRole("link", { name: /^\+7 701 123 4567/ });
    const plPhone = page.getByRole("link", { name: /^\+48 601 234 567/ });
    await expect(kz).toHaveAttribute("href", "tel:+77011234567");
    await expect(plPhone).toHaveAttribute("href", "tel:+48601234567");
    const mobile = msg(L, "clients.form.phoneLabels.mobile");
    const primary = msg(L, "clients.form.primary");
    await expect(kz).toHaveText(`+7 701 123 4567 ${mobile}`);
    await expect(plPhone).toHaveText(`+48 601 234 567 ${mobile} · ${primary}`);
    await expect(phones.getByText(primary, { exact: false })).toHaveCount(1);
    // The quick actions call the primary number.
    await expect(page.getByRole("link", { name: msg(L, "clients.card.actions.call"), exact: true })).toHaveAttribute("href", "tel:+48601234567");
    await expect(page.getByRole("link", { name: msg(L, "clients.card.actions.whatsapp"), exact: true })).toHaveAttribute("href", "https://wa.me/48601234567");

    // The list shows the primary number, formatted, as a call link.
    await page.goto("/clients");
    await expect(page.getByText(msg(L, "clients.count", { count: 1 }), { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: msg(L, "clients.call", { phone: "+48 601 234 567" }), exact: true })).toHaveAttribute(
      "href",
      "tel:+48601234567",
    );
  });

  test("3. edit a client; a stale edit from a second tab is refused with the conflict message", async ({ page, context }) => {
    const L: Locale = "ru";
    await signUpIn(page, L);
    const id = await createClient(page, L, { lastName: "Правкина", firstName: "Ольга" });

    // A plain edit, from the card's "Edit" button.
    await actUntil(
      () => page.getByRole("link", { name: msg(L, "clients.card.actions.edit"), exact: true }).click(),
      () => expect(page).toHaveURL(new RegExp(`/clients/${id}/edit$`), { timeout: 3_000 }),
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(L, "clients.form.editTitle"));
    let f = clientForm(page, L);
    await expect(f.lastName).toHaveValue("Правкина");
    await expect(f.firstName).toHaveValue("Ольга");
    await f.firstName.fill("Ольга-Мария");
    await f.middleName.fill("Петровна");
    await f.save.click();
    await expect(page).toHaveURL(new RegExp(`/clients/${id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Правкина Ольга-Мария Петровна");
    const activity = page.getByRole("tabpanel", { name: msg(L, "clients.card.tabs.activity"), exact: true });
    const fields = [msg(L, "clients.card.changedFields.firstName"), msg(L, "clients.card.changedFields.middleName")];
    await expect(activity.getByRole("listitem").first()).toContainText(new RegExp(`(${fields.join(", ")}|${[...fields].reverse().join(", ")})`));

    // Two tabs of the same browser open the edit page of the same version.
    const first = page;
    const second = await context.newPage();
    for (const p of [first, second]) {
      await p.goto(`/clients/${id}/edit`);
      await expect(clientForm(p, L).firstName).toHaveValue("Ольга-Мария");
    }
    f = clientForm(first, L);
    await f.firstName.fill("Первая");
    await f.save.click();
    await expect(first).toHaveURL(new RegExp(`/clients/${id}$`));
    await expect(first.getByRole("heading", { level: 1 })).toHaveText("Правкина Первая Петровна");

    const g = clientForm(second, L);
    await g.firstName.fill("Вторая");
    await g.save.click();
    await expect(second.getByRole("alert").filter({ hasText: msg(L, "errors.conflict") })).toBeVisible();
    await expect(second).toHaveURL(new RegExp(`/clients/${id}/edit$`));
    // The stale form keeps what was typed…
    await expect(g.firstName).toHaveValue("Вторая");
    // …and the first save stays.
    await second.goto(`/clients/${id}`);
    await expect(second.getByRole("heading", { level: 1 })).toHaveText("Правкина Первая Петровна");
    await second.close();
  });

  test("4. search by a phone fragment and by a misspelt surname finds the client, with highlights", async ({ page }) => {
    const L: Locale = "ru";
    await signUpIn(page, L);
    await createClient(page, L, { lastName: "Жұмабаева", firstName: "Айгерим", phones: [{ value: "8 701 123 45 67" }] });
    await createClient(page, L, { lastName: "Смирнова", firstName: "Вера", phones: [{ value: "+48 512 345 678" }] });
    const aigerim = "Жұмабаева Айгерим";
    const vera = "Смирнова Вера";
    await page.goto("/clients");
    await expect(page.getByText(msg(L, "clients.count", { count: 2 }), { exact: true })).toBeVisible();

    // The last digits, as said aloud, find the number ending …45 67 only.
    await quickSearch(page, L, "45 67");
    await expect(listed(page, aigerim)).toBeVisible();
    await expect(listed(page, vera)).toHaveCount(0);
    await expect(listRows(page)).toHaveCount(1);
    await expect(page.getByRole("link", { name: msg(L, "clients.call", { phone: "+7 701 123 4567" }), exact: true })).toBeVisible();

    // A prefix typed on a Russian keyboard (у for ұ) finds and highlights the Kazakh surname.
    await quickSearch(page, L, "жумаб");
    await expect(listed(page, aigerim)).toBeVisible();
    await expect(listRows(page)).toHaveCount(1);
    await expect(listed(page, aigerim).locator("mark")).toHaveText("Жұмабаева");

    // A typo (о for а) still finds her.
    await quickSearch(page, L, "Жумобаева");
    await expect(listed(page, aigerim)).toBeVisible();
    await expect(listed(page, vera)).toHaveCount(0);
    await expect(listRows(page)).toHaveCount(1);

    // Nothing at all: the translated "no results" with the query.
    await quickSearch(page, L, "Ззззыкова");
    await expect(page.getByText(msg(L, "clients.noResults", { q: "Ззззыкова" }), { exact: true })).toBeVisible();
  });

  test("4b. a typo match highlights the surname it matched", async ({ page }) => {
    const L: Locale = "ru";
    await signUpIn(page, L);
    await createClient(page, L, { lastName: "Жұмабаева", firstName: "Айгерим" });
    await page.goto("/clients");
    await quickSearch(page, L, "Жумобаева");
    const aigerim = listed(page, "Жұмабаева Айгерим");
    await expect(aigerim).toBeVisible();
    await expect(aigerim.locator("mark")).toHaveText("Жұмабаева", { timeout: 3_000 });
  });

  test("5. birthday filter across the new year: 20 December – 10 January", async ({ page }) => {
    const L: Locale = "ru";
    await signUpIn(page, L);
    await createClient(page, L, { lastName: "Декабрёва", firstName: "Анна", birthday: { day: 25, month: 12 } });
    await createClient(page, L, { lastName: "Январёва", firstName: "Бэла", birthday: { day: 5, month: 1, year: 1990 } });
    await createClient(page, L, { lastName: "Июнева", firstName: "Вика", birthday: { day: 15, month: 6 } });
    await page.goto("/clients");
    await expect(page.getByText(msg(L, "clients.count", { count: 3 }), { exact: true })).toBeVisible();
    await expect(listRows(page)).toHaveCount(3);

    const open = page.getByRole("button", { name: msg(L, "clients.filters"), exact: true });
    const sheet = page.getByRole("dialog", { name: msg(L, "clients.filter.title"), exact: true });
    await actUntil(() => open.click(), () => expect(sheet).toBeVisible({ timeout: 2_000 }));
    await expect(sheet.getByText(msg(L, "clients.filter.birthdayHint"), { exact: true })).toBeVisible();
    const from = msg(L, "clients.filter.birthdayFrom");
    const to = msg(L, "clients.filter.birthdayTo");
    const day = msg(L, "clients.form.day");
    const month = msg(L, "clients.form.month");
    await sheet.getByLabel(`${from}: ${day}`, { exact: true }).selectOption("20");
    await sheet.getByLabel(`${from}: ${month}`, { exact: true }).selectOption({ label: msg(L, "clients.months.12") });
    await sheet.getByLabel(`${to}: ${day}`, { exact: true }).selectOption("10");
    await sheet.getByLabel(`${to}: ${month}`, { exact: true }).selectOption({ label: msg(L, "clients.months.1") });
    await sheet.getByRole("button", { name: msg(L, "clients.filter.apply"), exact: true }).click();

    await expect(sheet).toBeHidden();
    await expect(page).toHaveURL((url) => url.searchParams.get("bday") === "1220-0110");
    await expect(page.getByText(msg(L, "clients.count", { count: 2 }), { exact: true })).toBeVisible();
    await expect(listRows(page)).toHaveCount(2);
    await expect(listed(page, "Декабрёва Анна")).toBeVisible();
    await expect(listed(page, "Январёва Бэла")).toBeVisible();
    await expect(listed(page, "Июнева Вика")).toHaveCount(0);
    await expect(page.getByRole("button", { name: msg(L, "clients.filtersCount", { count: 1 }), exact: true })).toBeVisible();
    if (!isPhone(page)) {
      // The birthday column: day and month without a year, a short date with one.
      const rows = listRows(page);
      await expect(rows.filter({ hasText: "Декабрёва" })).toContainText("25 декабря");
      await expect(rows.filter({ hasText: "Январёва" })).toContainText("05.01.1990");
    }

    // The URL alone reproduces the list (a bookmark); resetting brings everyone back.
    await page.goto("/clients?bday=1220-0110");
    await expect(listRows(page)).toHaveCount(2);
    await actUntil(() => page.getByRole("button", { name: msg(L, "clients.filtersCount", { count: 1 }), exact: true }).click(), () =>
      expect(sheet).toBeVisible({ timeout: 2_000 }),
    );
    await expect(sheet.getByLabel(`${from}: ${day}`, { exact: true })).toHaveValue("20");
    await expect(sheet.getByLabel(`${to}: ${month}`, { exact: true })).toHaveValue("1");
    await sheet.getByRole("button", { name: msg(L, "clients.filter.reset"), exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/clients" && !url.searchParams.has("bday"));
    await expect(listRows(page)).toHaveCount(3);
  });

  test("6. archive, find in the archive, bring back, archive again and erase with the typed last name", async ({ page }) => {
    const L: Locale = "uk";
    const user = await signUpIn(page, L);
    const name = "Архівна Галина";
    const id = await createClient(page, L, { lastName: "Архівна", firstName: "Галина" });

    const archive = page.getByRole("button", { name: msg(L, "clients.card.actions.archive"), exact: true });
    const unarchive = page.getByRole("button", { name: msg(L, "clients.card.actions.unarchive"), exact: true });
    const banner = page.getByRole("status").filter({ has: unarchive });
    await actUntil(() => archive.click(), () => expect(unarchive).toBeVisible({ timeout: 3_000 }));
    await expect(banner).toBeVisible();
    await expect(archive).toHaveCount(0);
    const history = page.getByRole("tabpanel", { name: msg(L, "clients.card.tabs.activity"), exact: true });
    await expect(history.getByRole("listitem").first()).toContainText(msg(L, "clients.card.activity.archived", { actor: user.name }));

    // Gone from the active list, listed in the archive tab.
    await page.goto("/clients");
    await expect(page.getByText(msg(L, "clients.emptyBook"), { exact: true })).toBeVisible();
    await page.getByRole("link", { name: msg(L, "clients.archive"), exact: true }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get("archived") === "1");
    await expect(page.getByRole("link", { name: msg(L, "clients.archive"), exact: true })).toHaveAttribute("aria-current", "page");
    await expect(listed(page, name)).toBeVisible();
    await expect(listRows(page)).toHaveCount(1);

    // Back from the archive, from her card.
    await listed(page, name).click();
    await expect(page).toHaveURL(new RegExp(`/clients/${id}$`));
    await actUntil(() => unarchive.click(), () => expect(archive).toBeVisible({ timeout: 3_000 }));
    await expect(banner).toHaveCount(0);
    await page.goto("/clients?archived=1");
    await expect(page.getByText(msg(L, "clients.emptyArchive"), { exact: true })).toBeVisible();
    await page.goto("/clients");
    await expect(listed(page, name)).toBeVisible();

    // Archived again, then erased: a wrong last name first.
    await page.goto(`/clients/${id}`);
    await actUntil(() => archive.click(), () => expect(unarchive).toBeVisible({ timeout: 3_000 }));
    const erase = page.getByRole("button", { name: msg(L, "clients.card.actions.erase"), exact: true });
    const dialog = page.getByRole("dialog", { name: msg(L, "clients.card.eraseTitle"), exact: true });
    await actUntil(() => erase.click(), () => expect(dialog).toBeVisible({ timeout: 2_000 }));
    await expect(dialog).toContainText(msg(L, "clients.card.eraseText", { lastName: "Архівна" }));
    const confirm = dialog.getByLabel(msg(L, "clients.card.eraseConfirm"), { exact: true });
    const submit = dialog.getByRole("button", { name: msg(L, "clients.card.eraseSubmit"), exact: true });
    await confirm.fill("Архивна");
    await submit.click();
    await expect(dialog.getByRole("textbox")).toHaveAttribute("aria-invalid", "true");
    await expect(dialog.getByText(msg(L, "errors.confirmMismatch"), { exact: true })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/clients/${id}$`));

    await dialog.getByRole("textbox").fill("архівна"); // any case will do
    await submit.click();
    await expect(page).toHaveURL((url) => url.pathname === "/clients" && url.searchParams.get("archived") === "1");
    await expect(page.getByText(msg(L, "clients.emptyArchive"), { exact: true })).toBeVisible();
    const gone = await page.goto(`/clients/${id}`);
    expect(gone?.status()).toBe(404);
    expect((await page.request.get(`/clients/${id}/vcard`)).status()).toBe(404);
  });

  test("7. notes: Ctrl+Enter saves a note; it is listed and the history says so (Kazakh)", async ({ page }) => {
    const L: Locale = "kk";
    const user = await signUpIn(page, L);
    await createClient(page, L, { lastName: "Нұрланова", firstName: "Дана" });

    const notes = await openTab(page, L, "notes");
    await expect(notes.getByText(msg(L, "clients.card.notes.empty"), { exact: true })).toBeVisible();
    const box = notes.getByLabel(msg(L, "clients.card.notes.label"), { exact: true });
    await expect(box).toHaveAccessibleDescription(msg(L, "clients.card.notes.hint"));
    const body = "Аллергия на латекс.\nТек таңертең келеді.";
    await box.fill(body);
    await box.press("Control+Enter");

    const item = notes.getByRole("listitem").filter({ hasText: "Аллергия на латекс." });
    await expect(item).toBeVisible();
    await expect(item).toContainText(user.name);
    await expect(notes.getByText(msg(L, "clients.card.notes.empty"), { exact: true })).toHaveCount(0);
    await expect(box).toHaveValue("");
    await expect(notes.getByRole("listitem")).toHaveCount(1);

    const activity = await openTab(page, L, "activity");
    const added = activity.getByRole("listitem").filter({ hasText: msg(L, "clients.card.activity.note_added", { actor: user.name }) });
    await expect(added).toHaveCount(1);
    await expect(added).toContainText("Аллергия на латекс.");

    // Still there after a reload.
    await page.reload();
    const again = await openTab(page, L, "notes");
    await expect(again.getByRole("listitem").filter({ hasText: "Тек таңертең келеді." })).toBeVisible();
  });

  test("8. bulk: select two clients and archive them after a confirmation naming the count", async ({ page }) => {
    const L: Locale = "ru";
    await signUpIn(page, L);
    const names = ["Первая Анна", "Вторая Бэла", "Третья Вика"];
    for (const n of names) {
      const [lastName, firstName] = n.split(" ");
      await createClient(page, L, { lastName, firstName });
    }
    await page.goto("/clients");
    await expect(listRows(page)).toHaveCount(3);

    const rows = listRows(page);
    const bar = page.getByRole("region", { name: msg(L, "dataTable.actions"), exact: true });
    const tick = (name: string) => rows.filter({ has: listed(page, name) }).getByRole("checkbox", { name: msg(L, "dataTable.selectRow"), exact: true });
    await actUntil(() => tick(names[0]).click(), () => expect(tick(names[0])).toBeChecked({ timeout: 2_000 }));
    await tick(names[1]).click();
    await expect(tick(names[1])).toBeChecked();
    await expect(bar).toContainText(msg(L, "dataTable.selected", { count: 2 }));

    await bar.getByRole("button", { name: msg(L, "clients.bulk.archive"), exact: true }).click();
    const dialog = page.getByRole("dialog", { name: msg(L, "dataTable.confirmTitle"), exact: true });
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAccessibleDescription(msg(L, "clients.bulk.confirmArchive", { count: 2 }));
    await dialog.getByRole("button", { name: msg(L, "dataTable.confirm"), exact: true }).click();

    await expect(dialog).toBeHidden();
    await expect(page.getByText(msg(L, "clients.bulk.done", { count: 2 }), { exact: true })).toBeVisible();
    await expect(bar).toHaveCount(0);
    await expect(listRows(page)).toHaveCount(1);
    await expect(listed(page, names[2])).toBeVisible();
    await expect(listed(page, names[0])).toHaveCount(0);
    await expect(listed(page, names[1])).toHaveCount(0);
    await expect(page.getByText(msg(L, "clients.count", { count: 1 }), { exact: true })).toBeVisible();

    await page.goto("/clients?archived=1");
    await expect(listRows(page)).toHaveCount(2);
    await expect(listed(page, names[0])).toBeVisible();
    await expect(listed(page, names[1])).toBeVisible();
  });

  test("9. the vCard download is text/vcard with the name and phone", async ({ page }) => {
    const L: Locale = "ru";
    await signUpIn(page, L);
    const id = await createClient(page, L, { lastName: "Визиткина", firstName: "Мадина", phones: [{ value: "8 701 123 45 67" }] });
    await expect(page.getByRole("link", { name: msg(L, "clients.card.actions.vcard"), exact: true })).toHaveAttribute("href", `/clients/${id}/vcard`);

    const response = await page.request.get(`/clients/${id}/vcard`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/vcard\b/);
    expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
    const text = await response.text();
    expect(text.startsWith("BEGIN:VCARD\r\n")).toBe(true);
    expect(text.trimEnd().endsWith("END:VCARD")).toBe(true);
    expect(text).toMatch(/^N:Визиткина;Мадина;/m);
    expect(text).toMatch(/^FN:Мадина Визиткина\r?$/m);
    expect(text).toContain("+77011234567");

    // Not for strangers: without the session the download is refused.
    const anonymous = await page.context().browser()!.newContext();
    try {
      const refused = await anonymous.request.get(new URL(`/clients/${id}/vcard`, page.url()).toString(), { maxRedirects: 0 });
      expect([401, 307, 302, 303]).toContain(refused.status());
    } finally {
      await anonymous.close();
    }
  });
});

test.describe("client book — phone layout", () => {
  test.skip(({ isMobile }) => !isMobile, "phone layout only");

  test("the list is a column of cards titled by the name, with labelled first columns and a call link", async ({ page }) => {
    const L: Locale = "ru";
    await signUpIn(page, L);
    await createClient(page, L, { lastName: "Карточкина", firstName: "Ева", phones: [{ value: "8 701 123 45 67" }], birthday: { day: 25, month: 12 } });
    await page.goto("/clients");
    const cards = listRows(page);
    await expect(cards).toHaveCount(1);
    const title = cards.getByRole("link", { name: "Карточкина Ева", exact: true });
    await expect(title).toBeVisible();
    // The name titles the card although the number column comes first; the birthday (sixth) waits for a wider screen.
    const number = cards.locator("td", { hasText: /^\d+$/ });
    expect((await title.boundingBox())!.y).toBeLessThan((await number.boundingBox())!.y);
    await expect(number).toHaveAttribute("data-label", msg(L, "clients.columns.number"));
    await expect(cards.getByText("25 декабря", { exact: true })).toBeHidden();
    await expect(cards.getByRole("link", { name: msg(L, "clients.call", { phone: "+7 701 123 4567" }), exact: true })).toBeVisible();
    const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
    expect(overflow, "the list overflows horizontally").toBeLessThanOrEqual(0);
  });
});
