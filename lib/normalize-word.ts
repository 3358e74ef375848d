// Letters people type on a Russian keyboard instead of the Kazakh, Ukrainian or Polish ones
// (notes/search-at-scale.md); ё → е too. Stored terms and queries fold the same way.
const FOLD: Record<string, string> = {
  ә: "а", ғ: "г", қ: "к", ң: "н", ө: "о", ұ: "у", ү: "у", һ: "х", і: "и", ї: "и", є: "е", ґ: "г", ё: "е", ł: "l",
};
export const APOSTROPHES = /['’ʼ`]/g;

/** One word as search stores and compares it: lower-case, folded, without accents. */
export function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .replace(APOSTROPHES, "")
    .replace(/[әғқңөұүһіїєґёł]/g, (ch) => FOLD[ch] ?? ch)
    .normalize("NFKD")
    .replace(/и\u0306/g, "й") // й is a letter of its own, not и with an accent
    .replace(/[\u0300-\u036f]/g, "");
}
