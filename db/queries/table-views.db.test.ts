import { beforeAll, describe, expect, it } from "vitest";
import { withTestDb } from "../test-db";
import { deleteView, getTableSetup, resetColumnLayout, saveColumnLayout, saveView, saveViewColumns, setDefaultView } from "./table-views";
import { createUserWithWorkspace } from "./users";

withTestDb();

const ws = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const };
let anna = { workspaceId: "", userId: "", tableKey: "clients" };
let olga = { workspaceId: "", userId: "", tableKey: "clients" };

beforeAll(async () => {
  const a = await createUserWithWorkspace({ name: "Anna", email: "anna@views.kz", passwordHash: "h", locale: "ru", workspace: { ...ws, name: "A", slug: "views-a" } });
  const b = await createUserWithWorkspace({ name: "Olga", email: "olga@views.kz", passwordHash: "h", locale: "ru", workspace: { ...ws, name: "B", slug: "views-b" } });
  anna = { workspaceId: a.workspace.id, userId: a.user.id, tableKey: "clients" };
  olga = { workspaceId: b.workspace.id, userId: b.user.id, tableKey: "clients" };
});

describe("table views", () => {
  it("keeps each user's column layout, and resets it", async () => {
    expect((await getTableSetup(anna)).columnLayout).toBeNull();
    await saveColumnLayout(anna, ["name", "phone"]);
    await saveColumnLayout(anna, ["phone", "name", "tags"]);
    expect((await getTableSetup(anna)).columnLayout).toEqual(["phone", "name", "tags"]);
    expect((await getTableSetup(olga)).columnLayout).toBeNull();
    expect((await getTableSetup({ ...anna, tableKey: "orders" })).columnLayout).toBeNull();
    await resetColumnLayout(anna);
    expect((await getTableSetup(anna)).columnLayout).toBeNull();
  });

  it("saves named views with one default, and nobody else can read or delete them", async () => {
    const vip = await saveView(anna, { name: "VIP in Almaty", columns: ["name"], query: "tags=x", isDefault: true });
    await saveView(anna, { name: "Birthdays", columns: ["name", "birthday"], query: "bday=1201-1231", isDefault: true });
    expect((await getTableSetup(anna)).views.map((v) => [v.name, v.isDefault])).toEqual([["Birthdays", true], ["VIP in Almaty", false]]);
    expect((await getTableSetup(olga)).views).toEqual([]);
    expect((await getTableSetup({ ...anna, userId: olga.userId })).views).toEqual([]);
    expect(await deleteView(olga, vip.id)).toBe(false);
    expect(await saveViewColumns(olga, vip.id, ["name"])).toBe(false);
    expect(await saveViewColumns(anna, vip.id, ["name", "phone"])).toBe(true);
    expect((await getTableSetup(anna)).views.find((v) => v.id === vip.id)?.columns).toEqual(["name", "phone"]);
    expect(await setDefaultView(olga, vip.id)).toBe(false);
    expect(await setDefaultView(anna, vip.id)).toBe(true);
    expect((await getTableSetup(anna)).views.find((v) => v.isDefault)?.name).toBe("VIP in Almaty");
    expect(await deleteView(anna, vip.id)).toBe(true);
    expect((await getTableSetup(anna)).views.map((v) => v.name)).toEqual(["Birthdays"]);
  });
});
