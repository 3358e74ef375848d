import type { BrowserContext, Page } from "@playwright/test";
import { accountArea, closeMoreSheet, expect, isPhone, type Locale, msg, newUser, signUp, switchLocale, test } from "./helpers";

/** The sign-in page is fully in `locale`: heading, fields, button, links and <html lang>. */
async function expectSignInIn(page: Page, locale: Locale) {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(locale, "auth.signIn.title"));
  await expect(page.getByRole("button", { name: msg(locale, "auth.signIn.submit"), exact: true })).toBeVisible();
  await expect(page.getByLabel(msg(locale, "auth.password"), { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: msg(locale, "auth.signIn.forgot"), exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: msg(locale, "auth.signIn.signUp"), exact: true })).toBeVisible();
  await expect(page.getByRole("combobox", { name: msg(locale, "locale.label"), exact: true })).toHaveValue(locale);
}

/** The app shell and dashboard are in `locale`. */
async function expectDashboardIn(page: Page, locale: Locale, name: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(locale, "pages.dashboard.greeting", { name }));
  await expect(page.getByText(msg(locale, "pages.dashboard.empty"), { exact: true })).toBeVisible();
  if (isPhone(page)) {
    const bottom = page.getByTestId("bottom-nav");
    await expect(bottom.getByRole("link", { name: msg(locale, "nav.clients"), exact: true })).toBeVisible();
    await expect(bottom.getByRole("button", { name: msg(locale, "nav.more"), exact: true })).toBeVisible();
  } else {
    const nav = page.getByRole("navigation", { name: msg(locale, "nav.label"), exact: true });
    await expect(nav.getByRole("link", { name: msg(locale, "nav.clients"), exact: true })).toBeVisible();
    await expect(nav.getByRole("link", { name: msg(locale, "nav.settings"), exact: true })).toBeVisible();
  }
}

async function localeCookies(context: BrowserContext) {
  return (await context.cookies()).filter((c) => c.name === "NEXT_LOCALE");
}

/** Exactly one NEXT_LOCALE cookie, for the whole site, holding `locale`. */
async function expectCookie(context: BrowserContext, locale: Locale) {
  await expect.poll(async () => (await localeCookies(context)).map((c) => `${c.path}=${c.value}`)).toEqual([`/=${locale}`]);
}

test.describe("language switch", () => {
  test("a fresh visitor gets the browser's language (ru) on the sign-in page", async ({ page, context }) => {
    await page.goto("/sign-in");
    await expectSignInIn(page, "ru");
    expect(await localeCookies(context)).toEqual([]);
  });

  test("sign-in page: kk → ru → uk → pl, each on the very next render", async ({ page, context }) => {
    await page.goto("/sign-in");
    await expectSignInIn(page, "ru");
    const order: Locale[] = ["kk", "ru", "uk", "pl"];
    let current: Locale = "ru";
    for (const next of order) {
      await switchLocale(page, page, current, next, () => expectSignInIn(page, next));
      await expectCookie(context, next);
      current = next;
    }
    // A reload keeps the language (cookie), and so do other pages.
    await page.reload();
    await expectSignInIn(page, "pl");
    await page.getByRole("link", { name: msg("pl", "auth.signIn.signUp"), exact: true }).click();
    await expect(page).toHaveURL(/\/sign-up$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("pl", "auth.signUp.title"));
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  });

  test("seed-000 regression: after kk, ru takes effect at once and everywhere (no cookie clearing)", async ({ page, context }) => {
    await page.goto("/sign-in");
    await switchLocale(page, page, "ru", "kk", () => expectSignInIn(page, "kk"));
    await expectCookie(context, "kk");

    // kk sticks across pages and reloads…
    await page.goto("/sign-up");
    await expect(page.locator("html")).toHaveAttribute("lang", "kk");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("kk", "auth.signUp.title"));

    // …and switching to ru on a different page than the one kk was chosen on takes effect on
    // the very next render: no reload, no cookie clearing.
    await switchLocale(page, page, "kk", "ru", async () => {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("ru", "auth.signUp.title"));
      await expect(page.getByRole("button", { name: msg("ru", "auth.signUp.submit"), exact: true })).toBeVisible();
    });
    await expectCookie(context, "ru");

    // ru everywhere afterwards, including the page where kk was picked.
    await page.goto("/sign-in");
    await expectSignInIn(page, "ru");
    await page.reload();
    await expectSignInIn(page, "ru");
    await page.goto("/forgot-password");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("ru", "auth.forgot.title"));
  });

  test("a leftover kk cookie on a narrower path cannot pin the language", async ({ page, context, baseURL }) => {
    // As an older build might have left it: NEXT_LOCALE=kk scoped to /sign-in only.
    await context.addCookies([{ name: "NEXT_LOCALE", value: "kk", domain: new URL(baseURL!).hostname, path: "/sign-in" }]);
    expect((await localeCookies(context)).map((c) => c.path)).toEqual(["/sign-in"]);
    await page.goto("/sign-in");
    await expectSignInIn(page, "kk");
    await switchLocale(page, page, "kk", "ru", () => expectSignInIn(page, "ru"));
    await page.reload();
    await expectSignInIn(page, "ru");
  });

  test("inside the app: kk → ru → uk → pl from the account block, kept after reload", async ({ page, context }) => {
    const user = await signUp(page, newUser());
    await expectDashboardIn(page, "ru", user.name);
    let current: Locale = "ru";
    for (const next of ["kk", "ru", "uk", "pl"] as Locale[]) {
      // On a phone the switcher is in the "More" sheet, on desktop at the bottom of the sidebar.
      const area = await accountArea(page, current);
      await switchLocale(page, area, current, next, async () => {
        // The account block itself is translated too (the sheet may stay open on a phone).
        if (!isPhone(page) || (await area.isVisible())) {
          await expect(area.getByRole("button", { name: msg(next, "nav.signOut"), exact: true })).toBeVisible();
          await expect(area.getByText(msg(next, "nav.roles.owner"), { exact: false })).toBeVisible();
        }
        await closeMoreSheet(page);
        await expectDashboardIn(page, next, user.name);
      });
      await expectCookie(context, next);
      current = next;
    }

    await page.reload();
    await expectDashboardIn(page, "pl", user.name);

    // Another section, same language.
    await page.goto("/settings");
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("pl", "settings.title"));
  });

  test("inside the app: kk then ru on another page takes effect at once", async ({ page, context }) => {
    const user = await signUp(page, newUser());
    const h1 = page.getByRole("heading", { level: 1 });
    await switchLocale(page, await accountArea(page, "ru"), "ru", "kk", async () => {
      await closeMoreSheet(page);
      await expect(h1).toHaveText(msg("kk", "pages.dashboard.greeting", { name: user.name }));
    });
    await expectCookie(context, "kk");

    await page.goto("/settings");
    await expect(h1).toHaveText(msg("kk", "settings.title"));
    await switchLocale(page, await accountArea(page, "kk"), "kk", "ru", async () => {
      await closeMoreSheet(page);
      await expect(h1).toHaveText(msg("ru", "settings.title"));
      await expect(page.getByLabel(msg("ru", "settings.slug"), { exact: true })).toBeVisible();
    });
    await expectCookie(context, "ru");

    await page.goto("/dashboard");
    await expectDashboardIn(page, "ru", user.name);
  });
});
