import { readFileSync } from "node:fs";
import path from "node:path";
import {
  isArgumentElement,
  isDateElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  parse,
  type MessageFormatElement,
} from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { defaultLocale, locales, type Locale } from "@/lib/locales";

// Checks every message catalogue against the Russian source (messages/ru.json). Each check
// collects all its problems, so a failure lists every broken key at once.

type Catalogue = { [key: string]: string | Catalogue };

/** Every message by its dotted key ("settings.units.day"); anything but a string or an object is reported. */
function flatten(node: unknown, prefix: string, out: Map<string, string>, problems: string[]) {
  if (typeof node === "string") {
    out.set(prefix, node);
    return;
  }
  if (node === null || typeof node !== "object" || Array.isArray(node)) {
    problems.push(`${prefix || "(root)"}: expected a string or an object, got ${JSON.stringify(node)}`);
    return;
  }
  for (const [key, value] of Object.entries(node as Catalogue)) {
    if (key.includes(".")) problems.push(`${prefix}${prefix ? "." : ""}${key}: a key must not contain "."`);
    flatten(value, prefix ? `${prefix}.${key}` : key, out, problems);
  }
}

function load(locale: Locale) {
  const file = path.join(import.meta.dirname, `${locale}.json`);
  const problems: string[] = [];
  const messages = new Map<string, string>();
  flatten(JSON.parse(readFileSync(file, "utf8")), "", messages, problems);
  return { messages, problems };
}

const catalogues = new Map(locales.map((locale) => [locale, load(locale)]));
const source = catalogues.get(defaultLocale)!.messages;

/** Calls `visit` for every element of the AST, descending into plural/select options and tags. */
function walk(elements: MessageFormatElement[], visit: (el: MessageFormatElement) => void) {
  for (const el of elements) {
    visit(el);
    if (isPluralElement(el) || isSelectElement(el)) {
      for (const option of Object.values(el.options)) walk(option.value, visit);
    } else if (isTagElement(el)) {
      walk(el.children, visit);
    }
  }
}

