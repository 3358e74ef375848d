import type { Page } from "@playwright/test";
import { expect, isPhone, msg, newUser, signUp, test, type Locale } from "./helpers";

const L: Locale = "ru";

function form(page: Page) {
  const label = (key: string) => page.getByLabel(msg(L, key), { exact: true });
  return {
    name: label("settings.name"),
    slug: label("settings.slug"),
    country: label("settings.country"),
    currency: label("settings.currency"),
    timeZone: label("settings.timeZone"),
    defaultLocale: label("settings.defaultLocale"),
    amounts: page.getByRole("spinbutton", { name: msg(L, "settings.cadenceAmount"), exact: true }),
    units: page.getByRole("combobox", { name: msg(L, "settings.cadenceUnit"), exact: true }),
    save: page.getByRole("button", { name: msg(L, "common.save"), exact: true }),
    status: page.getByRole("status"),
  };
}

async function openSettings(page: Page) {
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(L, "settings.title"));
  await expect(page.getByRole("heading", { level: 2, name: msg(L, "settings.workspace") })).toBeVisible();
  return form(page);
}

/** The hint under the follow-up calls, e.g. "…: 3 дня + 10 дней + 1 месяц". */
function cadenceHint(steps: [number, "day" | "week" | "month"][]) {
  const summary = steps.map(([count, unit]) => msg(L, `settings.units.${unit}`, { count })).join(" + ");
  return msg(L, "settings.cadenceHint", { summary });
}

test.describe("workspace settings (owner)", () => {
  test("a new workspace starts with the region of its language and 2+2+2", async ({ page }) => {
    const user = await signUp(page, newUser());
    const f = await openSettings(page);
    await expect(f.name).toHaveValue(user.name);
    await expect(f.slug).toHaveValue(/^[a-z0-9-]{3,40}$/);
    await expect(f.country).toHaveValue("RU");
    await expect(f.currency).toHaveValue("RUB");
    await expect(f.timeZone).toHaveValue("Europe/Moscow");
    await expect(f.defaultLocale).toHaveValue("ru");
    await expect(f.amounts).toHaveCount(3);
    await expect(f.units).toHaveCount(3);
    for (const [i, unit] of (["day", "week", "month"] as const).entries()) {
      await expect(f.amounts.nth(i)).toHaveValue("2");
      await expect(f.units.nth(i)).toHaveValue(unit);
    }
    await expect(page.getByText(cadenceHint([[2, "day"], [2, "week"], [2, "month"]]), { exact: true })).toBeVisible();
    await expect(f.save).toBeEnabled();
  });

  test("owner changes name, country, follow-ups and saves; the values persist after reload", async ({ page }) => {
    await signUp(page, newUser());
    const f = await openSettings(page);
    const slug = await f.slug.inputValue();
    const newName = `Студия красоты ${Date.now().toString(36)}`;

    await f.name.fill(newName);
    await f.country.selectOption("KZ");
    await f.amounts.nth(0).fill("3");
    await f.amounts.nth(1).fill("10");
    await f.units.nth(1).selectOption("day");
    await f.amounts.nth(2).fill("1");
    await f.save.click();
    await expect(f.status).toHaveText(msg(L, "settings.saved"));
    await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
    await expect(f.name).toHaveValue(newName);

    await page.reload();
    const g = form(page);
    await expect(g.name).toHaveValue(newName);
    await expect(g.slug).toHaveValue(slug);
    await expect(g.country).toHaveValue("KZ");
    await expect(g.currency).toHaveValue("RUB");
    await expect(g.amounts.nth(0)).toHaveValue("3");
    await expect(g.units.nth(0)).toHaveValue("day");
    await expect(g.amounts.nth(1)).toHaveValue("10");
    await expect(g.units.nth(1)).toHaveValue("day");
    await expect(g.amounts.nth(2)).toHaveValue("1");
    await expect(g.units.nth(2)).toHaveValue("month");
    await expect(g.status).toHaveCount(0);
    // The summary hint follows, with Russian plurals.
    await expect(page.getByText(cadenceHint([[3, "day"], [10, "day"], [1, "month"]]), { exact: true })).toBeVisible();
    // The shell shows the new workspace name in the account block.
    if (!isPhone(page)) await expect(page.locator("aside").getByText(newName, { exact: false })).toBeVisible();
  });

  test("a bad slug shows the translated field error and nothing is saved", async ({ page }) => {
    const user = await signUp(page, newUser());
    const f = await openSettings(page);
    const slug = await f.slug.inputValue();

    await f.name.fill("Должно не сохраниться");
    await f.slug.fill("Bad Slug!");
    await f.amounts.nth(0).fill("5");
    await f.save.click();

    await expect(f.slug).toHaveAttribute("aria-invalid", "true");
    await expect(f.slug).toHaveAccessibleDescription(new RegExp(escape(msg(L, "errors.slugFormat"))));
    await expect(page.getByText(msg(L, "errors.slugFormat"), { exact: true })).toBeVisible();
    await expect(f.status).toHaveCount(0);
    // The form keeps what was typed, so it can be corrected.
    await expect(f.slug).toHaveValue("Bad Slug!");
    await expect(f.name).toHaveValue("Должно не сохраниться");
    await expect(f.name).not.toHaveAttribute("aria-invalid", "true");

    await page.reload();
    const g = form(page);
    await expect(g.slug).toHaveValue(slug);
    await expect(g.name).toHaveValue(user.name);
    await expect(g.amounts.nth(0)).toHaveValue("2");
    await expect(g.slug).not.toHaveAttribute("aria-invalid", "true");
  });
});

