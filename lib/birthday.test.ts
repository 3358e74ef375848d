import { describe, expect, it } from "vitest";
import {
  ageOn,
  dayMonthRangeCondition,
  dayOfYearKey,
  isLeapYear,
  isValidDayMonth,
  matchesDayMonthRange,
  nextOccurrence,
  thisWeekRange,
} from "./birthday";

const utc = (iso: string) => new Date(`${iso}T12:00:00Z`);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

describe("isLeapYear", () => {
  it("follows the Gregorian rules", () => {
    expect([2024, 2028, 2000, 1600].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2025, 2026, 1900, 2100].map(isLeapYear)).toEqual([false, false, false, false]);
  });
});

describe("isValidDayMonth", () => {
  it("accepts real days", () => {
    expect(isValidDayMonth(1, 1)).toBe(true);
    expect(isValidDayMonth(31, 1)).toBe(true);
    expect(isValidDayMonth(30, 4)).toBe(true);
    expect(isValidDayMonth(31, 12, 1990)).toBe(true);
    expect(isValidDayMonth(28, 2, 2023)).toBe(true);
  });

  it("accepts 29 February without a year and in leap years only", () => {
    expect(isValidDayMonth(29, 2)).toBe(true);
    expect(isValidDayMonth(29, 2, null)).toBe(true);
    expect(isValidDayMonth(29, 2, 2024)).toBe(true);
    expect(isValidDayMonth(29, 2, 2000)).toBe(true);
    expect(isValidDayMonth(29, 2, 2023)).toBe(false);
    expect(isValidDayMonth(29, 2, 1900)).toBe(false);
    expect(isValidDayMonth(30, 2)).toBe(false);
  });

  it.each([
    [0, 1],
    [32, 1],
    [31, 4],
    [31, 6],
    [31, 9],
    [31, 11],
    [1, 0],
    [1, 13],
    [1.5, 1],
    [1, 1.5],
    [Number.NaN, 1],
    [-1, 1],
  ])("rejects day %s month %s", (day, month) => {
    expect(isValidDayMonth(day, month)).toBe(false);
  });

  it("rejects a year that is not a plain integer", () => {
    expect(isValidDayMonth(1, 1, 1990.5)).toBe(false);
    expect(isValidDayMonth(1, 1, 0)).toBe(false);
    expect(isValidDayMonth(1, 1, 10_000)).toBe(false);
    expect(isValidDayMonth(1, 1, Number.NaN)).toBe(false);
  });
});

describe("dayOfYearKey", () => {
  it("is MMDD and sorts like the calendar", () => {
    expect(dayOfYearKey(5, 17)).toBe(517);
    expect(dayOfYearKey(12, 31)).toBe(1231);
    expect(dayOfYearKey(1, 1)).toBe(101);
    expect(dayOfYearKey(2, 29)).toBeGreaterThan(dayOfYearKey(2, 28));
    expect(dayOfYearKey(2, 29)).toBeLessThan(dayOfYearKey(3, 1));
    expect(dayOfYearKey(1, 31)).toBeLessThan(dayOfYearKey(2, 1));
  });
});

