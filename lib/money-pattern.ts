/**
 * How the workspace writes money in the reader's language, taken from Intl on the server,
 * so the order form can show totals as one types without shipping locale data to the
 * browser (whose Kazakh data may be missing) and still match formatMoney to the character.
 */
export type MoneyPattern = { prefix: string; suffix: string; group: string; decimal: string; groupFour: boolean };

/** Server side: the pattern of formatMoney(…, currency, locale). */
export function moneyPattern(currency: string, locale: string): MoneyPattern {
  const format = (n: number, digits: number) =>
    new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay: "narrowSymbol", minimumFractionDigits: digits, maximumFractionDigits: digits }).formatToParts(n);
  const parts = format(1234567.89, 2);
  const first = parts.findIndex((p) => p.type === "integer");
  const last = parts.findLastIndex((p) => p.type === "fraction");
  const text = (from: number, to: number) => parts.slice(from, to).map((p) => p.value).join("");
  return {
    prefix: text(0, first),
    suffix: text(last + 1, parts.length),
    group: parts.find((p) => p.type === "group")?.value ?? "",
    decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
    // Polish writes 1234 zł but 12 345 zł (minimum grouping digits).
    groupFour: format(1234, 0).some((p) => p.type === "group"),
  };
}

/** Browser side: minor units as formatMoney would write them (whole amounts without decimals). */
export function formatWithPattern(minor: number, p: MoneyPattern): string {
  const whole = String(Math.floor(Math.abs(minor) / 100));
  const grouped = whole.length > 4 || (whole.length === 4 && p.groupFour) ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, p.group) : whole;
  const cents = Math.abs(minor) % 100;
  const body = cents ? `${grouped}${p.decimal}${String(cents).padStart(2, "0")}` : grouped;
  return `${minor < 0 ? "-" : ""}${p.prefix}${body}${p.suffix}`;
}
