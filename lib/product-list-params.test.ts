import { describe, expect, it } from "vitest";
import { parseProductListParams, productListQuery } from "./product-list-params";

describe("parseProductListParams", () => {
  it("gives defaults for an empty URL", () => {
    expect(parseProductListParams({})).toEqual({ view: null, q: "", archived: false, sort: "name", dir: "asc", page: 1, size: 20, category: undefined, active: undefined });
  });

  it("falls back to defaults on bad values instead of failing", () => {
    const p = parseProductListParams({ sort: "workspace_id", dir: "up", page: "-3", size: "25", active: "maybe", archived: "true", view: "1; drop table", category: "   " });
    expect(p).toMatchObject({ sort: "name", dir: "asc", page: 1, size: 20, active: undefined, archived: false, view: null, category: undefined });
    expect(parseProductListParams({ page: "abc" }).page).toBe(1);
    expect(parseProductListParams({ page: "99999999" }).page).toBe(100_000);
  });

  it("reads every allowed value and round-trips through the URL", () => {
    const sp = { q: "крем", archived: "1", sort: "price", dir: "desc", page: "3", size: "50", category: "Уход за лицом", active: "no", view: "8c5a3a4e-0a5f-4a8e-9c1e-2b1c6f1e9d10" };
    const p = parseProductListParams(sp);
    expect(p).toEqual({ q: "крем", archived: true, sort: "price", dir: "desc", page: 3, size: 50, category: "Уход за лицом", active: "no", view: sp.view });
    expect(parseProductListParams(Object.fromEntries(new URLSearchParams(productListQuery(p))))).toEqual(p);
  });

  it("takes the first of repeated values and caps text lengths", () => {
    const p = parseProductListParams({ q: ["a".repeat(500), "b"], category: "к".repeat(300), sort: ["sku", "price"] });
    expect(p.q).toHaveLength(100);
    expect(p.category).toHaveLength(100);
    expect(p.sort).toBe("sku");
  });

  it("leaves defaults out of the URL", () => {
    expect(productListQuery(parseProductListParams({ sort: "name", dir: "asc", size: "20", page: "1" }))).toBe("");
  });
});
