import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { clientInputSchema } from "@/lib/client-input";
import { parseClientListParams } from "@/lib/client-list-params";
import { db } from "../client";
import { clients, users } from "../schema";
import { withTestDb } from "../test-db";
import { listClientIds, listClients } from "./client-list";
import { createClient, getClientCard, setClientsArchived } from "./clients";
import { createUserWithWorkspace } from "./users";

// The "registered on the site" filter (clients.registered_at) and the site account the card
// names (clients.customer_user_id → users.email).

withTestDb();

const list = (ws: string, sp: Record<string, string> = {}) => listClients(ws, parseClientListParams(sp), { timeZone: "Asia/Almaty" });
const names = (r: { rows: { lastName: string }[] }) => r.rows.map((x) => x.lastName).sort();
const newClient = async (ws: string, lastName: string) => (await createClient(ws, null, clientInputSchema("KZ", []).parse({ lastName, firstName: "Тест" }))).id;

let ws = "";
let other = "";
let registered = "";
let unregistered = "";
const registeredAt = new Date("2026-03-07T19:30:00Z"); // 8 March in Almaty

beforeAll(async () => {
  const w = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const };
  ws = (await createUserWithWorkspace({ name: "A", email: "a@registered.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "A", slug: "registered-a" } })).workspace.id;
  other = (await createUserWithWorkspace({ name: "B", email: "b@registered.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "B", slug: "registered-b" } })).workspace.id;
  const [customer] = await db().insert(users).values({ name: "Дана", email: "Dana@Customer.kz", passwordHash: "h" }).returning();
  const register = (workspaceId: string, clientId: string, userId: string | null) =>
    db().update(clients).set({ registeredAt, customerUserId: userId }).where(and(eq(clients.workspaceId, workspaceId), eq(clients.id, clientId)));

  registered = await newClient(ws, "Омарова");
  await register(ws, registered, customer.id);
  unregistered = await newClient(ws, "Сапарова");
  await newClient(ws, "Ахметова");
  const archived = await newClient(ws, "Бекова");
  await register(ws, archived, null);
  await setClientsArchived(ws, null, [archived], true);
  // The same person registered with another consultant: that client is not ours.
  await register(other, await newClient(other, "Чужая"), customer.id);
});

describe("the registered-on-site filter", () => {
  it("yes lists only clients who registered, no only the others, and no filter lists everyone", async () => {
    const yes = await list(ws, { registered: "yes" });
    expect(names(yes)).toEqual(["Омарова"]);
    expect(yes.total).toBe(1);
    expect(yes.rows[0].registeredAt).toBe(registeredAt.toISOString());

    const no = await list(ws, { registered: "no" });
    expect(names(no)).toEqual(["Ахметова", "Сапарова"]);
    expect(no.total).toBe(2);
    expect(no.rows.every((r) => r.registeredAt === null)).toBe(true);

    expect((await list(ws)).total).toBe(3);
  });

  it("works in the archive, with a search, and for 'select all matching'", async () => {
    expect(names(await list(ws, { archived: "1", registered: "yes" }))).toEqual(["Бекова"]);
    expect(names(await list(ws, { archived: "1", registered: "no" }))).toEqual([]);
    expect(names(await list(ws, { q: "омарова", registered: "yes" }))).toEqual(["Омарова"]);
    expect(names(await list(ws, { q: "сапарова", registered: "yes" }))).toEqual([]);
    expect(names(await list(ws, { q: "сапарова", registered: "no" }))).toEqual(["Сапарова"]);
    expect(await listClientIds(ws, parseClientListParams({ registered: "yes" }))).toEqual([registered]);
  });

  it("ignores a value other than yes or no", async () => {
    for (const registered of ["true", "1", "YES", "yes; drop table clients"]) expect((await list(ws, { registered })).total, registered).toBe(3);
  });

  it("never lists another workspace's registered clients", async () => {
    expect(names(await list(other, { registered: "yes" }))).toEqual(["Чужая"]);
    expect(names(await list(ws, { registered: "yes" }))).not.toContain("Чужая");
  });
});

describe("the card's site account", () => {
  it("names the linked account's e-mail, and nothing for a client without one", async () => {
    const card = await getClientCard(ws, registered);
    expect(card?.client.registeredAt?.toISOString()).toBe(registeredAt.toISOString());
    expect(card?.siteAccountEmail).toBe("Dana@Customer.kz");
    expect((await getClientCard(ws, unregistered))?.siteAccountEmail).toBeNull();
  });

  it("is not readable from another workspace", async () => {
    expect(await getClientCard(other, registered)).toBeNull();
  });
});
