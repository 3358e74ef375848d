import { beforeAll, describe, expect, it } from "vitest";
import { moneyInputValue } from "@/lib/money";
import { productInputSchema } from "@/lib/product-input";
import { parseProductListParams } from "@/lib/product-list-params";
import { demoProducts } from "../demo-products";
import { withTestDb } from "../test-db";
import { listProductIds, listProducts } from "./product-list";
import { createProduct, setProductsActive, setProductsArchived } from "./products";
import { createUserWithWorkspace } from "./users";

withTestDb();

let ws = "";
let other = "";
const ids = new Map<string, string>();
const list = (sp: Record<string, string> = {}, workspaceId = ws) => listProducts(workspaceId, parseProductListParams(sp));
const names = async (sp: Record<string, string> = {}) => (await list({ size: "100", ...sp })).rows.map((r) => r.name);

beforeAll(async () => {
  const w = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const };
  const a = await createUserWithWorkspace({ name: "A", email: "a@products.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "A", slug: "products-a" } });
  const b = await createUserWithWorkspace({ name: "B", email: "b@products.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "B", slug: "products-b" } });
  ws = a.workspace.id;
  other = b.workspace.id;
  // The demo catalogue goes in through the form's own schema, as a person would type it.
  for (const p of demoProducts) {
    const input = productInputSchema.parse({ ...p, price: moneyInputValue(p.price), active: "on" });
    ids.set(p.sku, (await createProduct(ws, input)).id);
  }
  const extra = { category: null, active: true, imageUrl: null, description: null };
  ids.set("no-sku", (await createProduct(ws, { ...extra, sku: null, name: "Ёлочная свеча 100%", price: 150_000 })).id);
  await createProduct(other, { ...extra, sku: "SC-1001", name: "Чужой крем", price: 100 });
});

describe("listProducts", () => {
  it("pages the catalogue by name (Cyrillic order, Ё with Е) with an exact count", async () => {
    const first = await list({ size: "10" });
    const second = await list({ size: "10", page: "2" });
    expect(first.total).toBe(demoProducts.length + 1);
    expect(first.more).toBe(false);
    expect(first.rows).toHaveLength(10);
    expect(second.rows.map((r) => r.id)).not.toEqual(expect.arrayContaining([first.rows[0].id]));
    const all = await names();
    expect(all).toEqual([...all].sort((x, y) => x.localeCompare(y, "ru")));
    // Ё sorts with Е (between Д and К), not before А as its code point would put it.
    const yo = all.indexOf("Ёлочная свеча 100%");
    expect(yo).toBeGreaterThan(all.indexOf("Дневной крем SPF 30"));
    expect(yo).toBeLessThan(all.indexOf("Карандаш для губ «Нюд»"));
  });

  it("sorts by price, SKU and category both ways, missing values last", async () => {
    const prices = (await list({ sort: "price", size: "100" })).rows.map((r) => r.price);
    expect(prices).toEqual([...prices].sort((x, y) => x - y));
    expect(prices[0]).toBe(0);
    const desc = (await list({ sort: "price", dir: "desc", size: "100" })).rows.map((r) => r.price);
    expect(desc).toEqual([...prices].reverse().sort((x, y) => y - x));
    const skus = (await list({ sort: "sku", dir: "desc", size: "100" })).rows.map((r) => r.sku);
    expect(skus[0]).toBe("ST-8006");
    expect(skus.at(-1)).toBeNull();
    const cats = (await list({ sort: "category", size: "100" })).rows.map((r) => r.category);
    expect(cats[0]).toBe("Ароматы");
    expect(cats.at(-1)).toBeNull();
  });

  it("searches by part of a name or SKU, case-insensitively, with % taken literally", async () => {
    expect(await names({ q: "сыворотка" })).toEqual(["Сыворотка для роста ресниц", "Сыворотка с витамином C", "Сыворотка с ретинолом 0,3 %"]);
    expect(await names({ q: "mn-700" })).toHaveLength(5);
    expect(await names({ q: "100%" })).toEqual(["Ёлочная свеча 100%"]);
    expect(await names({ q: "нет такого" })).toEqual([]);
  });

  it("filters by category (any case) and by active, and keeps archived products in their own tab", async () => {
    expect(await names({ category: "ДЛЯ МУЖЧИН" })).toHaveLength(5);
    await setProductsActive(ws, [ids.get("MN-7001")!, ids.get("MN-7002")!], false);
    expect(await names({ category: "Для мужчин", active: "no" })).toEqual(["Бальзам после бритья", "Гель для бритья для чувствительной кожи"]);
    expect(await names({ category: "Для мужчин", active: "yes" })).toHaveLength(3);
    await setProductsArchived(ws, [ids.get("MN-7003")!], true);
    expect(await names({ category: "Для мужчин" })).not.toContain("Увлажняющий крем для мужчин");
    expect(await names({ archived: "1" })).toEqual(["Увлажняющий крем для мужчин"]);
    await setProductsArchived(ws, [ids.get("MN-7003")!], false);
  });

  it("selects every matching id for bulk actions", async () => {
    const matching = await listProductIds(ws, parseProductListParams({ category: "Наборы" }));
    expect(matching).toHaveLength(demoProducts.filter((p) => p.category === "Наборы").length);
    expect(await listProductIds(ws, parseProductListParams({ category: "Наборы" }), 2)).toHaveLength(2);
  });

  it("caps the count and says there are more", async () => {
    const capped = await listProducts(ws, parseProductListParams({ size: "10" }), 20);
    expect(capped).toMatchObject({ total: 20, more: true });
    expect(capped.rows).toHaveLength(10);
  });

  it("shows another workspace nothing and lets it change nothing", async () => {
    const theirs = await list({ size: "100" }, other);
    expect(theirs.rows.map((r) => r.name)).toEqual(["Чужой крем"]);
    expect(await listProductIds(other, parseProductListParams({ q: "крем" }))).toHaveLength(1);
    const mine = [...ids.values()];
    expect(await setProductsActive(other, mine, false)).toBe(0);
    expect(await setProductsArchived(other, mine, true)).toBe(0);
    expect((await list({ active: "no", size: "100" })).rows).toHaveLength(2);
  });
});
