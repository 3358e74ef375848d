import type { Page, TestInfo } from "@playwright/test";
import {
  emailField,
  expect,
  isPhone,
  msg,
  newUser,
  openMoreSheet,
  passwordField,
  signOut,
  signUp,
  test,
  uniqueEmail,
  type Locale,
} from "./helpers";

/**
 * Screenshots for a human look: test-results/screens/<project>-<name>.png.
 * Run alone with `npx playwright test --grep @screens`.
 *
 * "Full page" is taken by growing the viewport to the page's height first: Playwright's own
 * fullPage capture keeps the fixed bottom nav and the sticky sidebar where the first screen
 * ends, which draws them in the middle of a long page. `viewportOnly` keeps the real screen
 * (the "More" sheet is sized to the viewport).
 */
async function shoot(page: Page, testInfo: TestInfo, name: string, { viewportOnly = false } = {}) {
  const path = `test-results/screens/${testInfo.project.name}-${name}.png`;
  const original = page.viewportSize()!;
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => document.fonts.ready);
  if (!viewportOnly) {
    const height = await page.evaluate(() => document.scrollingElement!.scrollHeight);
    if (height > original.height) await page.setViewportSize({ width: original.width, height });
  }
  await page.waitForTimeout(300); // the sheet's slide-in, a relayout after resizing
  await page.screenshot({ path, fullPage: !viewportOnly, animations: "disabled" });
  await page.setViewportSize(original);
  await testInfo.attach(name, { path, contentType: "image/png" });
  expect(path).toContain(testInfo.project.name);
}

test.describe("screenshots", { tag: "@screens" }, () => {
  for (const locale of ["ru", "kk", "pl"] as Locale[]) {
    const suffix = locale === "ru" ? "" : `-${locale}`;

    test(`sign-in, sign-up, dashboard, settings, phone More sheet (${locale})`, async ({ page, context, baseURL }, testInfo) => {
      if (locale !== "ru") {
        await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: new URL("/", baseURL).href }]);
      }
      await page.goto("/sign-in");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("button", { name: msg(locale, "auth.signIn.submit"), exact: true })).toBeVisible();
      await shoot(page, testInfo, `sign-in${suffix}`);

      await page.goto("/sign-up");
      await expect(page.getByRole("button", { name: msg(locale, "auth.signUp.submit"), exact: true })).toBeVisible();
      await shoot(page, testInfo, `sign-up${suffix}`);

      const name = { ru: "Анна Петрова", kk: "Айгүл Сейтқалиқызы", uk: "Оксана Коваленко", pl: "Anna Kowalska" }[locale];
      const user = await signUp(page, newUser({ name }), locale);
      await shoot(page, testInfo, `dashboard${suffix}`);

      await page.goto("/settings");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(locale, "settings.title"));
      await shoot(page, testInfo, `settings${suffix}`);

      // The field error state.
      await page.getByLabel(msg(locale, "settings.slug"), { exact: true }).fill("Bad Slug!");
      await page.getByRole("button", { name: msg(locale, "common.save"), exact: true }).click();
      await expect(page.getByText(msg(locale, "errors.slugFormat"), { exact: true })).toBeVisible();
      await shoot(page, testInfo, `settings-error${suffix}`);

      if (isPhone(page)) {
        await page.goto("/dashboard");
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(locale, "pages.dashboard.greeting", { name: user.name }));
        const sheet = await openMoreSheet(page, locale);
        await expect(sheet.getByRole("button", { name: msg(locale, "nav.signOut"), exact: true })).toBeVisible();
        await shoot(page, testInfo, `more-sheet${suffix}`, { viewportOnly: true });
      }
    });
  }

  test("sign-in error, password reset mail and pages (ru)", async ({ page }, testInfo) => {
    await page.goto("/sign-in");
    await emailField(page).fill(uniqueEmail("nobody"));
    await passwordField(page).fill("wrong-password-1");
    await page.getByRole("button", { name: msg("ru", "auth.signIn.submit"), exact: true }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText(msg("ru", "errors.invalidCredentials"));
    await shoot(page, testInfo, "sign-in-error");

    const user = await signUp(page, newUser({ name: "Анна Петрова" }));
    await signOut(page);
    await page.goto("/forgot-password");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("ru", "auth.forgot.title"));
    await shoot(page, testInfo, "forgot-password");
    await emailField(page).fill(user.email);
    await page.getByRole("button", { name: msg("ru", "auth.forgot.submit"), exact: true }).click();
    await expect(page.getByRole("status")).toHaveText(msg("ru", "auth.forgot.sent"));
    await shoot(page, testInfo, "forgot-password-sent");

    await page.goto("/outbox");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("ru", "outbox.title"));
    await shoot(page, testInfo, "outbox", { viewportOnly: true });
    await page.getByRole("link").filter({ hasText: user.email }).first().click();
    const button = page.frameLocator("iframe").getByRole("link", { name: msg("ru", "emails.passwordReset.button") });
    await expect(button).toBeVisible();
    await shoot(page, testInfo, "outbox-mail", { viewportOnly: true });

    const url = new URL((await button.getAttribute("href"))!);
    await page.goto(url.pathname + url.search);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("ru", "auth.reset.title"));
    await shoot(page, testInfo, "reset-password");
  });
});
