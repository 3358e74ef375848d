import { randomInt } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect, msg, newUser, signUp, test, uniqueEmail, type Locale } from "./helpers";

// Customers' accounts on the personal site: one person registers with two consultants with one
// e-mail, keeps her details current, hearts products; her session never opens the app.

/** Switches the signed-in consultant's site on (Settings → Personal site) and returns its slug. */
async function openSite(page: Page, l: Locale = "ru") {
  await page.goto("/settings");
  const slug = await page.getByLabel(msg(l, "settings.slug"), { exact: true }).inputValue();
  await page.getByRole("switch", { name: msg(l, "settings.site.enabled"), exact: true }).click();
  await page.getByRole("button", { name: msg(l, "settings.site.save"), exact: true }).click();
  await expect(page.getByRole("status")).toHaveText(msg(l, "settings.site.saved"));
  return slug;
}

/** A visitor's own browser, from her own address (limits are per IP), in a language. */
async function visitor(browser: Browser, baseURL: string, l: Locale) {
  const ctx = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` } });
  await ctx.addCookies([{ name: "NEXT_LOCALE", value: l, url: baseURL }]);
  return ctx;
}

async function register(page: Page, slug: string, l: Locale, who: { name: string; email: string; password: string }) {
  await page.goto(`/s/${slug}/register`);
  const form = page.getByTestId("register");
  await form.locator('input[name="name"]').fill(who.name);
  await form.locator('input[name="email"]').fill(who.email);
  await form.locator('input[name="password"]').fill(who.password);
  await form.getByRole("button", { name: msg(l, "site.account.register"), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/s/${slug}/profile\\?welcome=1$`), { timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1, name: msg(l, "site.profile.title"), exact: true })).toBeVisible();
}

test("a customer registers with two consultants with one e-mail and edits her phone; the consultant sees it; her session never opens the app", async ({ page, browser, baseURL }) => {
  const L: Locale = "ru";
  await signUp(page, newUser());
  const slug = await openSite(page);

  const ctx = await visitor(browser, baseURL!, L);
  const customer = await ctx.newPage();
  const who = { name: "Жанна Ким", email: uniqueEmail("customer"), password: "her-secret-1" };
  await register(customer, slug, L, who);
  // Signed out, she registers with the seeded demo consultant with the same e-mail and
  // password: the same account joins that book too.
  await customer.getByRole("button", { name: msg(L, "site.account.signOut"), exact: true }).click();
  await expect(customer).toHaveURL(new RegExp(`/s/${slug}$`));
  await register(customer, "demo", L, who);

  // My profile on the first site: a new phone, typed the local way.
  await customer.goto(`/s/${slug}/profile`);
  const profile = customer.getByTestId("profile");
  await profile.getByLabel(`${msg(L, "site.profile.phone")} 1`, { exact: true }).fill("8 701 765 43 21");
  await profile.getByRole("button", { name: msg(L, "site.profile.save"), exact: true }).click();
  await expect(profile.getByRole("status")).toHaveText(msg(L, "site.profile.saved"));

  // A customer is not a member: an app address shows her account page with both consultants.
  await customer.goto("/clients");
  await expect(customer).toHaveURL(/\/account$/);
  await expect(customer.getByRole("heading", { level: 1, name: msg(L, "customerAccount.title") })).toBeVisible();
  await expect(customer.getByRole("link", { name: /Beauty by Aigerim/ })).toBeVisible();
  await ctx.close();

  // The consultant: a notification of the registration, the phone and the customer's change on the card.
  await page.goto("/notifications");
  await expect(page.getByRole("link", { name: msg(L, "notifications.kinds.site_registration", { name: "Ким Жанна" }), exact: true })).toBeVisible();
  await page.goto(`/clients?q=${encodeURIComponent(who.email)}`);
  await page.getByRole("link", { name: /Ким Жанна/ }).first().click();
  await expect(page).toHaveURL(/\/clients\/[0-9a-f-]{36}$/);
  await expect(page.getByText("+7 701 765 4321").first()).toBeVisible();
  await expect(page.getByText(who.email).first()).toBeVisible();
  await expect(page.getByText(/изменено клиентом на сайте: телефоны: — → \+7 701 765 4321/)).toBeVisible();
});

for (const l of ["pl", "kk"] as const) {
  test(`a customer registers on the demo site, hearts a product and finds it in her profile, in ${l}`, async ({ browser, baseURL }) => {
    const ctx = await visitor(browser, baseURL!, l);
    const page = await ctx.newPage();
    await page.goto("/s/demo");
    // A guest's heart asks her to sign in; the invitation leads to registration.
    await page.getByRole("link", { name: msg(l, "site.account.register"), exact: true }).click();
    await expect(page).toHaveURL(/\/s\/demo\/register$/);
    await register(page, "demo", l, { name: "Ewa Nowak", email: uniqueEmail(`customer-${l}`), password: "her-secret-1" });
    await expect(page.getByText(msg(l, "site.profile.wishlistEmpty"))).toBeVisible();

    await page.goto("/s/demo");
    const heart = page.getByTestId("wish").first();
    await expect(heart).toHaveAttribute("aria-pressed", "false");
    await heart.click();
    await expect(page.getByTestId("wish").first()).toHaveAttribute("aria-pressed", "true");
    await page.getByTestId("account").click();
    await expect(page.getByRole("heading", { level: 2, name: msg(l, "site.profile.wishlist"), exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: msg(l, "site.profile.wishlist") }).getByTestId("wish")).toHaveCount(1);
    await ctx.close();
  });
}