/** The parsed message, or the parser's complaint. */
function tryParse(message: string): { ast: MessageFormatElement[] } | { error: string } {
  try {
    return { ast: parse(message) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Argument names ({name}, {count, plural, …}, {kind, select, …}) and tag names (<b>), sorted. */
function placeholders(ast: MessageFormatElement[]): string[] {
  const names = new Set<string>();
  walk(ast, (el) => {
    if (
      isArgumentElement(el) ||
      isNumberElement(el) ||
      isDateElement(el) ||
      isTimeElement(el) ||
      isPluralElement(el) ||
      isSelectElement(el)
    ) {
      names.add(`{${el.value}}`);
    } else if (isTagElement(el)) {
      names.add(`<${el.value}>`);
    }
  });
  return [...names].sort();
}

function pluralCategories(locale: Locale, type: "cardinal" | "ordinal" = "cardinal"): string[] {
  return [...new Intl.PluralRules(locale, { type }).resolvedOptions().pluralCategories].sort();
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LETTER = /\p{L}/u;
const KAZAKH_LETTERS = /[әғқңөұүһі]/iu;
/** Same in every language: product names and the like. */
const UNTRANSLATABLE = new Set(["Clientbook", "E-mail"]);
/** Keys whose Kazakh text is rightly the same as the Russian one (the word is shared). */
const SAME_IN_KAZAKH = new Set([
  "settings.currency", // «Валюта» is also the Kazakh word for currency
  "orders.method.card", // «Карта» (a bank card) is also Kazakh
]);
const isLocaleName = (key: string) => key.startsWith("locale.names.");

describe("message catalogues", () => {
  it("lists the expected locales", () => {
    expect([...locales].sort()).toEqual(["kk", "pl", "ru", "uk"]);
  });

  it("are objects of strings only", () => {
    const problems = locales.flatMap((locale) => catalogues.get(locale)!.problems.map((p) => `${locale}: ${p}`));
    expect(problems).toEqual([]);
  });

  it("all have the same keys", () => {
    // Every catalogue against the source: a key another catalogue has is either missing here
    // or extra there.
    const problems: string[] = [];
    for (const locale of locales) {
      const messages = catalogues.get(locale)!.messages;
      for (const key of source.keys()) if (!messages.has(key)) problems.push(`${locale}: missing ${key}`);
      for (const key of messages.keys()) if (!source.has(key)) problems.push(`${locale}: extra ${key} (not in ${defaultLocale}.json)`);
    }
    expect(problems).toEqual([]);
  });

  it("all parse as ICU messages", () => {
    const problems: string[] = [];
    for (const locale of locales) {
      for (const [key, message] of catalogues.get(locale)!.messages) {
        const parsed = tryParse(message);
        if ("error" in parsed) problems.push(`${locale}: ${key}: ${parsed.error} in ${JSON.stringify(message)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("know each language's plural categories", () => {
    expect(pluralCategories("kk")).toEqual(["one", "other"]);
    for (const locale of ["ru", "uk", "pl"] as const) {
      expect(pluralCategories(locale)).toEqual(["few", "many", "one", "other"]);
    }
  });

  it("give every plural exactly the categories of its language", () => {
    const problems: string[] = [];
    for (const locale of locales) {
      for (const [key, message] of catalogues.get(locale)!.messages) {
        const parsed = tryParse(message);
        if ("error" in parsed) continue; // reported by the parse check
        walk(parsed.ast, (el) => {
          if (!isPluralElement(el)) return;
          const needed = pluralCategories(locale, el.pluralType);
          // "=0"-style exact matches are always allowed; they never replace a category.
          const given = Object.keys(el.options).filter((option) => !option.startsWith("="));
          const missing = needed.filter((category) => !given.includes(category));
          const unknown = given.filter((category) => !needed.includes(category));
          if (missing.length) problems.push(`${locale}: ${key}: {${el.value}} lacks ${missing.join(", ")}`);
          if (unknown.length) problems.push(`${locale}: ${key}: {${el.value}} has ${unknown.join(", ")}, unused in ${locale}`);
        });
      }
    }
    expect(problems).toEqual([]);
  });

  it(`use the same placeholders as ${defaultLocale}.json`, () => {
    const problems: string[] = [];
    for (const [key, sourceMessage] of source) {
      const sourceParsed = tryParse(sourceMessage);
      if ("error" in sourceParsed) continue; // reported by the parse check
      const expected = placeholders(sourceParsed.ast);
      for (const locale of locales) {
        const message = catalogues.get(locale)!.messages.get(key);
        if (message === undefined) continue; // reported by the key check
        const parsed = tryParse(message);
        if ("error" in parsed) continue;
        const actual = placeholders(parsed.ast);
        if (actual.join(" ") !== expected.join(" ")) {
          problems.push(`${locale}: ${key}: has ${actual.join(" ") || "none"}, ${defaultLocale} has ${expected.join(" ") || "none"}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("keep the language names identical everywhere", () => {
    const names = (locale: Locale) =>
      [...catalogues.get(locale)!.messages].filter(([key]) => isLocaleName(key)).sort(([a], [b]) => a.localeCompare(b));
    expect(names(defaultLocale).map(([key]) => key.slice("locale.names.".length)).sort()).toEqual([...locales].sort());
    for (const locale of locales) expect(names(locale), locale).toEqual(names(defaultLocale));
  });

  it("have no Russian left in the Kazakh catalogue", () => {
    const kk = catalogues.get("kk")!.messages;
    const leftovers = [...kk].filter(
      ([key, message]) =>
        !isLocaleName(key) &&
        !SAME_IN_KAZAKH.has(key) &&
        LETTER.test(message) &&
        !UNTRANSLATABLE.has(message.trim()) &&
        CYRILLIC.test(message) &&
        message === source.get(key),
    );
    expect(leftovers.map(([key, message]) => `${key}: ${message}`)).toEqual([]);
  });

  it("write Kazakh with Kazakh letters", () => {
    const text = [...catalogues.get("kk")!.messages]
      .filter(([key]) => !isLocaleName(key)) // "Қазақша" is in every catalogue
      .map(([, message]) => message)
      .join("\n");
    expect(text).toMatch(KAZAKH_LETTERS);
  });
});
