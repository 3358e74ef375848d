import { addDays, dateToZonedInput, localDateOf, type LocalDate } from "./zoned-time";

// A small iCalendar (RFC 5545) writer for the reminders feed. Timed events are written in
// UTC, all-day ones as DATE values of the workspace's local day, so no VTIMEZONE is needed.
// We write it ourselves rather than with ical-generator: with a calendar time zone set, that
// library writes DTSTAMP and DTSTART in the server process's local time, and it does not
// escape the calendar's name.

export type CalendarEvent = {
  /** Unique and stable across refreshes, e.g. "<reminder id>@clientbook". */
  uid: string;
  summary: string;
  description?: string | null;
  url?: string | null;
  /** A timed event's start; for an all-day one, any instant of its local day. */
  start: Date;
  allDay: boolean;
  /** An all-day event alerts at this local time of its day (at its start if absent); a timed one at its start. */
  alarmAt?: Date;
  /** When the event last changed (DTSTAMP, LAST-MODIFIED). */
  stamp: Date;
};

export type Calendar = { name: string; timeZone: string; events: CalendarEvent[] };

/** How long a timed reminder lasts in the calendar. */
const TIMED_MINUTES = 30;
/** Octets per line before it is folded (RFC 5545 §3.1), not counting the CRLF. */
const LINE_OCTETS = 75;

/** TEXT value escaping (§3.3.11); control characters other than line breaks are dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    // The control characters a TEXT value may not hold.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

/** Splits a content line into lines of at most 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > LINE_OCTETS) {
      out.push(current);
      current = " "; // a continuation line starts with one space, which counts
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n");
}

/** 20260310T060000Z */
function utc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** 20260310 */
function day(d: LocalDate): string {
  return `${String(d.year).padStart(4, "0")}${String(d.month).padStart(2, "0")}${String(d.day).padStart(2, "0")}`;
}

/** A positive duration in minutes: PT0S, PT11H, PT9H30M. */
function duration(minutes: number): string {
  if (minutes <= 0) return "PT0S";
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ""}${m ? `${m}M` : ""}`;
}

/** Minutes from the local midnight of `day` to `at`, on the wall clock of `timeZone`. */
function wallMinutesInto(day: LocalDate, at: Date, timeZone: string): number {
  const [date, time] = dateToZonedInput(at, timeZone).split("T");
  const [y, mo, d] = date.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  return Math.round((Date.UTC(y, mo - 1, d, h, mi) - Date.UTC(day.year, day.month - 1, day.day)) / 60_000);
}

function eventLines(e: CalendarEvent, timeZone: string): string[] {
  const lines = ["BEGIN:VEVENT", `UID:${escapeText(e.uid)}`, `DTSTAMP:${utc(e.stamp)}`, `LAST-MODIFIED:${utc(e.stamp)}`];
  let trigger = "PT0S";
  if (e.allDay) {
    const on = localDateOf(e.start, timeZone);
    lines.push(`DTSTART;VALUE=DATE:${day(on)}`, `DTEND;VALUE=DATE:${day(addDays(on, 1))}`);
    // Relative to the start, so the phone alerts at that hour of the day on its own clock.
    if (e.alarmAt) trigger = duration(Math.min(wallMinutesInto(on, e.alarmAt, timeZone), 24 * 60 - 1));
  } else {
    lines.push(`DTSTART:${utc(e.start)}`, `DURATION:${duration(TIMED_MINUTES)}`);
  }
  lines.push(`SUMMARY:${escapeText(e.summary)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.url) lines.push(`URL:${e.url.replace(/[\r\n]/g, "")}`);
  // Reminders are not appointments: they do not make her look busy.
  lines.push("TRANSP:TRANSPARENT");
  lines.push("BEGIN:VALARM", "ACTION:DISPLAY", `DESCRIPTION:${escapeText(e.summary)}`, `TRIGGER:${trigger}`, "END:VALARM");
  lines.push("END:VEVENT");
  return lines;
}

/** The whole calendar as text: CRLF line ends, folded lines, UTF-8. */
export function buildCalendar({ name, timeZone, events }: Calendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Clientbook//Reminders//EN",
    "CALSCALE:GREGORIAN",
    `NAME:${escapeText(name)}`,
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${escapeText(timeZone)}`,
    // Calendar apps that honour it refresh hourly (many poll on their own schedule anyway).
    "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
    "X-PUBLISHED-TTL:PT1H",
    ...events.flatMap((e) => eventLines(e, timeZone)),
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