describe("day-month ranges", () => {
  it("describes a range within the year", () => {
    expect(dayMonthRangeCondition({ day: 1, month: 3 }, { day: 15, month: 3 })).toEqual({ kind: "between", from: 301, to: 315 });
    expect(dayMonthRangeCondition({ day: 5, month: 7 }, { day: 5, month: 7 })).toEqual({ kind: "between", from: 705, to: 705 });
  });

  it("describes a range across the new year", () => {
    expect(dayMonthRangeCondition({ day: 20, month: 12 }, { day: 10, month: 1 })).toEqual({ kind: "wrap", from: 1220, to: 110 });
  });

  it("matches inclusive bounds within the year", () => {
    const range = dayMonthRangeCondition({ day: 1, month: 3 }, { day: 15, month: 3 });
    expect([228, 229, 301, 308, 315, 316, 1231].map((key) => matchesDayMonthRange(key, range))).toEqual([
      false,
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it("matches across the new year", () => {
    const range = dayMonthRangeCondition({ day: 20, month: 12 }, { day: 10, month: 1 });
    expect([1219, 1220, 1231, 101, 110, 111, 615].map((key) => matchesDayMonthRange(key, range))).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe("nextOccurrence", () => {
  it("gives today when the anniversary is today", () => {
    expect(isoDay(nextOccurrence(17, 5, utc("2026-05-17")))).toBe("2026-05-17");
  });

  it("gives this year's date when it is still ahead", () => {
    expect(isoDay(nextOccurrence(18, 5, utc("2026-05-17")))).toBe("2026-05-18");
    expect(isoDay(nextOccurrence(31, 12, utc("2026-01-01")))).toBe("2026-12-31");
  });

  it("gives next year's date when it has passed", () => {
    expect(isoDay(nextOccurrence(16, 5, utc("2026-05-17")))).toBe("2027-05-16");
    expect(isoDay(nextOccurrence(1, 1, utc("2026-12-31")))).toBe("2027-01-01");
  });

  it("returns midnight UTC of the date", () => {
    expect(nextOccurrence(18, 5, utc("2026-05-17")).toISOString()).toBe("2026-05-18T00:00:00.000Z");
  });

  it("moves 29 February to 28 February in a non-leap year", () => {
    expect(isoDay(nextOccurrence(29, 2, utc("2027-01-10")))).toBe("2027-02-28");
    expect(isoDay(nextOccurrence(29, 2, utc("2027-02-28")))).toBe("2027-02-28");
    expect(isoDay(nextOccurrence(29, 2, utc("2027-03-01")))).toBe("2028-02-29");
    expect(isoDay(nextOccurrence(29, 2, utc("2028-02-29")))).toBe("2028-02-29");
    expect(isoDay(nextOccurrence(29, 2, utc("2028-03-01")))).toBe("2029-02-28");
    expect(isoDay(nextOccurrence(28, 2, utc("2028-02-29")))).toBe("2029-02-28");
  });

  it("takes today in the given time zone", () => {
    // 22:00 UTC on 31 December is already 1 January in Moscow (UTC+3).
    const instant = new Date("2025-12-31T22:00:00Z");
    expect(isoDay(nextOccurrence(31, 12, instant))).toBe("2025-12-31");
    expect(isoDay(nextOccurrence(31, 12, instant, "Europe/Moscow"))).toBe("2026-12-31");
    expect(isoDay(nextOccurrence(1, 1, instant, "Europe/Moscow"))).toBe("2026-01-01");
    // 03:00 UTC on 1 January is still 31 December in New York.
    expect(isoDay(nextOccurrence(31, 12, new Date("2026-01-01T03:00:00Z"), "America/New_York"))).toBe("2025-12-31");
  });

  it("rejects impossible dates", () => {
    expect(() => nextOccurrence(31, 4, utc("2026-01-01"))).toThrow(RangeError);
    expect(() => nextOccurrence(1, 13, utc("2026-01-01"))).toThrow(RangeError);
    expect(() => nextOccurrence(1, 1, new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("ageOn", () => {
  it("is null without a year", () => {
    expect(ageOn(null, 5, 17, utc("2026-05-17"))).toBeNull();
    expect(ageOn(undefined, 5, 17, utc("2026-05-17"))).toBeNull();
  });

  it("counts completed years", () => {
    expect(ageOn(1990, 5, 17, utc("2026-05-16"))).toBe(35);
    expect(ageOn(1990, 5, 17, utc("2026-05-17"))).toBe(36);
    expect(ageOn(1990, 5, 17, utc("2026-12-31"))).toBe(36);
    expect(ageOn(1990, 12, 31, utc("2026-01-01"))).toBe(35);
  });

  it("is 0 on the day of birth and null before it", () => {
    expect(ageOn(2026, 5, 17, utc("2026-05-17"))).toBe(0);
    expect(ageOn(2026, 5, 17, utc("2026-05-16"))).toBeNull();
  });

  it("ages someone born on 29 February on 28 February in a non-leap year", () => {
    expect(ageOn(2000, 2, 29, utc("2027-02-27"))).toBe(26);
    expect(ageOn(2000, 2, 29, utc("2027-02-28"))).toBe(27);
    expect(ageOn(2000, 2, 29, utc("2028-02-28"))).toBe(27);
    expect(ageOn(2000, 2, 29, utc("2028-02-29"))).toBe(28);
  });

  it("reads the date in the given time zone", () => {
    const instant = new Date("2026-05-16T22:00:00Z"); // 17 May 01:00 in Moscow
    expect(ageOn(1990, 5, 17, instant)).toBe(35);
    expect(ageOn(1990, 5, 17, instant, "Europe/Moscow")).toBe(36);
  });

  it("rejects an impossible birth date", () => {
    expect(() => ageOn(2023, 2, 29, utc("2026-01-01"))).toThrow(RangeError);
  });
});

describe("thisWeekRange", () => {
  it("gives Monday to Sunday by default", () => {
    // 17 May 2026 is a Sunday; 13 May a Wednesday.
    expect(thisWeekRange(utc("2026-05-13"))).toEqual({ from: { day: 11, month: 5 }, to: { day: 17, month: 5 } });
    expect(thisWeekRange(utc("2026-05-11"))).toEqual({ from: { day: 11, month: 5 }, to: { day: 17, month: 5 } });
    expect(thisWeekRange(utc("2026-05-17"))).toEqual({ from: { day: 11, month: 5 }, to: { day: 17, month: 5 } });
  });

  it("starts on another weekday when asked", () => {
    expect(thisWeekRange(utc("2026-05-17"), 0)).toEqual({ from: { day: 17, month: 5 }, to: { day: 23, month: 5 } });
    expect(thisWeekRange(utc("2026-05-13"), 6)).toEqual({ from: { day: 9, month: 5 }, to: { day: 15, month: 5 } });
  });

  it("crosses month ends", () => {
    expect(thisWeekRange(utc("2026-04-30"))).toEqual({ from: { day: 27, month: 4 }, to: { day: 3, month: 5 } });
  });

  it("spans the new year, and the range wraps", () => {
    const week = thisWeekRange(utc("2025-12-31")); // a Wednesday
    expect(week).toEqual({ from: { day: 29, month: 12 }, to: { day: 4, month: 1 } });
    const range = dayMonthRangeCondition(week.from, week.to);
    expect(range).toEqual({ kind: "wrap", from: 1229, to: 104 });
    expect(matchesDayMonthRange(dayOfYearKey(1, 2), range)).toBe(true);
    expect(matchesDayMonthRange(dayOfYearKey(12, 28), range)).toBe(false);
    expect(thisWeekRange(utc("2028-01-01"), 0)).toEqual({ from: { day: 26, month: 12 }, to: { day: 1, month: 1 } });
  });

  it("includes 29 February when the week ends on 28 February of a non-leap year", () => {
    // 28 February 2027 is a Sunday.
    const week = thisWeekRange(utc("2027-02-24"));
    expect(week).toEqual({ from: { day: 22, month: 2 }, to: { day: 29, month: 2 } });
    expect(matchesDayMonthRange(dayOfYearKey(2, 29), dayMonthRangeCondition(week.from, week.to))).toBe(true);
    // In a leap year 29 February is a day of its own: 28 February 2032 is a Saturday.
    expect(thisWeekRange(utc("2032-02-25"), 0)).toEqual({ from: { day: 22, month: 2 }, to: { day: 28, month: 2 } });
  });

  it("uses the time zone to decide which day today is", () => {
    const sundayNightUtc = new Date("2026-05-17T22:00:00Z"); // already Monday 18 May in Moscow
    expect(thisWeekRange(sundayNightUtc)).toEqual({ from: { day: 11, month: 5 }, to: { day: 17, month: 5 } });
    expect(thisWeekRange(sundayNightUtc, 1, "Europe/Moscow")).toEqual({ from: { day: 18, month: 5 }, to: { day: 24, month: 5 } });
  });

  it("rejects a bad week start", () => {
    expect(() => thisWeekRange(utc("2026-05-13"), 7)).toThrow(RangeError);
    expect(() => thisWeekRange(utc("2026-05-13"), -1)).toThrow(RangeError);
  });
});
