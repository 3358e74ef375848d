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
  it("marks nothing without a query", () => {
    expect(highlightParts("Anna", "  ")).toEqual([{ text: "Anna", hit: false }]);
  });
});
