import { addDays, dateToZonedInput, localDateOf, zonedTime } from "@/lib/zoned-time";

/** Now, as a datetime-local value in the workspace time zone: a new contact's time. */
export function nowInput(timeZone: string, now = new Date()) {
  return dateToZonedInput(now, timeZone);
}

/** Tomorrow at the workspace's usual hour: where "remind me" starts. */
export function defaultRemindAt(timeZone: string, hour: number, now = new Date()) {
  return dateToZonedInput(zonedTime(addDays(localDateOf(now, timeZone), 1), hour, 0, timeZone), timeZone);
}
