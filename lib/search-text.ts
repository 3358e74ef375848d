import slugify from "slugify";
import { APOSTROPHES, normalizeWord } from "./normalize-word";

export { normalizeWord };

/** The same word in Latin letters, so "ivanova" finds "Иванова" and "Лукаш" finds "Łukasz". */
function latin(word: string): string {
  return slugify(word, { lower: true, strict: true, replacement: "" });
}

/** The words of a text, split on anything that is not a letter or a digit. */
export function splitWords(text: string): string[] {
  return text.replace(APOSTROPHES, "").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const MAX_TERM_LENGTH = 60;

/** Every form a stored text is found by: each word normalised, and its Latin spelling. */
export function searchTerms(texts: (string | null | undefined)[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const word of splitWords(text)) {
      const normal = normalizeWord(word).slice(0, MAX_TERM_LENGTH);
      if (!normal) continue;
      terms.add(normal);
      const lat = latin(normal);
      if (lat && lat !== normal) terms.add(lat.slice(0, MAX_TERM_LENGTH));
    }
  }
  return [...terms];
}

/** E-mail addresses are found whole and by their local part ("anna.k@mail.kz" → "anna.k"). */
export function emailTerms(address: string): string[] {
  const lower = address.trim().toLowerCase();
  const local = lower.split("@")[0];
  return [lower, local].filter(Boolean);
}

/** A query's words, each with the spellings to try (as typed and in Latin letters). */
export function queryWords(query: string): string[][] {
  return splitWords(query)
    .slice(0, 6)
    .map((word) => {
      const normal = normalizeWord(word);
      const lat = latin(normal);
      return [...new Set([normal, lat].filter(Boolean))];
    })
    .filter((forms) => forms.length > 0);
}

/** Escapes LIKE's wildcards so a typed % or _ is literal. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
