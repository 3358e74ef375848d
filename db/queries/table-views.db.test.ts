import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { withTestDb } from "../test-db";
import { deleteView, getTableSetup, resetColumnLayout, saveColumnLayout, saveView, saveViewColumns, setDefaultView } from "./table-views";
import { db } from "../client";
import { memberships } from "../schema";
import { createUserWithWorkspace } from "./users";

withTestDb();

const ws = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const };
let anna = { workspaceId: "", userId: "", tableKey: "clients" };
let olga = { workspaceId: "", userId: "", tableKey: "clients" };
let dana = { workspaceId: "", userId: "", tableKey: "clients" };

beforeAll(async () => {
  const a = await createUserWithWorkspace({ name: "Anna", email: "anna@views.kz", passwordHash: "h", locale: "ru", workspace: { ...ws, name: "A", slug: "views-a" } });
  const b = await createUserWithWorkspace({ name: "Olga", email: "olga@views.kz", passwordHash: "h", locale: "ru", workspace: { ...ws, name: "B", slug: "views-b" } });
  anna = { workspaceId: a.workspace.id, userId: a.user.id, tableKey: "clients" };
  olga = { workspaceId: b.workspace.id, userId: b.user.id, tableKey: "clients" };
  // Dana works in Anna's workspace too (her own workspace aside).
  const d = await createUserWithWorkspace({ name: "Dana", email: "dana@views.kz", passwordHash: "h", locale: "ru", workspace: { ...ws, name: "D", slug: "views-d" } });
  await db().insert(memberships).values({ workspaceId: a.workspace.id, userId: d.user.id, role: "staff" });
  dana = { workspaceId: a.workspace.id, userId: d.user.id, tableKey: "clients" };
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
    const vip = await saveView(anna, { name: "VIP in Almaty", columns: ["name"], query: "tags=x", isDefault: true, shared: false });
    await saveView(anna, { name: "Birthdays", columns: ["name", "birthday"], query: "bday=1201-1231", isDefault: true, shared: false });
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

  it("lists a shared view for everyone in the workspace, after her own, with its author; only the author changes it", async () => {
    const shared = await saveView(anna, { name: "Almaty VIP", columns: ["name", "tags"], query: "tags=y", isDefault: true, shared: true });
    await saveView(anna, { name: "Private", columns: ["name"], query: "", isDefault: false, shared: false });
    await saveView(dana, { name: "Zhanna's calls", columns: ["name", "phone"], query: "phone=yes", isDefault: false, shared: false });
    const seen = (await getTableSetup(dana)).views;
    expect(seen.map((v) => [v.name, v.owner, v.isDefault])).toEqual([
      ["Zhanna's calls", null, false],
      ["Almaty VIP", "Anna", false], // Anna's default is not Dana's
    ]);
    expect(seen[1]).toMatchObject({ id: shared.id, columns: ["name", "tags"], query: "tags=y", shared: true });
    // Not on another table, not in another workspace, not the author's column layout.
    await saveColumnLayout(anna, ["name"]);
    expect((await getTableSetup(dana)).columnLayout).toBeNull();
    expect((await getTableSetup({ ...dana, tableKey: "orders" })).views).toEqual([]);
    expect((await getTableSetup(olga)).views).toEqual([]);
    // Dana can open it but not change, delete or default it.
    expect(await saveViewColumns(dana, shared.id, ["name"])).toBe(false);
    expect(await deleteView(dana, shared.id)).toBe(false);
    expect(await setDefaultView(dana, shared.id)).toBe(false);
    expect((await getTableSetup(anna)).views.find((v) => v.id === shared.id)).toMatchObject({ owner: null, isDefault: true, columns: ["name", "tags"] });
    // Unshared (saved again without the tick), it is Anna's alone.
    await saveView(anna, { name: "Almaty VIP", columns: ["name", "tags"], query: "tags=y", isDefault: true, shared: false });
    expect((await getTableSetup(dana)).views.map((v) => v.name)).toEqual(["Zhanna's calls"]);
    // And a member who leaves takes her shared views with her.
    await saveView(anna, { name: "Almaty VIP", columns: ["name", "tags"], query: "tags=y", isDefault: true, shared: true });
    await db().delete(memberships).where(eq(memberships.userId, anna.userId));
    expect((await getTableSetup(dana)).views.map((v) => v.name)).toEqual(["Zhanna's calls"]);
  });
});
