import { describe, expect, it } from "vitest";
import { formatMoney } from "@/lib/money";
import { formatWithPattern, moneyPattern } from "@/lib/money-pattern";

describe("formatWithPattern", () => {
  it("writes amounts exactly as formatMoney does, in every interface language and currency", () => {
    const cases = [["KZT", "kk"], ["KZT", "ru"], ["UAH", "uk"], ["PLN", "pl"], ["EUR", "pl"], ["USD", "ru"], ["RUB", "ru"]] as const;
    for (const [currency, locale] of cases) {
      const pattern = moneyPattern(currency, locale);
      for (const minor of [0, 5, 99, 100, 100_050, 123_400, 123_456, 1_234_500, 99_999_999, 12_345_678_901]) {
        expect(formatWithPattern(minor, pattern), `${currency} ${locale} ${minor}`).toBe(formatMoney(minor, currency, locale));
      }
    }
  });
});
