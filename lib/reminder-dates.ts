import type { Recurrence } from "@/db/schema/reminders";
import { nextOccurrence } from "./birthday";
import type { Cadence } from "./workspace-options";
import { addDays, addMonths, dateToZonedInput, localDateOf, type LocalDate, zonedTime } from "./zoned-time";

// When reminders fall due. Everything is computed on the workspace's local calendar and then
// placed at a wall-clock hour in its time zone, so a DST change never moves a call by an hour.

/** Moves a local date by one cadence step: days, weeks, or calendar months (clamped to the month's end). */
export function addStep(d: LocalDate, step: Cadence[number]): LocalDate {
  if (step.unit === "day") return addDays(d, step.amount);
  if (step.unit === "week") return addDays(d, step.amount * 7);
  return addMonths(d, step.amount);
}

/**
 * The follow-up calls after a delivery (the 2+2+2 rule by default): each step counted from the
 * delivery's local date, at `hour`:00 in `timeZone`.
 */
export function followUpDates(deliveredAt: Date, cadence: Cadence, hour: number, timeZone: string): Date[] {
  const day = localDateOf(deliveredAt, timeZone);
  return cadence.map((step) => zonedTime(addStep(day, step), hour, 0, timeZone));
}

/** When an all-day reminder's day starts (its due_at) and when its notice goes (its notify_at). */
export function allDayTimes(day: LocalDate, hour: number, timeZone: string) {
  return { dueAt: zonedTime(day, 0, 0, timeZone), notifyAt: zonedTime(day, hour, 0, timeZone) };
}

/**
 * The next occurrence of a recurring reminder after `dueAt`, keeping its local wall-clock time
 * (a monthly one on the 31st falls on the last day of shorter months); null for "none".
 */
export function nextDue(dueAt: Date, recurrence: Recurrence, timeZone: string): Date | null {
  if (recurrence === "none") return null;
  const day = localDateOf(dueAt, timeZone);
  const [hour, minute] = dateToZonedInput(dueAt, timeZone).slice(11).split(":").map(Number);
  const next = recurrence === "weekly" ? addDays(day, 7) : addMonths(day, recurrence === "monthly" ? 1 : 12);
  return zonedTime(next, hour, minute, timeZone);
}

/**
 * The next birthday or name day on or after today (local), as a local date; 29 February falls
 * on 28 February in other years.
 */
export function nextAnniversary(day: number, month: number, now: Date, timeZone: string): LocalDate {
  const d = nextOccurrence(day, month, now, timeZone);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