test.describe("workspace settings (owner), the form after a save", () => {
  test("right after a save the form shows the saved values, selects included", async ({ page }) => {
    await signUp(page, newUser());
    const f = await openSettings(page);
    await f.country.selectOption("KZ");
    await f.units.nth(1).selectOption("day");
    await f.amounts.nth(1).fill("10");
    await f.save.click();
    await expect(f.status).toHaveText(msg(L, "settings.saved"));
    await expect(f.amounts.nth(1)).toHaveValue("10");
    await expect(f.country, "country select shows the old value after saving").toHaveValue("KZ");
    await expect(f.units.nth(1), "unit select shows the old value after saving").toHaveValue("day");
  });

  test("a second save without reloading does not undo the first one", async ({ page }) => {
    await signUp(page, newUser());
    const f = await openSettings(page);
    await f.country.selectOption("KZ");
    await f.save.click();
    await expect(f.status).toHaveText(msg(L, "settings.saved"));

    // Now change only the name and save again, on the same page.
    await f.name.fill("Второе сохранение");
    await f.save.click();
    await expect(f.name).toHaveValue("Второе сохранение");
    await expect(f.status).toHaveText(msg(L, "settings.saved"));

    await page.reload();
    const g = form(page);
    await expect(g.name).toHaveValue("Второе сохранение");
    await expect(g.country, "the second save wrote the stale country back").toHaveValue("KZ");
  });

  test("a failed save shows again what was typed and chosen", async ({ page }) => {
    await signUp(page, newUser());
    const f = await openSettings(page);
    await f.slug.fill("Bad Slug!");
    await f.country.selectOption("PL");
    await f.amounts.nth(0).fill("5");
    await f.units.nth(2).selectOption("week");
    await f.save.click();
    await expect(f.slug).toHaveAttribute("aria-invalid", "true");
    // What was typed is shown again so it can be corrected (lib/action.ts echoes the values).
    // Soft, to see every lost value in one run.
    await expect.soft(f.slug).toHaveValue("Bad Slug!");
    await expect.soft(f.country, "chosen country lost after a failed save").toHaveValue("PL");
    await expect.soft(f.amounts.nth(0), "typed follow-up amount lost after a failed save").toHaveValue("5");
    await expect.soft(f.units.nth(2), "chosen follow-up unit lost after a failed save").toHaveValue("week");
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
