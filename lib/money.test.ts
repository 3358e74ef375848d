import { describe, expect, it } from "vitest";
import { formatMoney, moneyInputValue, parseMoney } from "./money";

describe("parseMoney", () => {
  it.each([
    ["990", 99000],
    ["1 234,50", 123450],
    ["1234.5", 123450],
    ["1,234.50", 123450],
    ["1.234,50", 123450],
    ["12 500", 1250000],
    ["0,99", 99],
    ["1\u00a0000", 100000],
    ["12.345", 1234500],
  ])("%s → %i", (input, minor) => expect(parseMoney(input)).toBe(minor));

  it.each(["", "abc", "-5", "1,2,3.456", "12,34,5", "1e5", "99999999999"])("refuses %j", (input) => expect(parseMoney(input)).toBeNull());
});

describe("formatMoney", () => {
  it("shows whole amounts without decimals and keeps kopecks when there are some", () => {
    expect(formatMoney(1250000, "KZT", "ru")).toBe("12\u00a0500\u00a0₸");
    expect(formatMoney(123450, "PLN", "pl")).toBe("1234,50\u00a0zł");
    expect(moneyInputValue(123450)).toBe("1234.50");
    expect(moneyInputValue(99000)).toBe("990");
  });
});
