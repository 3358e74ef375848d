// Birthdays and name days are stored as day + month with an optional year. Dates are
// calendar dates: a returned Date is midnight UTC of that day (read it with getUTC* or
// toISOString().slice(0, 10)). "Today" is taken in `timeZone` when given, else in UTC.

import { localDateOf } from "./zoned-time";

export type DayMonth = { day: number; month: number };

/** How to filter a sortable MMDD key (see `dayOfYearKey`) for a day-month range. */
export type DayMonthRange =
  | { kind: "between"; from: number; to: number } // from ≤ key ≤ to
  | { kind: "wrap"; from: number; to: number }; // across the new year: key ≥ from OR key ≤ to

type CalendarDate = { year: number; month: number; day: number };

const MONTH_LENGTHS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; February has 29 when the year is unknown. */
function daysInMonth(month: number, year?: number | null): number {
  if (month === 2 && year != null && !isLeapYear(year)) return 28;
  return MONTH_LENGTHS[month - 1];
}

/** A real day of a month: 29 February is valid without a year and in leap years only. */
export function isValidDayMonth(day: number, month: number, year?: number | null): boolean {
  if (!Number.isInteger(day) || !Number.isInteger(month) || month < 1 || month > 12) return false;
  if (year != null && (!Number.isInteger(year) || year < 1 || year > 9999)) return false;
  return day >= 1 && day <= daysInMonth(month, year);
}

function assertDayMonth(day: number, month: number, year?: number | null): void {
  if (!isValidDayMonth(day, month, year)) {
    throw new RangeError(`Not a valid date: day ${day}, month ${month}${year == null ? "" : `, year ${year}`}`);
  }
}

/** A sortable "MMDD" number: 17 May → 517, 31 December → 1231. */
export function dayOfYearKey(month: number, day: number): number {
  return month * 100 + day;
}

/** The filter for "from – to" inclusive; 20 Dec – 10 Jan wraps: key ≥ 1220 OR key ≤ 110. */
export function dayMonthRangeCondition(from: DayMonth, to: DayMonth): DayMonthRange {
  const fromKey = dayOfYearKey(from.month, from.day);
  const toKey = dayOfYearKey(to.month, to.day);
  return fromKey <= toKey ? { kind: "between", from: fromKey, to: toKey } : { kind: "wrap", from: fromKey, to: toKey };
}

export function matchesDayMonthRange(key: number, range: DayMonthRange): boolean {
  return range.kind === "between" ? key >= range.from && key <= range.to : key >= range.from || key <= range.to;
}

/** The calendar date of an instant in a time zone (UTC when none is given). */
function calendarDate(date: Date, timeZone?: string): CalendarDate {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid date");
  if (!timeZone) return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  return localDateOf(date, timeZone);
}

function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  return date;
}

/** 29 February is celebrated on 28 February in a non-leap year. */
function anniversaryDay(day: number, month: number, year: number): number {
  return month === 2 && day === 29 && !isLeapYear(year) ? 28 : day;
}

/**
 * The next anniversary of day + month on or after today (today's counts), as midnight UTC
 * of that date. 29 February falls on 28 February in a non-leap year.
 */
export function nextOccurrence(day: number, month: number, today: Date, timeZone?: string): Date {
  assertDayMonth(day, month);
  const now = calendarDate(today, timeZone);
  const todayKey = dayOfYearKey(now.month, now.day);
  const thisYear = dayOfYearKey(month, anniversaryDay(day, month, now.year));
  const year = thisYear >= todayKey ? now.year : now.year + 1;
  return utcDate(year, month, anniversaryDay(day, month, year));
}

/**
 * Completed years on `date` (in `timeZone`, else UTC) for someone born on year-month-day;
 * null without a year or before the birth. Someone born on 29 February turns a year
 * older on 28 February in a non-leap year, as `nextOccurrence` says.
 */
export function ageOn(
  year: number | null | undefined,
  month: number,
  day: number,
  date: Date,
  timeZone?: string,
): number | null {
  if (year == null) return null;
  assertDayMonth(day, month, year);
  const on = calendarDate(date, timeZone);
  const birthdayReached = dayOfYearKey(on.month, on.day) >= dayOfYearKey(month, anniversaryDay(day, month, on.year));
  const age = on.year - year - (birthdayReached ? 0 : 1);
  return age >= 0 ? age : null;
}

/**
 * The day-months of the week containing today (in `timeZone`, else UTC), for "name days
 * this week". `weekStartsOn`: 0 = Sunday, 1 = Monday (default) … 6 = Saturday. A week
 * spanning the new year gives from > to (use `dayMonthRangeCondition`, which wraps). When
 * the week ends on 28 February of a non-leap year, `to` is 29 February, so the 29 February
 * anniversaries celebrated that day are included.
 */
export function thisWeekRange(
  today: Date,
  weekStartsOn: number = 1,
  timeZone?: string,
): { from: DayMonth; to: DayMonth } {
  if (!Number.isInteger(weekStartsOn) || weekStartsOn < 0 || weekStartsOn > 6) {
    throw new RangeError(`weekStartsOn must be 0–6, got ${weekStartsOn}`);
  }
  const now = calendarDate(today, timeZone);
  const midnight = utcDate(now.year, now.month, now.day);
  const offset = (midnight.getUTCDay() - weekStartsOn + 7) % 7;
  const start = new Date(midnight.getTime() - offset * 86_400_000);
  const end = new Date(start.getTime() + 6 * 86_400_000);
  const to = { day: end.getUTCDate(), month: end.getUTCMonth() + 1 };
  if (to.month === 2 && to.day === 28 && !isLeapYear(end.getUTCFullYear())) to.day = 29;
  return { from: { day: start.getUTCDate(), month: start.getUTCMonth() + 1 }, to };
}
