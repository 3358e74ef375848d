import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Membership } from "@/db/queries/workspaces";
import { withTestDb } from "@/db/test-db";
import type { Locale } from "@/lib/locales";
import pl from "@/messages/pl.json";
import ru from "@/messages/ru.json";

// The actions as a form calls them: FormData in, translated errors out, and what the
// database holds afterwards. Only the session and Next's cache are stood in for.
const context = vi.hoisted(() => ({ locale: "ru" as Locale, member: null as Membership | null }));
vi.mock("@/lib/request-context", () => ({ currentLocale: async () => context.locale, currentMember: async () => context.member }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { archiveProductsAction, activateProductsAction, createProductAction, updateProductAction } = await import("./actions");
const { createProduct, getProduct } = await import("@/db/queries/products");
const { listProducts } = await import("@/db/queries/product-list");
const { parseProductListParams } = await import("@/lib/product-list-params");
const { createUserWithWorkspace } = await import("@/db/queries/users");

withTestDb();

let mine: Membership;
let theirs: Membership;
let theirProduct = "";

function form(fields: Record<string, string | string[]>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const item of [v].flat()) fd.append(k, item);
  return fd;
}
const redirected = (p: Promise<unknown>) => expect(p).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
const names = async () => (await listProducts(mine.workspace.id, parseProductListParams({ size: "100" }))).rows.map((r) => r.name);

beforeAll(async () => {
  const w = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const };
  const a = await createUserWithWorkspace({ name: "A", email: "a@pa.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "A", slug: "pa-a" } });
  const b = await createUserWithWorkspace({ name: "B", email: "b@pa.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "B", slug: "pa-b" } });
  const asMember = (x: typeof a): Membership => ({ user: { id: x.user.id, name: x.user.name, email: x.user.email, locale: "ru" }, workspace: x.workspace, role: "owner" }) as Membership;
  mine = asMember(a);
  theirs = asMember(b);
  theirProduct = (await createProduct(theirs.workspace.id, { sku: "T-1", name: "Чужой", category: null, price: 100, active: true, imageUrl: null, description: null })).id;
});

beforeEach(() => {
  context.member = mine;
  context.locale = "ru";
});

describe("product actions", () => {
  it("refuses bad input field by field, translated, and saves nothing", async () => {
    const result = await createProductAction(null, form({ name: " ", price: "12,5,0", imageUrl: "javascript:alert(1)", sku: "x".repeat(51) }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: [expect.any(String)], price: [expect.any(String)], imageUrl: [expect.any(String)], sku: [expect.any(String)] } });
    expect(result && !result.ok && result.values?.price).toBe("12,5,0");
    context.locale = "pl";
    const polish = await createProductAction(null, form({ name: "Krem" }));
    expect(polish).toMatchObject({ ok: false, fieldErrors: { price: [pl.errors.required] } });
    expect(await names()).toEqual([]);
  });

  it("creates a product from money as people type it, a free sample at 0, and refuses a taken SKU in any case", async () => {
    await redirected(createProductAction(null, form({ name: "Крем дневной", sku: "CR-1", price: "12 500,50", category: "Уход", active: "on", imageUrl: "https://example.kz/cream.jpg" })));
    await redirected(createProductAction(null, form({ name: "Пробник", price: "0" })));
    const rows = (await listProducts(mine.workspace.id, parseProductListParams({}))).rows;
    expect(rows.map((r) => [r.name, r.price, r.active])).toEqual([
      ["Крем дневной", 1_250_050, true],
      ["Пробник", 0, false],
    ]);
    const dup = await createProductAction(null, form({ name: "Другой", sku: "cr-1", price: "1" }));
    expect(dup).toMatchObject({ ok: false, fieldErrors: { sku: [expect.any(String)] } });
    expect(await names()).toHaveLength(2);
  });

  it("saves an edit once, answers a stale one with a conflict, and finds no other workspace's product", async () => {
    const [row] = (await listProducts(mine.workspace.id, parseProductListParams({ q: "CR-1" }))).rows;
    const p = (await getProduct(mine.workspace.id, row.id))!;
    const edit = { id: p.id, version: String(p.version), name: "Крем ночной", sku: "CR-1", price: "13000", active: "on" };
    await redirected(updateProductAction(null, form(edit)));
    expect(await getProduct(mine.workspace.id, p.id)).toMatchObject({ name: "Крем ночной", price: 1_300_000, category: null, imageUrl: null });
    expect(await updateProductAction(null, form({ ...edit, name: "Крем вечерний" }))).toMatchObject({ ok: false, formError: ru.errors.conflict });
    expect(await updateProductAction(null, form({ ...edit, id: theirProduct, version: "1" }))).toMatchObject({ ok: false, formError: ru.errors.notFound });
    expect((await getProduct(theirs.workspace.id, theirProduct))!.name).toBe("Чужой");
  });

  it("bulk-changes ticked or all matching products of its own workspace only", async () => {
    const ids = (await listProducts(mine.workspace.id, parseProductListParams({}))).rows.map((r) => r.id);
    expect(await activateProductsAction(null, form({ ids: [...ids, theirProduct], active: "0" }))).toMatchObject({ ok: true, data: "Готово: изменены 2 продукта" });
    expect(await archiveProductsAction(null, form({ all: "1", query: "q=Пробник", archived: "1" }))).toMatchObject({ ok: true, data: "Готово: изменён 1 продукт" });
    expect(await names()).toEqual(["Крем ночной"]);
    expect(await archiveProductsAction(null, form({ ids: "not-a-uuid", archived: "1" }))).toMatchObject({ ok: false });
    expect(await getProduct(theirs.workspace.id, theirProduct)).toMatchObject({ active: true, archivedAt: null });
  });
});
