import { describe, expect, it } from "vitest";
import { defaultCadence } from "./workspace-options";
import { allDayTimes, followUpDates, nextAnniversary, nextDue } from "./reminder-dates";

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe("followUpDates (2+2+2)", () => {
  it("counts 2 days, 2 weeks and 2 calendar months from the local delivery day, at 11:00 local", () => {
    // Delivered 10 March 2026, 15:00 in Almaty (UTC+5).
    const at = new Date("2026-03-10T10:00:00Z");
    expect(iso(followUpDates(at, defaultCadence, 11, "Asia/Almaty"))).toEqual([
      "2026-03-12T06:00:00.000Z",
      "2026-03-24T06:00:00.000Z",
      "2026-05-10T06:00:00.000Z",
    ]);
  });

  it("clamps calendar months to the month's end: 31 Jan → 31 Mar, 31 Dec → 28 or 29 Feb", () => {
    const tz = "Europe/Warsaw";
    expect(followUpDates(new Date("2026-01-31T12:00:00Z"), defaultCadence, 11, tz)[2].toISOString()).toBe("2026-03-31T09:00:00.000Z");
    expect(followUpDates(new Date("2026-12-31T12:00:00Z"), defaultCadence, 11, tz)[2].toISOString()).toBe("2027-02-28T10:00:00.000Z");
    expect(followUpDates(new Date("2027-12-31T12:00:00Z"), defaultCadence, 11, tz)[2].toISOString()).toBe("2028-02-29T10:00:00.000Z");
  });

  it("takes the delivery's local date, not UTC's: late evening in Almaty is already the next day", () => {
    // 20:30 UTC on 5 May is 01:30 on 6 May in Almaty.
    const [first] = followUpDates(new Date("2026-05-05T20:30:00Z"), defaultCadence, 11, "Asia/Almaty");
    expect(first.toISOString()).toBe("2026-05-08T06:00:00.000Z");
  });

  it("keeps the wall-clock hour across a DST change (Kyiv, Warsaw) and in zones without DST (Moscow)", () => {
    // Delivered 27 March 2026 in Kyiv (UTC+2); two days later is summer time (UTC+3).
    expect(followUpDates(new Date("2026-03-27T10:00:00Z"), defaultCadence, 11, "Europe/Kyiv")[0].toISOString()).toBe("2026-03-29T08:00:00.000Z");
    // Delivered 20 October 2026 in Warsaw (UTC+2); two weeks later is winter time (UTC+1).
    expect(followUpDates(new Date("2026-10-20T10:00:00Z"), defaultCadence, 11, "Europe/Warsaw")[1].toISOString()).toBe("2026-11-03T10:00:00.000Z");
    expect(followUpDates(new Date("2026-10-20T10:00:00Z"), defaultCadence, 11, "Europe/Moscow")[1].toISOString()).toBe("2026-11-03T08:00:00.000Z");
  });

  it("follows a workspace's own cadence and hour", () => {
    const dates = followUpDates(new Date("2026-06-01T08:00:00Z"), [{ amount: 1, unit: "week" }, { amount: 3, unit: "month" }], 9, "UTC");
    expect(iso(dates)).toEqual(["2026-06-08T09:00:00.000Z", "2026-09-01T09:00:00.000Z"]);
  });
});

describe("nextDue (recurrence)", () => {
  const tz = "Europe/Warsaw";
  it("none has no next", () => expect(nextDue(new Date(), "none", tz)).toBeNull());
  it("weekly keeps the local time across DST", () => {
    // Friday 23 October 2026 09:00 in Warsaw (UTC+2) → 30 October 09:00 (UTC+1).
    expect(nextDue(new Date("2026-10-23T07:00:00Z"), "weekly", tz)!.toISOString()).toBe("2026-10-30T08:00:00.000Z");
  });
  it("monthly on the 31st falls on the month's last day", () => {
    expect(nextDue(new Date("2026-01-31T08:00:00Z"), "monthly", tz)!.toISOString()).toBe("2026-02-28T08:00:00.000Z");
  });
  it("yearly moves a year", () => {
    expect(nextDue(new Date("2026-05-17T08:00:00Z"), "yearly", tz)!.toISOString()).toBe("2027-05-17T08:00:00.000Z");
  });
});

describe("allDayTimes", () => {
  it("starts at local midnight and notifies at the usual hour", () => {
    const t = allDayTimes({ year: 2026, month: 11, day: 26 }, 11, "Asia/Almaty");
    expect(t.dueAt.toISOString()).toBe("2026-11-25T19:00:00.000Z");
    expect(t.notifyAt.toISOString()).toBe("2026-11-26T06:00:00.000Z");
  });
});

describe("nextAnniversary", () => {
  it("is today when today is the day (local), else the next one", () => {
    // 23:30 UTC on 16 May is 17 May in Almaty.
    expect(nextAnniversary(17, 5, new Date("2026-05-16T23:30:00Z"), "Asia/Almaty")).toEqual({ year: 2026, month: 5, day: 17 });
    expect(nextAnniversary(17, 5, new Date("2026-05-18T10:00:00Z"), "Asia/Almaty")).toEqual({ year: 2027, month: 5, day: 17 });
  });
  it("puts 29 February on 28 February in other years", () => {
    expect(nextAnniversary(29, 2, new Date("2026-01-10T10:00:00Z"), "Europe/Kyiv")).toEqual({ year: 2026, month: 2, day: 28 });
    expect(nextAnniversary(29, 2, new Date("2027-03-10T10:00:00Z"), "Europe/Kyiv")).toEqual({ year: 2028, month: 2, day: 29 });
  });
});
