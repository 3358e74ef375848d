import type { Page } from "@playwright/test";
import { closeMoreSheet, expect, msg, newUser, openMoreSheet, signUp, test, type Locale } from "./helpers";

const L: Locale = "ru";

/** The sections in navigation order, with the h1 each page shows (see components/layout/nav-items.ts). */
const sections = [
  { key: "dashboard", href: "/dashboard", phone: true },
  { key: "clients", href: "/clients", phone: true },
  { key: "orders", href: "/orders", phone: true },
  { key: "reminders", href: "/reminders", phone: true },
  { key: "contacts", href: "/contacts", phone: false },
  { key: "products", href: "/products", phone: false },
  { key: "notifications", href: "/notifications", phone: false },
  { key: "settings", href: "/settings", phone: false },
] as const;

function heading(key: (typeof sections)[number]["key"], name: string): string {
  if (key === "dashboard") return msg(L, "pages.dashboard.greeting", { name });
  if (key === "settings") return msg(L, "settings.title");
  if (key === "notifications") return msg(L, "notifications.title");
  return msg(L, `pages.${key}.title`);
}

function sidebarNav(page: Page) {
  return page.locator("aside").getByRole("navigation", { name: msg(L, "nav.label"), exact: true });
}

async function expectNoHorizontalOverflow(page: Page, what: string) {
  const size = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    innerWidth: window.innerWidth,
    // What sticks out, to make a failure readable.
    culprits: [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)}`),
  }));
  expect(size.scrollWidth, `${what} overflows horizontally: ${size.culprits.join(", ")}`).toBeLessThanOrEqual(size.innerWidth);
}

test.describe("app shell — desktop", () => {
  test.skip(({ isMobile }) => isMobile, "desktop layout only");

  test("sidebar with all 8 links and the account block; no bottom nav", async ({ page }) => {
    const user = await signUp(page, newUser());
    const aside = page.locator("aside");
    await expect(aside).toBeVisible();
    const nav = sidebarNav(page);
    await expect(nav).toBeVisible();
    await expect(nav.getByRole("link")).toHaveText(sections.map((s) => msg(L, `nav.${s.key}`)));
    for (const s of sections) {
      await expect(nav.getByRole("link", { name: msg(L, `nav.${s.key}`), exact: true })).toHaveAttribute("href", s.href);
    }
    await expect(nav.getByRole("link", { name: msg(L, "nav.dashboard"), exact: true })).toHaveAttribute("aria-current", "page");

    // Account block at the bottom of the sidebar: name, language, sign-out.
    await expect(aside.getByText(user.name, { exact: true })).toBeVisible();
    const select = aside.getByRole("combobox", { name: msg(L, "locale.label"), exact: true });
    const signOut = aside.getByRole("button", { name: msg(L, "nav.signOut"), exact: true });
    await expect(select).toBeVisible();
    await expect(signOut).toBeVisible();
    const asideBox = (await aside.boundingBox())!;
    const signOutBox = (await signOut.boundingBox())!;
    const lastLinkBox = (await nav.getByRole("link").last().boundingBox())!;
    expect(signOutBox.y).toBeGreaterThan(lastLinkBox.y);
    expect(asideBox.y + asideBox.height - (signOutBox.y + signOutBox.height)).toBeLessThan(40);

    await expect(page.getByTestId("bottom-nav")).toBeHidden();
    await expect(page.getByRole("button", { name: msg(L, "nav.more"), exact: true })).toHaveCount(0);
  });

  test("every sidebar link opens a page that answers with its h1", async ({ page }) => {
    const user = await signUp(page, newUser());
    const nav = sidebarNav(page);
    for (const s of [...sections].reverse()) {
      await nav.getByRole("link", { name: msg(L, `nav.${s.key}`), exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${s.href}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading(s.key, user.name));
      await expect(nav.getByRole("link", { name: msg(L, `nav.${s.key}`), exact: true })).toHaveAttribute("aria-current", "page");
      // Loaded directly, the page answers 200 as well.
      const response = await page.request.get(s.href);
      expect(response.status(), s.href).toBe(200);
    }
  });
});

test.describe("app shell — phone", () => {
  test.skip(({ isMobile }) => !isMobile, "phone layout only");

  test("bottom nav with 4 links + More; sidebar hidden; More opens the sheet and reaches Settings", async ({ page }) => {
    await signUp(page, newUser());
    const bottom = page.getByTestId("bottom-nav");
    await expect(bottom).toBeVisible();
    await expect(page.locator("aside")).toBeHidden();
    await expect(page.getByRole("navigation", { name: msg(L, "nav.label"), exact: true })).toHaveCount(1); // only the bottom one is exposed
    await expect(bottom.getByRole("link")).toHaveText(sections.filter((s) => s.phone).map((s) => msg(L, `nav.${s.key}`)));
    const more = bottom.getByRole("button", { name: msg(L, "nav.more"), exact: true });
    await expect(more).toBeVisible();

    const sheet = await openMoreSheet(page, L);
    await expect(sheet.getByRole("link")).toHaveText(sections.filter((s) => !s.phone).map((s) => msg(L, `nav.${s.key}`)));
    await expect(sheet.getByRole("combobox", { name: msg(L, "locale.label"), exact: true })).toBeVisible();
    await expect(sheet.getByRole("button", { name: msg(L, "nav.signOut"), exact: true })).toBeVisible();
    // The sheet can be closed again.
    await sheet.getByRole("button", { name: msg(L, "common.close"), exact: true }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);

    await openMoreSheet(page, L);
    await page.getByRole("dialog").getByRole("link", { name: msg(L, "nav.settings"), exact: true }).click();
    await expect(page).toHaveURL(/\/settings$/);
    await closeMoreSheet(page); // see the next test: the sheet should close by itself
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(L, "settings.title"));
    await expect(page.getByLabel(msg(L, "settings.slug"), { exact: true })).toBeVisible();
  });

  test("choosing a section in the More sheet closes the sheet", async ({ page }) => {
    await signUp(page, newUser());
    const sheet = await openMoreSheet(page, L);
    await sheet.getByRole("link", { name: msg(L, "nav.products"), exact: true }).click();
    await expect(page).toHaveURL(/\/products$/);
    // The new page must not stay covered by the modal sheet.
    await expect(page.getByRole("dialog"), "the More sheet stays open after navigating").toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(L, "pages.products.title"));
  });

  test("every bottom-nav and More link opens a page that answers with its h1", async ({ page }) => {
    const user = await signUp(page, newUser());
    const bottom = page.getByTestId("bottom-nav");
    for (const s of [...sections].reverse()) {
      const scope = s.phone ? bottom : await openMoreSheet(page, L);
      await scope.getByRole("link", { name: msg(L, `nav.${s.key}`), exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${s.href}$`));
      await closeMoreSheet(page); // the sheet does not close itself (separate test above)
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading(s.key, user.name));
      await expect(page.getByTestId("bottom-nav").getByRole(s.phone ? "link" : "button", { name: msg(L, s.phone ? `nav.${s.key}` : "nav.more"), exact: true })).toBeVisible();
      const response = await page.request.get(s.href);
      expect(response.status(), s.href).toBe(200);
    }
  });

  test("bottom-nav targets are at least 44px tall", async ({ page }) => {
    await signUp(page, newUser());
    const bottom = page.getByTestId("bottom-nav");
    const targets = bottom.locator("a, button");
    await expect(targets).toHaveCount(5);
    for (const target of await targets.all()) {
      const box = await target.boundingBox();
      expect(box, await target.innerText()).not.toBeNull();
      expect(box!.height, `${await target.innerText()} height`).toBeGreaterThanOrEqual(44);
      expect(box!.width, `${await target.innerText()} width`).toBeGreaterThanOrEqual(44);
    }
  });

  test("at 360px nothing overflows horizontally", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ["/sign-in", "/sign-up", "/forgot-password"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoHorizontalOverflow(page, path);
    }
    const user = await signUp(page, newUser({ name: "Анастасия-Александра Константинопольская" }));
    for (const s of sections) {
      await page.goto(s.href);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading(s.key, user.name));
      await expectNoHorizontalOverflow(page, s.href);
    }
    await openMoreSheet(page, L);
    await expectNoHorizontalOverflow(page, "More sheet");
    // Polish has the longest labels.
    await page.keyboard.press("Escape");
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: "pl", url: new URL("/", page.url()).href }]);
    for (const s of sections) {
      await page.goto(s.href);
      await expect(page.locator("html")).toHaveAttribute("lang", "pl");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoHorizontalOverflow(page, `${s.href} (pl)`);
    }
  });
});

test("signed-out visitors are sent to /sign-in from every section", async ({ page }) => {
  for (const s of sections) {
    await page.goto(s.href);
    await expect(page, s.href).toHaveURL(/\/sign-in$/);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(L, "auth.signIn.title"));
});
