import { describe, expect, it } from "vitest";
import { activeContactFilterCount, contactListQuery, parseContactListParams, periodDates } from "./contact-list-params";

const id = "8c5a3a4e-0a5f-4a8e-9c1e-2b1c6f1e9d10";
const id2 = "1b2c3d4e-0a5f-4a8e-9c1e-2b1c6f1e9d11";

describe("parseContactListParams", () => {
  it("gives defaults for an empty URL: newest first, 20 a page", () => {
    expect(parseContactListParams({})).toEqual({ view: null, q: "", sort: "at", dir: "desc", page: 1, size: 20, filters: {} });
  });

  it("falls back to defaults on bad values instead of failing", () => {
    const p = parseContactListParams({
      sort: "information; drop table contacts", dir: "up", page: "abc", size: "7", period: "year", from: "2026-02-30", to: "yesterday",
      client: "42", member: "me", tags: "x,,y", reminder: "maybe", channel: "pigeon", view: "1",
    });
    expect(p).toMatchObject({ view: null, sort: "at", dir: "desc", page: 1, size: 20 });
    expect(Object.values(p.filters).filter((v) => v !== undefined)).toEqual([]);
    expect(parseContactListParams({ page: "-5" }).page).toBe(1);
    expect(parseContactListParams({ page: "9999999999" }).page).toBe(100_000);
  });

  it("is newest first until a column is sorted; a sorted column is ascending unless 'desc'", () => {
    expect(parseContactListParams({ dir: "asc" })).toMatchObject({ sort: "at", dir: "asc" });
    expect(parseContactListParams({ sort: "client" })).toMatchObject({ sort: "client", dir: "asc" });
    expect(parseContactListParams({ sort: "client", dir: "desc" })).toMatchObject({ sort: "client", dir: "desc" });
    for (const [sort, dir] of [["at", "asc"], ["at", "desc"], ["client", "asc"], ["client", "desc"]] as const) {
      const p = { ...parseContactListParams({}), sort, dir };
      expect(parseContactListParams(Object.fromEntries(new URLSearchParams(contactListQuery(p))))).toEqual(p);
    }
  });

  it("keeps valid tags once each, lower-cased, and drops the rest", () => {
    expect(parseContactListParams({ tags: `${id.toUpperCase()},bogus,${id},${id2}` }).filters.tags).toEqual([id, id2]);
  });

  it("lets a period preset win over a custom range", () => {
    expect(parseContactListParams({ period: "week", from: "2026-01-01", to: "2026-01-31" }).filters).toEqual({ period: "week" });
    expect(parseContactListParams({ from: "2026-01-01" }).filters).toEqual({ from: "2026-01-01" });
  });

  it("round-trips every value through the URL and leaves defaults out", () => {
    const sp = { q: "Ким", sort: "client", dir: "desc", page: "3", size: "50", from: "2026-01-01", to: "2026-01-31", client: id, member: id2, tags: `${id},${id2}`, reminder: "no", channel: "whatsapp" };
    const p = parseContactListParams(sp);
    expect(parseContactListParams(Object.fromEntries(new URLSearchParams(contactListQuery(p))))).toEqual(p);
    expect(contactListQuery(parseContactListParams({ sort: "at", dir: "desc", size: "20", page: "1" }))).toBe("");
    expect(activeContactFilterCount(p.filters)).toBe(6);
    expect(activeContactFilterCount(parseContactListParams({ period: "today", reminder: "yes" }).filters)).toBe(2);
  });
});

describe("periodDates", () => {
  // Wednesday, 31 December 2025.
  const today = { year: 2025, month: 12, day: 31 };

  it("gives today, the Monday-to-Sunday week and the calendar month", () => {
    expect(periodDates({ period: "today" }, today)).toEqual({ from: "2025-12-31", to: "2025-12-31" });
    expect(periodDates({ period: "week" }, today)).toEqual({ from: "2025-12-29", to: "2026-01-04" });
    expect(periodDates({ period: "month" }, today)).toEqual({ from: "2025-12-01", to: "2025-12-31" });
    expect(periodDates({ period: "month" }, { year: 2028, month: 2, day: 10 })).toEqual({ from: "2028-02-01", to: "2028-02-29" });
  });

  it("starts a week on Monday even when today is Sunday", () => {
    expect(periodDates({ period: "week" }, { year: 2026, month: 1, day: 4 })).toEqual({ from: "2025-12-29", to: "2026-01-04" });
    expect(periodDates({ period: "week" }, { year: 2026, month: 1, day: 5 })).toEqual({ from: "2026-01-05", to: "2026-01-11" });
  });

  it("passes a custom range through", () => {
    expect(periodDates({ from: "2026-01-01" }, today)).toEqual({ from: "2026-01-01", to: undefined });
    expect(periodDates({}, today)).toEqual({ from: undefined, to: undefined });
  });
});
