// Wall-clock time in a workspace's time zone, with Intl only (no time-zone library): the
// forms' datetime-local values, local calendar dates, and "that day at 11:00 in Almaty".

export type LocalDate = { year: number; month: number; day: number };

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

// Making an Intl.DateTimeFormat costs ~35 µs and every app page asks for "today" in the
// workspace's zone: one per zone, kept.
const wallClocks = new Map<string, Intl.DateTimeFormat>();
function wallClock(timeZone: string) {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
    wallClocks.set(timeZone, format);
  }
  return format;
}

/** The offset of `timeZone` from UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = wallClock(timeZone).formatToParts(new Date(instant));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second")) - Math.floor(instant / 1000) * 1000;
}

/**
 * A datetime-local value ("2026-11-26T14:30") read as wall time in `timeZone`; null when it
 * is not a real date and time. In a spring-forward gap the later offset wins.
 */
export function zonedDateTimeToDate(value: string, timeZone: string): Date | null {
  const m = LOCAL_DATE_TIME.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((p) => Number(p ?? 0));
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  // The offset at the guess may differ from the offset at the answer across a DST change.
  const first = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(first, timeZone));
}

/** An instant as a datetime-local value in `timeZone` (minutes), e.g. the default "now". */
export function dateToZonedInput(date: Date, timeZone: string): string {
  const local = new Date(date.getTime() + offsetAt(date.getTime(), timeZone));
  return local.toISOString().slice(0, 16);
}

/** The calendar date of an instant in `timeZone`. */
export function localDateOf(date: Date, timeZone: string): LocalDate {
  const local = new Date(date.getTime() + offsetAt(date.getTime(), timeZone));
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** "2026-11-26" for a local date. */
export function isoDate(d: LocalDate): string {
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/** Parses "2026-11-26" into a real calendar date, or null. */
export function parseIsoDate(value: string): LocalDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = m.slice(1).map(Number);
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? { year, month, day } : null;
}

/** The instant of `hour:minute` on a local date in `timeZone` (a DST gap takes the later offset). */
export function zonedTime(d: LocalDate, hour: number, minute: number, timeZone: string): Date {
  const value = `${isoDate(d)}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
  return zonedDateTimeToDate(value, timeZone)!;
}

/** A local date moved by days (across months and years). */
export function addDays(d: LocalDate, days: number): LocalDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** The Monday of a local date's week (the week starts on Monday in all four countries). */
export function mondayOf(d: LocalDate): LocalDate {
  const weekday = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return addDays(d, -((weekday + 6) % 7));
}

/** A local date moved by calendar months, clamped to the month's end (31 Jan + 1 = 28/29 Feb). */
export function addMonths(d: LocalDate, months: number): LocalDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(d.day, last) };
}
