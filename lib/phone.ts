import {
  getCountries,
  getCountryCallingCode,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from "libphonenumber-js";

// Phone numbers are stored as E.164 ("+77011234567") and validated with the default
// (“min”) libphonenumber metadata. It tells Kazakhstan from Russia inside the shared +7
// zone by the leading digits (+7 6xx/7xx → KZ, +7 3xx/4xx/8xx/9xx → RU), whatever default
// country the user has, so "8 (916) …" typed by a user in Kazakhstan is saved as Russian.
// The min metadata checks lengths and leading digits, not every assigned block, so it
// accepts a few unassigned ranges (e.g. +7 897 …) that the “max” metadata would reject.

export type { CountryCode };

export type ParsedPhone =
  | { ok: true; e164: string; country?: CountryCode; national: string }
  | { ok: false; reason: "empty" | "invalid" };

export type PhoneStyle = "international" | "national";

/** What people put between digits: spaces (incl. no-break), dots, dashes, parentheses, slashes. */
const SEPARATORS = /[\s.\-‐‑‒–—―−()/]/gu;

/** Digits and separators only, with at most one "+" and only in front. */
function compactDigits(text: string): { plus: boolean; digits: string } | null {
  const compact = text.normalize("NFKC").trim().replace(SEPARATORS, "");
  const match = /^(\+?)(\d*)$/.exec(compact);
  return match ? { plus: match[1] === "+", digits: match[2] } : null;
}

function validNumber(text: string, defaultCountry?: CountryCode): PhoneNumber | undefined {
  const number = parsePhoneNumberFromString(text, defaultCountry);
  return number?.isValid() ? number : undefined;
}

/**
 * Parses a phone number as people type it: "8 701 123 45 67", "+48 601-234-567",
 * "0671234567", "(601) 234 567", "00 48 601 234 567". A number without "+" is read as
 * national for `defaultCountry` (trunk prefixes "8" and "0" are understood); "00" is
 * accepted as the international prefix everywhere (libphonenumber only knows "8~10" for
 * KZ/RU), and the old Ukrainian long-distance form "8 067 …" is accepted for UA.
 * Letters (including "ext."), a "+" in the middle, or a number that is not valid → invalid.
 */
export function parsePhone(input: string, defaultCountry: CountryCode): ParsedPhone {
  if (input.trim() === "") return { ok: false, reason: "empty" };
  const compact = compactDigits(input);
  if (!compact || compact.digits.length < 3 || compact.digits.length > 17) {
    return { ok: false, reason: "invalid" };
  }
  const { plus, digits } = compact;

  const number = plus
    ? validNumber(`+${digits}`)
    : (validNumber(digits, defaultCountry) ??
      (digits.startsWith("00") ? validNumber(`+${digits.slice(2)}`) : undefined) ??
      (defaultCountry === "UA" && /^80\d{9}$/.test(digits) ? validNumber(digits.slice(1), "UA") : undefined));

  if (!number) return { ok: false, reason: "invalid" };
  return {
    ok: true,
    e164: number.number,
    ...(number.country ? { country: number.country } : {}),
    national: number.nationalNumber,
  };
}

/** "+77011234567" → "+7 701 123 4567" (or "8 (701) 123 4567" nationally). Anything that is not a valid E.164 number is returned unchanged. */
export function formatPhone(e164: string, style: PhoneStyle = "international"): string {
  const key = style[0] + e164;
  let shown = formatted.get(key);
  if (shown === undefined) {
    const number = /^\+\d+$/.test(e164) ? validNumber(e164) : undefined;
    shown = !number ? e164 : style === "national" ? number.formatNational() : number.formatInternational();
    if (formatted.size >= FORMATTED_KEPT) formatted.clear();
    formatted.set(key, shown);
  }
  return shown;
}

// A list page formats 100 numbers (10 µs each) and shows the same clients again and again:
// the last few thousand answers are kept.
const FORMATTED_KEPT = 5_000;
const formatted = new Map<string, string>();

/**
 * Digits to index a stored number by: the national significant number ("7011234567"),
 * and the same reversed ("7654321107") so that "ends with 4567" becomes a prefix match.
 * For something libphonenumber cannot parse, all its digits are used.
 */
export function phoneSearchDigits(e164: string): { national: string; reversed: string } {
  const parsed = /^\+\d+$/.test(e164) ? parsePhoneNumberFromString(e164) : undefined;
  const national = parsed?.nationalNumber ?? e164.replace(/\D/g, "");
  return { national, reversed: [...national].reverse().join("") };
}

let callingCodes: ReadonlySet<string> | undefined;
function knownCallingCodes(): ReadonlySet<string> {
  callingCodes ??= new Set(getCountries().map((country) => getCountryCallingCode(country)));
  return callingCodes;
}

/** Calling codes are prefix-free, so at most one of the 1–3 digit prefixes is a code. */
function stripCallingCode(digits: string): string {
  for (let length = 1; length <= 3; length++) {
    if (knownCallingCodes().has(digits.slice(0, length))) return digits.slice(length);
  }
  return digits;
}

/**
 * Digits from a search box to prefix-match against `phoneSearchDigits().national`.
 *
 * - Only digits, separators (space . - ( ) /) and a leading "+" are allowed; any letter → null.
 * - "+<code>…" or "00<code>…": the known calling code is dropped ("+48 601" → "601").
 * - Full numbers without "+": 11 digits "7…" (+7), 12 digits "380…", 11 digits "48…" lose the code.
 * - A leading trunk "8" (+7 zone) is dropped when the query has 11 digits ("84951234567"),
 *   when the 8 is typed as its own group ("8 701 12", "8(916)"), or when it is followed by
 *   7, 8 or 9 ("8701…" Kazakhstan, "8916…" Russian mobile, "8800…"; no +7 number starts
 *   with 88 or 89). Otherwise it is kept, since Russian area codes start with 8 too ("812…"
 *   is St Petersburg). Russian 871–879 landlines typed without the trunk ("8722…") are
 *   therefore misread as Kazakh; "8 8722…" or "+7 872…" works.
 * - Then one leading trunk "0" is dropped ("067 123" → "67123"; also "8 067…" in Ukraine):
 *   no national number in KZ/RU/UA/PL starts with 0.
 * - Fewer than 3 digits left → null.
 */
export function queryPhoneDigits(query: string): string | null {
  const text = query.normalize("NFKC").trim();
  const compact = compactDigits(text);
  if (!compact) return null;
  let { digits } = compact;

  // "00" opens an international number ("0048 601…"), but a short unbroken "0012" is the
  // tail of a number.
  const internationalZeros = digits.startsWith("00") && (digits.length >= 7 || /[^\d]/.test(text.replace(/^\+/, "")));
  if (compact.plus || internationalZeros) {
    digits = stripCallingCode(compact.plus ? digits : digits.slice(2));
  } else if (
    (digits.length === 11 && (digits.startsWith("7") || digits.startsWith("48"))) ||
    (digits.length === 12 && digits.startsWith("380"))
  ) {
    digits = stripCallingCode(digits);
  } else {
    if (digits.startsWith("8") && (digits.length === 11 || /^8[\s.\-‐‑‒–—―−(/]/u.test(text) || /^8[789]/.test(digits))) {
      digits = digits.slice(1);
    }
    if (digits.startsWith("0")) digits = digits.slice(1);
  }
  return digits.length >= 3 ? digits : null;
}

/** Only the digits of an E.164 number, with "+" in front (separators are dropped). */
function plusDigits(e164: string): string {
  return `+${e164.replace(/\D/g, "")}`;
}

/** https://wa.me/77011234567 — WhatsApp wants the full number without "+". */
export function whatsappLink(e164: string): string {
  return `https://wa.me/${e164.replace(/\D/g, "")}`;
}

/** tel:+77011234567 */
export function telLink(e164: string): string {
  return `tel:${plusDigits(e164)}`;
}

/** sms:+77011234567 */
export function smsLink(e164: string): string {
  return `sms:${plusDigits(e164)}`;
}
