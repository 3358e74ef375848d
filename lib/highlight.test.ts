import { describe, expect, it } from "vitest";
import { highlightParts } from "./highlight";

describe("highlightParts", () => {
  it("marks words starting with a query word, folded", () => {
    expect(highlightParts("Жұмабаева Айгүль", "жумаб")).toEqual([
      { text: "Жұмабаева", hit: true },
      { text: " ", hit: false },
      { text: "Айгүль", hit: false },
    ]);
    expect(highlightParts("Łucja Żak", "zak").filter((p) => p.hit).map((p) => p.text)).toEqual(["Żak"]);
  });
  it("marks a word the query misspells, but not unrelated words", () => {
    expect(highlightParts("Жұмабаева Айгерим", "Жумобаева").filter((p) => p.hit).map((p) => p.text)).toEqual(["Жұмабаева"]);
    expect(highlightParts("Иванова Анна", "Ивонова").filter((p) => p.hit).map((p) => p.text)).toEqual(["Иванова"]);
    expect(highlightParts("Петрова Анна", "Ивонова").some((p) => p.hit)).toBe(false);
  });

  it("marks nothing without a query", () => {
    expect(highlightParts("Anna", "  ")).toEqual([{ text: "Anna", hit: false }]);
  });
});
