import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate-locale";

describe("negotiateLocale", () => {
  it("prefers a valid cookie over everything else", () => {
    expect(negotiateLocale({ cookie: "kk", acceptLanguage: "pl-PL,pl;q=0.9", workspaceDefault: "uk" })).toBe("kk");
    expect(negotiateLocale({ cookie: "ru", acceptLanguage: "kk" })).toBe("ru");
  });

  it("ignores an unknown cookie value", () => {
    expect(negotiateLocale({ cookie: "kz", acceptLanguage: "uk-UA,uk;q=0.9" })).toBe("uk");
    expect(negotiateLocale({ cookie: "ru; path=/kk" })).toBe("ru");
  });

  it("negotiates Accept-Language with regions and weights", () => {
    expect(negotiateLocale({ acceptLanguage: "pl-PL,pl;q=0.9,en;q=0.8" })).toBe("pl");
    expect(negotiateLocale({ acceptLanguage: "en-US,en;q=0.9,kk;q=0.5,ru;q=0.4" })).toBe("kk");
    expect(negotiateLocale({ acceptLanguage: "de-DE, uk;q=0.3" })).toBe("uk");
  });

  it("falls back to the workspace default, then Russian", () => {
    expect(negotiateLocale({ acceptLanguage: "en-US,en;q=0.9", workspaceDefault: "pl" })).toBe("pl");
    expect(negotiateLocale({ acceptLanguage: "en-US" })).toBe("ru");
    expect(negotiateLocale({ acceptLanguage: "!!!,;q=x" })).toBe("ru");
    expect(negotiateLocale({})).toBe("ru");
  });
});
