import { describe, expect, it } from "vitest";
import { SLUG_PATTERN, slugFromName } from "./slug";

describe("slugs", () => {
  it("transliterates Cyrillic and Polish names into valid slugs", () => {
    for (const name of ["Айгүль Жұмабаева", "Олена Ґонта", "Łucja Żak", "!!!", "A"]) {
      expect(slugFromName(name)).toMatch(SLUG_PATTERN);
    }
    expect(slugFromName("Łucja Żak")).toMatch(/^lucja-zak-[0-9a-f]{4}$/);
  });

  it("rejects what is not URL-safe", () => {
    for (const bad of ["ab", "Anna", "anna--k", "-anna", "anna-", "анна", "a b c", "x".repeat(41)]) {
      expect(SLUG_PATTERN.test(bad)).toBe(false);
    }
    expect(SLUG_PATTERN.test("anna-k")).toBe(true);
  });
});
