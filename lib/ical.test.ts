import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, foldLine, type CalendarEvent } from "./ical";
import { zonedTime } from "./zoned-time";

const stamp = new Date("2026-03-01T10:00:00Z");
const longTitle = "Позвонить Омаровой Дане Ержановне: спросить, подошёл ли крем; предложить набор «Весна» 🌷 и пробники, записать отзыв";

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent");
  const byUid = (uid: string) => {
    const e = events.find((v) => v.getFirstPropertyValue("uid") === uid);
    if (!e) throw new Error(`no event ${uid}`);
    return e;
  };
  return { calendar, events, byUid };
}

/** An all-day reminder on 10 March in `timeZone`, as the database stores it (local midnight). */
function allDayOn(timeZone: string, uid: string): CalendarEvent {
  const day = { year: 2026, month: 3, day: 10 };
  return { uid, summary: "День рождения", start: zonedTime(day, 0, 0, timeZone), alarmAt: zonedTime(day, 11, 0, timeZone), allDay: true, stamp };
}

describe("buildCalendar", () => {
  const timed: CalendarEvent = {
    uid: "r1@clientbook",
    summary: longTitle,
    description: "Клиент: Омарова Дана\nЗаказ № 12",
    url: "https://app.example/clients/1",
    start: new Date("2026-03-10T06:00:00Z"),
    allDay: false,
    stamp,
  };
  const text = buildCalendar({ name: "Dana, beauty; Алматы", timeZone: "Asia/Almaty", events: [timed, allDayOn("Asia/Almaty", "day@clientbook")] });

  it("ends every line with CRLF and keeps lines within 75 octets", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = text.split("\r\n").slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    // The long summary had to be folded, and a folded line goes on with one space.
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
  });

  it("round-trips a long Cyrillic summary with commas, semicolons and an emoji through a parser", () => {
    const { byUid } = parse(text);
    const e = byUid("r1@clientbook");
    expect(e.getFirstPropertyValue("summary")).toBe(longTitle);
    expect(e.getFirstPropertyValue("description")).toBe("Клиент: Омарова Дана\nЗаказ № 12");
    expect(e.getFirstPropertyValue("url")).toBe("https://app.example/clients/1");
  });

  it("names the calendar and its time zone, escaped", () => {
    const { calendar } = parse(text);
    // The parser keeps properties it does not know as written: decode them as TEXT, their default type.
    const decode = (name: string) => ICAL.design.icalendar.value.text.fromICAL(String(calendar.getFirstPropertyValue(name)));
    expect(decode("name")).toBe("Dana, beauty; Алматы");
    expect(decode("x-wr-calname")).toBe("Dana, beauty; Алматы");
    expect(text).toContain("X-WR-CALNAME:Dana\\, beauty\\; Алматы\r\n");
    expect(calendar.getFirstPropertyValue("x-wr-timezone")).toBe("Asia/Almaty");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBeTruthy();
  });

  it("gives each event its UID and a UTC DTSTAMP", () => {
    const { events } = parse(text);
    expect(events.map((e) => e.getFirstPropertyValue("uid"))).toEqual(["r1@clientbook", "day@clientbook"]);
    for (const e of events) {
      const dtstamp = e.getFirstPropertyValue("dtstamp") as ICAL.Time;
      expect(dtstamp.zone?.tzid).toBe("UTC");
      expect(dtstamp.toJSDate().toISOString()).toBe(stamp.toISOString());
    }
    expect(text).toContain("DTSTAMP:20260301T100000Z\r\n");
  });

  it("writes a timed reminder in UTC, half an hour long, with an alarm at its start", () => {
    const e = parse(text).byUid("r1@clientbook");
    const start = e.getFirstPropertyValue("dtstart") as ICAL.Time;
    expect(start.isDate).toBe(false);
    expect(start.zone?.tzid).toBe("UTC");
    expect(start.toJSDate().toISOString()).toBe("2026-03-10T06:00:00.000Z");
    expect(new ICAL.Event(e).endDate.toJSDate().toISOString()).toBe("2026-03-10T06:30:00.000Z");
    const alarm = e.getFirstSubcomponent("valarm")!;
    expect(alarm.getFirstPropertyValue("action")).toBe("DISPLAY");
    expect((alarm.getFirstPropertyValue("trigger") as ICAL.Duration).toSeconds()).toBe(0);
  });

  it("writes an all-day reminder as the local DATE of the workspace, Almaty and Warsaw alike", () => {
    for (const timeZone of ["Asia/Almaty", "Europe/Warsaw"]) {
      // Local midnight of 10 March is still 9 March in UTC in both zones: a UTC date would be wrong.
      const event = allDayOn(timeZone, "day@clientbook");
      expect(event.start.toISOString().slice(0, 10)).toBe("2026-03-09");
      const calendar = buildCalendar({ name: "D", timeZone, events: [event] });
      const e = parse(calendar).byUid("day@clientbook");
      const start = e.getFirstPropertyValue("dtstart") as ICAL.Time;
      expect(start.isDate).toBe(true);
      expect(start.toString()).toBe("2026-03-10");
      expect((e.getFirstPropertyValue("dtend") as ICAL.Time).toString()).toBe("2026-03-11");
      expect(calendar).toContain("DTSTART;VALUE=DATE:20260310\r\n");
      // The alert comes at the usual hour (11:00) of that day.
      const alarm = e.getFirstSubcomponent("valarm")!;
      expect((alarm.getFirstPropertyValue("trigger") as ICAL.Duration).toSeconds()).toBe(11 * 3600);
    }
  });

  it("reads one instant as a different local day in Almaty and in Warsaw", () => {
    // 21:00 UTC on 9 March: 02:00 on the 10th in Almaty, 22:00 on the 9th in Warsaw.
    const event: CalendarEvent = { uid: "x@clientbook", summary: "x", start: new Date("2026-03-09T21:00:00Z"), allDay: true, stamp };
    const dayIn = (timeZone: string) => (parse(buildCalendar({ name: "D", timeZone, events: [event] })).byUid("x@clientbook").getFirstPropertyValue("dtstart") as ICAL.Time).toString();
    expect(dayIn("Asia/Almaty")).toBe("2026-03-10");
    expect(dayIn("Europe/Warsaw")).toBe("2026-03-09");
  });
});

describe("foldLine", () => {
  it("never splits a multi-byte character and keeps every piece within 75 octets", () => {
    const line = `SUMMARY:${"Ә🌷ж".repeat(40)}`;
    const folded = foldLine(line);
    const pieces = folded.split("\r\n");
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(Buffer.byteLength(p, "utf8")).toBeLessThanOrEqual(75);
      expect(p).not.toContain("\uFFFD");
      expect(p).toBe(Buffer.from(p, "utf8").toString("utf8"));
    }
    expect(pieces.map((p, i) => (i ? p.slice(1) : p)).join("")).toBe(line);
  });

  it("leaves a short line as it is", () => {
    expect(foldLine("UID:1@clientbook")).toBe("UID:1@clientbook");
  });
});
