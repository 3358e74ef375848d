import { normalizeWord } from "./normalize-word";

/** Edit distance with an early exit: is `a` within `max` edits of `b`? */
function near(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > max) return false;
    prev = row;
  }
  return prev[b.length] <= max;
}

/** A text word matches a query word by prefix, or (for a typo) within a few edits. */
function matches(word: string, query: string): boolean {
  return word.startsWith(query) || (query.length >= 4 && near(word, query, Math.max(1, Math.floor(query.length / 4))));
}

/**
 * Splits a text into parts, marking the words that start with one of the query's words or
 * are a typo away from one (compared folded, so "жумаб" and "Жумобаева" mark "Жұмабаева").
 * Cheap enough for the browser.
 */
export function highlightParts(text: string, query: string): { text: string; hit: boolean }[] {
  const words = query.split(/[^\p{L}\p{N}]+/u).map(normalizeWord).filter((w) => w.length > 0);
  if (!words.length) return [{ text, hit: false }];
  return text
    .split(/([\p{L}\p{N}'’ʼ]+)/u)
    .filter(Boolean)
    .map((part) => {
      const folded = normalizeWord(part);
      return { text: part, hit: /[\p{L}\p{N}]/u.test(part) && words.some((w) => matches(folded, w)) };
    });
}
