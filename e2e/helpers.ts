import { randomBytes, randomInt } from "node:crypto";
import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { IntlMessageFormat } from "intl-messageformat";
import kk from "../messages/kk.json" with { type: "json" };
import pl from "../messages/pl.json" with { type: "json" };
import ru from "../messages/ru.json" with { type: "json" };
import uk from "../messages/uk.json" with { type: "json" };

/** The four catalogues, keyed like the app's locales. */
export const catalogues = { ru, kk, uk, pl } as const;
export type Locale = keyof typeof catalogues;
export const locales = Object.keys(catalogues) as Locale[];
/** What the browser asks for (playwright.config.ts sets `locale: "ru-RU"`), so a fresh visitor sees Russian. */
export const defaultLocale: Locale = "ru";

type Values = Record<string, string | number>;

/**
 * A translated text from the catalogue, e.g. `msg("kk", "auth.signIn.submit")`; ICU arguments
 * and plurals are formatted the way next-intl does (`msg("ru", "pages.dashboard.greeting", { name })`).
 */
export function msg(locale: Locale, key: string, values?: Values): string {
  let node: unknown = catalogues[locale];
  for (const part of key.split(".")) {
    node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== "string") throw new Error(`No message "${key}" in messages/${locale}.json`);
  if (!values && !node.includes("{")) return node;
  return String(new IntlMessageFormat(node, locale).format(values ?? {}));
}

/** A fresh address on every call, so tests never share a user. */
export function uniqueEmail(prefix = "e2e"): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString("hex")}@example.com`;
}

export const defaultPassword = "Secret-pass-123";

export type NewUser = { name: string; email: string; password: string };

export function newUser(overrides: Partial<NewUser> = {}): NewUser {
  return { name: `Анна ${randomBytes(2).toString("hex")}`, email: uniqueEmail(), password: defaultPassword, ...overrides };
}

/**
 * Every test gets its own client address. The app limits failed sign-ins per e-mail AND per IP
 * (30 in 15 minutes, lib/rate-limit.ts) and reads the IP from X-Forwarded-For; without this all
 * runs against one long-lived dev server would share "::1" and, a few runs later, every sign-in
 * (successful ones too) would answer "too many attempts". If the app stops trusting the header,
 * it is simply ignored.
 */
export const test = base.extend({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use) => {
    const ip = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
    await use({ ...extraHTTPHeaders, "x-forwarded-for": ip });
  },
  // `next dev` floats its "N" dev-tools button over the bottom-left corner, exactly where the
  // phone's first bottom-nav tab is, and it takes the clicks. Hidden here; absent in production.
  page: async ({ page }, use) => {
    await page.addInitScript(() => {
      const hide = () => {
        const style = document.createElement("style");
        style.textContent = "nextjs-portal { display: none !important; }";
        document.head.append(style);
      };
      if (document.head) hide();
      else document.addEventListener("DOMContentLoaded", hide, { once: true });
    });
    await use(page);
  },
});
export { expect };

export function isPhone(page: Page): boolean {
  return (page.viewportSize()?.width ?? 1280) < 768;
}

/**
 * Clicks (or otherwise acts) until `check` passes: a control rendered by the server does nothing
 * until React has hydrated it, and the dev server hydrates late on a first compile.
 */
export async function actUntil(act: () => Promise<unknown>, check: () => Promise<unknown>, timeout = 20_000) {
  await expect(async () => {
    await act();
    await check();
  }).toPass({ timeout, intervals: [500, 1000, 2000] });
}

export function emailField(page: Page, locale: Locale = defaultLocale): Locator {
  return page.getByLabel(msg(locale, "auth.email"), { exact: true });
}

export function passwordField(page: Page, locale: Locale = defaultLocale): Locator {
  return page.getByLabel(msg(locale, "auth.password"), { exact: true });
}

/** Signs up through /sign-up and checks the landing on the dashboard with the greeting. */
export async function signUp(page: Page, user: NewUser = newUser(), locale: Locale = defaultLocale): Promise<NewUser> {
  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { level: 1, name: msg(locale, "auth.signUp.title") })).toBeVisible();
  await page.getByLabel(msg(locale, "auth.signUp.name"), { exact: true }).fill(user.name);
  await emailField(page, locale).fill(user.email);
  await passwordField(page, locale).fill(user.password);
  await page.getByRole("button", { name: msg(locale, "auth.signUp.submit"), exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(locale, "pages.dashboard.greeting", { name: user.name }));
  return user;
}

/** Fills the sign-in form and submits it; the caller checks where it lands. */
export async function submitSignIn(page: Page, email: string, password: string, locale: Locale = defaultLocale) {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: msg(locale, "auth.signIn.title") })).toBeVisible();
  await emailField(page, locale).fill(email);
  await passwordField(page, locale).fill(password);
  await page.getByRole("button", { name: msg(locale, "auth.signIn.submit"), exact: true }).click();
}

export async function signIn(page: Page, user: Pick<NewUser, "email" | "password" | "name">, locale: Locale = defaultLocale) {
  await submitSignIn(page, user.email, user.password, locale);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(locale, "pages.dashboard.greeting", { name: user.name }));
}

/** The phone's "More" bottom sheet (a dialog), opened if it is not open yet. */
export async function openMoreSheet(page: Page, locale: Locale = defaultLocale): Promise<Locator> {
  const sheet = page.getByRole("dialog");
  if (await sheet.isVisible()) return sheet;
  const more = page.getByTestId("bottom-nav").getByRole("button", { name: msg(locale, "nav.more"), exact: true });
  await actUntil(() => more.click(), () => expect(sheet).toBeVisible({ timeout: 3_000 }));
  return sheet;
}

/** Closes the phone's "More" sheet if it is open (a modal: it hides the page from the accessibility tree). */
export async function closeMoreSheet(page: Page) {
  const sheet = page.getByRole("dialog");
  if (await sheet.isVisible()) await page.keyboard.press("Escape");
  await expect(sheet).toHaveCount(0);
}

/** Where the account block lives: the desktop sidebar, or the phone's "More" sheet. */
export async function accountArea(page: Page, locale: Locale = defaultLocale): Promise<Locator> {
  return isPhone(page) ? openMoreSheet(page, locale) : page.locator("aside");
}

export async function signOut(page: Page, locale: Locale = defaultLocale) {
  const area = await accountArea(page, locale);
  await area.getByRole("button", { name: msg(locale, "nav.signOut"), exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("heading", { level: 1, name: msg(locale, "auth.signIn.title") })).toBeVisible();
}

/**
 * Chooses a language in the switcher found in `scope` (labelled in the current language, from
 * the catalogue) and waits until `<html lang>` says the page was rendered again in the new one;
 * `rendered` then checks the page's own texts. Retried only while nothing happened yet (the
 * select does nothing before hydration), never after the switch took effect.
 */
export async function switchLocale(page: Page, scope: Locator | Page, from: Locale, to: Locale, rendered: () => Promise<unknown>) {
  const select = scope.getByRole("combobox", { name: msg(from, "locale.label"), exact: true });
  await expect(select).toBeVisible();
  await expect(select).toHaveValue(from);
  const html = page.locator("html");
  await expect(async () => {
    if ((await html.getAttribute("lang")) !== to) await select.selectOption(to, { timeout: 5_000 });
    await expect(html).toHaveAttribute("lang", to, { timeout: 5_000 });
  }).toPass({ timeout: 30_000, intervals: [500, 1000] });
  await rendered();
}
