import { describe, expect, it } from "vitest";
import { parseReminderListParams, reminderListQuery } from "./reminder-list-params";

describe("parseReminderListParams", () => {
  it("defaults to the open reminders, soonest first, 20 a page", () => {
    expect(parseReminderListParams({})).toEqual({ view: null, q: "", state: "open", sort: "due", dir: "asc", page: 1, size: 20, filters: { period: undefined, from: undefined, to: undefined, client: undefined, member: undefined, category: undefined, kind: undefined, tag: undefined } });
  });

  it("falls back to defaults on bad values instead of failing", () => {
    const p = parseReminderListParams({ state: "x", sort: "drop table", dir: "sideways", page: "-3", size: "7", period: "yesterday", client: "1", member: "me", category: "nope", kind: "x", tag: "'", from: "2026-02-30" });
    expect(p).toMatchObject({ state: "open", sort: "due", dir: "asc", page: 1, size: 20 });
    expect(Object.values(p.filters).every((v) => v === undefined)).toBe(true);
  });

  it("reads a range only with a date, and member=none for the unassigned", () => {
    expect(parseReminderListParams({ period: "range" }).filters.period).toBeUndefined();
    expect(parseReminderListParams({ period: "range", from: "2026-11-01", to: "2026-11-30" }).filters).toMatchObject({ period: "range", from: "2026-11-01", to: "2026-11-30" });
    expect(parseReminderListParams({ period: "today", from: "2026-11-01" }).filters.from).toBeUndefined();
    expect(parseReminderListParams({ member: "none" }).filters.member).toBe("none");
  });

  it("round-trips through the URL", () => {
    const p = parseReminderListParams({ state: "all", sort: "title", dir: "desc", page: "3", size: "50", period: "week", category: "will_pay", kind: "follow_up", q: "позвонить" });
    expect(parseReminderListParams(Object.fromEntries(new URLSearchParams(reminderListQuery(p))))).toEqual(p);
    expect(reminderListQuery(parseReminderListParams({}))).toBe("");
  });
});
