/**
 * Money is integer minor units (kopecks, tiyn, grosze) of the workspace currency, never a
 * float (SPEC §3). These turn what a person types into minor units and back.
 */

/** The largest amount accepted anywhere: 100 million in major units. */
export const MAX_MINOR = 100_000_000_00;

/**
 * "1 234,50", "1234.5", "1,234.50", "1.234,50", "990" → minor units; null when it is not an
 * amount with at most two decimals. The last of "." or "," followed by one or two digits is
 * the decimal separator; other separators and spaces group thousands.
 */
export function parseMoney(input: string): number | null {
  const s = input.replace(/[\s\u00a0\u202f']/g, "");
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const decimal = /[.,](\d{1,2})$/.exec(s);
  const grouped = decimal ? s.slice(0, decimal.index) : s;
  if (!/^\d+$/.test(grouped) && !/^\d{1,3}([.,]\d{3})+$/.test(grouped)) return null;
  const whole = grouped.replace(/[.,]/g, "");
  const cents = decimal ? Number(decimal[1].padEnd(2, "0")) : 0;
  const value = Number(whole) * 100 + cents;
  return Number.isSafeInteger(value) && value <= MAX_MINOR ? value : null;
}

/** Minor units as a plain editable string: 123450 → "1234.50", 99000 → "990". */
export function moneyInputValue(minor: number): string {
  return minor % 100 === 0 ? String(minor / 100) : (minor / 100).toFixed(2);
}

/** Minor units in the reader's locale and the workspace currency; whole amounts without ",00". */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const whole = minor % 100 === 0;
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    currencyDisplay: "narrowSymbol", // ₸ and ₴ rather than "KZT" and "UAH"
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(minor / 100);
}

/** The currency's own sign in the reader's locale ("₸", "zł"), e.g. for a price field's label. */
export function currencySymbol(currency: string, locale: string): string {
  const parts = new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay: "narrowSymbol" }).formatToParts(0);
  return parts.find((p) => p.type === "currency")?.value ?? currency;
}
