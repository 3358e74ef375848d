import { describe, expect, it } from "vitest";
import { emailTerms, escapeLike, normalizeWord, queryWords, searchTerms, splitWords } from "./search-text";

describe("search text", () => {
  it("folds Kazakh, Ukrainian and Polish letters to what a Russian keyboard types", () => {
    expect(normalizeWord("Жұмабаева")).toBe("жумабаева");
    expect(normalizeWord("Әсел")).toBe("асел");
    expect(normalizeWord("Ғалия")).toBe("галия");
    expect(normalizeWord("Ковальчук-Їжак")).toBe("ковальчук-ижак");
    expect(normalizeWord("Єлизавета")).toBe("елизавета");
    expect(normalizeWord("Алёна")).toBe("алена");
    expect(normalizeWord("Małgorzata")).toBe("malgorzata");
    expect(normalizeWord("Żaneta")).toBe("zaneta");
    expect(normalizeWord("Андрій")).toBe("андрий");
    expect(normalizeWord("Йогурт")).toBe("йогурт");
    expect(normalizeWord("Д’Артаньян")).toBe("дартаньян");
  });

  it("stores each word and its Latin spelling", () => {
    const terms = searchTerms(["Иванова Анна", null, "ТОО «Сұлу»"]);
    expect(terms).toEqual(expect.arrayContaining(["иванова", "ivanova", "анна", "anna", "тоо", "сулу"]));
    expect(terms.every((t) => t === t.toLowerCase())).toBe(true);
  });

  it("splits on punctuation and keeps digits", () => {
    expect(splitWords("Anna-Maria, №42 (VIP)")).toEqual(["Anna", "Maria", "42", "VIP"]);
  });

  it("keeps e-mails whole and by local part", () => {
    expect(emailTerms(" Anna.K@Mail.kz ")).toEqual(["anna.k@mail.kz", "anna.k"]);
  });

  it("gives each query word its spellings", () => {
    expect(queryWords("Жұмабаева  aigerim")).toEqual([["жумабаева", "zhumabaeva"], ["aigerim"]]);
    expect(queryWords("  ")).toEqual([]);
  });

  it("escapes LIKE wildcards", () => {
    expect(escapeLike("50%_off\\")).toBe("50\\%\\_off\\\\");
  });
});
