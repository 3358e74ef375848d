import { normalizeWord } from "./normalize-word";

/**
 * Splits a text into parts, marking the words that start with one of the query's words
 * (compared folded, so "жумаб" marks "Жұмабаева"). Cheap enough for the browser.
 */
export function highlightParts(text: string, query: string): { text: string; hit: boolean }[] {
  const words = query.split(/[^\p{L}\p{N}]+/u).map(normalizeWord).filter((w) => w.length > 0);
  if (!words.length) return [{ text, hit: false }];
  return text
    .split(/([\p{L}\p{N}'’ʼ]+)/u)
    .filter(Boolean)
    .map((part) => {
      const folded = normalizeWord(part);
      return { text: part, hit: /[\p{L}\p{N}]/u.test(part) && words.some((w) => folded.startsWith(w)) };
    });
}
