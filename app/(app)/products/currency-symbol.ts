/**
 * The currency's own sign in the reader's locale ("₸", "zł"), for the price label.
 * (A candidate for lib/money.ts, next to formatMoney.)
 */
export function currencySymbol(currency: string, locale: string) {
  const parts = new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay: "narrowSymbol" }).formatToParts(0);
  return parts.find((p) => p.type === "currency")?.value ?? currency;
}
