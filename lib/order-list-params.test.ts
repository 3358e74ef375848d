import { describe, expect, it } from "vitest";
import { activeOrderFilterCount, orderListQuery, parseOrderListParams } from "./order-list-params";

const id = "8c5a3a4e-0a5f-4a8e-9c1e-2b1c6f1e9d10";

describe("parseOrderListParams", () => {
  it("gives defaults for an empty URL: newest first, 20 a page", () => {
    expect(parseOrderListParams({})).toEqual({ view: null, q: "", archived: false, sort: "date", dir: "desc", page: 1, size: 20, filters: {} });
  });

  it("falls back to defaults on bad values instead of failing", () => {
    const p = parseOrderListParams({ sort: "client_id; drop", dir: "sideways", page: "-3", size: "1000", status: "lost,,x", payment: "free", from: "2026-02-30", to: "tomorrow", client: "42", product: "x", source: "phone", view: "1" });
    expect(p).toMatchObject({ view: null, sort: "date", dir: "desc", page: 1, size: 20 });
    expect(Object.values(p.filters).filter((v) => v !== undefined)).toEqual([]);
    expect(parseOrderListParams({ page: "9999999999" }).page).toBe(100_000);
  });

  it("is newest first until a column is sorted; a sorted column is ascending unless 'desc'", () => {
    expect(parseOrderListParams({ dir: "asc" })).toMatchObject({ sort: "date", dir: "asc" });
    expect(parseOrderListParams({ sort: "date" })).toMatchObject({ sort: "date", dir: "asc" });
    expect(parseOrderListParams({ sort: "total", dir: "desc" })).toMatchObject({ sort: "total", dir: "desc" });
    expect(parseOrderListParams({ sort: "total" })).toMatchObject({ sort: "total", dir: "asc" });
    for (const [sort, dir] of [["date", "asc"], ["date", "desc"], ["balance", "asc"], ["number", "desc"]] as const) {
      const p = { ...parseOrderListParams({}), sort, dir };
      expect(parseOrderListParams(Object.fromEntries(new URLSearchParams(orderListQuery(p))))).toEqual(p);
    }
  });

  it("keeps the allowed statuses among several, each once", () => {
    const p = parseOrderListParams({ status: "delivered,bogus,new,new", payment: "partial,unpaid" });
    expect(p.filters.statuses).toEqual(["new", "delivered"]);
    expect(p.filters.payments).toEqual(["unpaid", "partial"]);
  });

  it("round-trips every value through the URL and leaves defaults out", () => {
    const sp = { q: "Ким", archived: "1", sort: "balance", dir: "asc", page: "3", size: "50", status: "new,processed", payment: "paid", from: "2026-01-01", to: "2026-01-31", client: id, product: id.toUpperCase(), source: "site" };
    const p = parseOrderListParams(sp);
    expect(p.filters.product).toBe(id);
    expect(parseOrderListParams(Object.fromEntries(new URLSearchParams(orderListQuery(p))))).toEqual(p);
    expect(orderListQuery(parseOrderListParams({ sort: "date", dir: "desc", size: "20", page: "1" }))).toBe("");
    expect(activeOrderFilterCount(p.filters)).toBe(6);
  });

  it("takes the first of repeated values and caps the query length", () => {
    expect(parseOrderListParams({ q: ["1".repeat(500), "b"] }).q).toHaveLength(100);
    expect(parseOrderListParams({ sort: ["total", "number"] }).sort).toBe("total");
  });
});
