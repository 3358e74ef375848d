import { describe, expect, it } from "vitest";
import { activeFilterCount, clientListQuery, parseClientListParams } from "./client-list-params";

describe("parseClientListParams", () => {
  it("gives defaults for an empty URL", () => {
    expect(parseClientListParams({})).toMatchObject({ q: "", archived: false, sort: "name", dir: "asc", page: 1, size: 20, filters: { tagMode: "any" } });
  });

  it("falls back to defaults on bad values instead of failing", () => {
    const p = parseClientListParams({ sort: "password_hash", dir: "sideways", page: "-3", size: "1000", bday: "1340-0101", tags: "x,1;drop", resp: "42", consent: "all,commercial", createdFrom: "2026-13-45", "cf.Bad Key": "x" });
    expect(p).toMatchObject({ sort: "name", dir: "asc", page: 1, size: 20 });
    expect(p.filters).toMatchObject({ birthday: undefined, tags: undefined, responsible: undefined, consents: ["commercial"], createdFrom: undefined, custom: undefined });
  });

  it("reads a birthday range across the new year and round-trips through the URL", () => {
    const sp = { q: "Ким", archived: "1", sort: "birthday", dir: "desc", page: "3", size: "50", bday: "1220-0110", tags: "8c5a3a4e-0a5f-4a8e-9c1e-2b1c6f1e9d10", tagMode: "all", "cf.vip": "yes", phone: "no", registered: "yes" };
    const p = parseClientListParams(sp);
    expect(p.filters.birthday).toEqual({ from: { day: 20, month: 12 }, to: { day: 10, month: 1 } });
    expect(parseClientListParams(Object.fromEntries(new URLSearchParams(clientListQuery(p))))).toEqual(p);
  });

  it("reads the registered-on-site filter as yes or no only, counts it, and keeps it in the URL", () => {
    for (const v of ["yes", "no"] as const) {
      const p = parseClientListParams({ registered: v });
      expect(p.filters.registered).toBe(v);
      expect(activeFilterCount(p.filters)).toBe(1);
      expect(clientListQuery(p)).toBe(`registered=${v}`);
    }
    for (const bad of ["1", "true", "YES", "null", "yes,no", "' or 1=1 --", ""]) {
      const p = parseClientListParams({ registered: bad });
      expect(p.filters.registered, bad).toBeUndefined();
      expect(activeFilterCount(p.filters), bad).toBe(0);
      expect(clientListQuery(p), bad).toBe("");
    }
    // Repeated: the first value counts, as for every other parameter.
    expect(parseClientListParams({ registered: ["no", "yes"] }).filters.registered).toBe("no");
  });

  it("takes the first of repeated values and caps the query length", () => {
    expect(parseClientListParams({ q: ["a".repeat(500), "b"] }).q).toHaveLength(100);
  });
});
