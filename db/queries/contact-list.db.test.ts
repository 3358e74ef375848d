import { beforeAll, describe, expect, it } from "vitest";
import { clientInputSchema } from "@/lib/client-input";
import { parseContactListParams } from "@/lib/contact-list-params";
import { db } from "../client";
import { memberships, users } from "../schema";
import { withTestDb } from "../test-db";
import { createClient } from "./clients";
import { listContactIds, listContacts } from "./contact-list";
import { createContact, type ContactInput } from "./contacts";
import { listTags } from "./tags";
import { createUserWithWorkspace } from "./users";

withTestDb();

const TZ = "Asia/Almaty";
// Wednesday 14 January 2026, noon in Almaty (UTC+5).
const TODAY = new Date("2026-01-14T07:00:00Z");
const list = (w: string, sp: Record<string, string> = {}) => listContacts(w, parseContactListParams(sp), { timeZone: TZ, today: TODAY });
const infos = (r: { rows: { information: string | null }[] }) => r.rows.map((x) => x.information);

let ws = "";
let other = "";
let anna = "";
let staff = "";
let ivanova = "";
let kim = "";
let vip = "";
let otherContact = "";

beforeAll(async () => {
  const w = { country: "KZ", currency: "KZT" as const, timeZone: TZ, defaultLocale: "ru" as const };
  const a = await createUserWithWorkspace({ name: "Анна", email: "a@contact-list.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "A", slug: "contact-list-a" } });
  const b = await createUserWithWorkspace({ name: "B", email: "b@contact-list.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "B", slug: "contact-list-b" } });
  ws = a.workspace.id;
  other = b.workspace.id;
  anna = a.user.id;
  const [s] = await db().insert(users).values({ name: "Сотрудник", email: "s@contact-list.kz", passwordHash: "h", locale: "ru" }).returning();
  await db().insert(memberships).values({ workspaceId: ws, userId: s.id, role: "staff" });
  staff = s.id;
  const parse = (lastName: string, firstName: string, extra: Record<string, unknown> = {}) => clientInputSchema("KZ", []).parse({ lastName, firstName, ...extra });
  ivanova = (await createClient(ws, null, parse("Иванова", "Анна", { tags: "VIP" }))).id;
  kim = (await createClient(ws, null, parse("Ким", "Ольга", { tags: "Новые" }))).id;
  vip = (await listTags(ws)).find((t) => t.name === "VIP")!.id;
  const otherClient = (await createClient(other, null, parse("Иванова", "Чужая", { tags: "VIP" }))).id;
  const base = (at: string, information: string, extra: Partial<ContactInput> = {}): ContactInput => ({
    at: new Date(at), direction: "outgoing", channel: "call", information, category: null, memberId: anna, address: null, ...extra,
  });
  const remind = { dueAt: new Date("2026-02-01T05:00:00Z"), title: "Перезвонить" };
  // In Almaty time: «1» Mon 12 Jan 01:30, «2» Wed 14 Jan 00:30 (still 13 Jan in UTC), «3» Wed 14 Jan 12:00, «4» Thu 1 Jan, «5» Sun 28 Dec.
  await createContact(ws, anna, { ...base("2026-01-11T20:30:00Z", "1"), clientId: ivanova }, remind);
  await createContact(ws, anna, { ...base("2026-01-13T19:30:00Z", "2", { channel: "whatsapp", memberId: staff }), clientId: kim });
  await createContact(ws, anna, { ...base("2026-01-14T07:00:00Z", "3", { direction: "incoming" }), clientId: ivanova }, remind);
  await createContact(ws, anna, { ...base("2026-01-01T07:00:00Z", "4", { memberId: staff }), clientId: kim });
  await createContact(ws, anna, { ...base("2025-12-28T07:00:00Z", "5", { memberId: null }), clientId: ivanova });
  otherContact = (await createContact(other, null, { ...base("2026-01-14T07:00:00Z", "чужой", { memberId: null }), clientId: otherClient })).contact.id;
});

describe("listContacts", () => {
  it("lists newest first with the client, member and reminder", async () => {
    const r = await list(ws);
    expect(infos(r)).toEqual(["3", "2", "1", "4", "5"]);
    expect({ total: r.total, more: r.more }).toEqual({ total: 5, more: false });
    expect(r.rows[0]).toMatchObject({ clientId: ivanova, clientName: "Иванова Анна", direction: "incoming", channel: "call", memberName: "Анна", reminderDone: false });
    expect(r.rows[0].reminderDueAt).toBe("2026-02-01T05:00:00.000Z");
    expect(r.rows[1]).toMatchObject({ memberName: "Сотрудник", reminderDueAt: null, reminderDone: null });
    expect(r.rows[4].at).toBe("2025-12-28T07:00:00.000Z");
  });

  it("sorts by time and by client, both ways", async () => {
    expect(infos(await list(ws, { dir: "asc" }))).toEqual(["5", "4", "1", "2", "3"]);
    // By client: her name, then her contacts newest first.
    expect(infos(await list(ws, { sort: "client" }))).toEqual(["3", "1", "5", "2", "4"]);
    expect(infos(await list(ws, { sort: "client", dir: "desc" }))).toEqual(["2", "4", "3", "1", "5"]);
  });

  it("pages in SQL", async () => {
    const first = await listContacts(ws, { ...parseContactListParams({}), size: 10 }, { timeZone: TZ });
    expect(first.rows).toHaveLength(5);
    expect(await listContacts(ws, { ...parseContactListParams({}), size: 10, page: 2 }, { timeZone: TZ })).toMatchObject({ rows: [], total: 5 });
  });

  it("filters by period in the workspace's calendar", async () => {
    expect(infos(await list(ws, { period: "today" }))).toEqual(["3", "2"]);
    expect(infos(await list(ws, { period: "week" }))).toEqual(["3", "2", "1"]);
    expect(infos(await list(ws, { period: "month" }))).toEqual(["3", "2", "1", "4"]);
    expect(infos(await list(ws, { from: "2026-01-12", to: "2026-01-13" }))).toEqual(["1"]);
    expect(infos(await list(ws, { to: "2025-12-31" }))).toEqual(["5"]);
    // In UTC contact «2» is on 13 January: the day is the workspace's.
    const utc = await listContacts(ws, parseContactListParams({ from: "2026-01-13", to: "2026-01-13" }), { timeZone: "UTC" });
    expect(infos(utc)).toEqual(["2"]);
  });

  it("filters by client, member, channel, tag and reminder", async () => {
    expect(infos(await list(ws, { client: kim }))).toEqual(["2", "4"]);
    expect(infos(await list(ws, { member: staff }))).toEqual(["2", "4"]);
    expect(infos(await list(ws, { channel: "whatsapp" }))).toEqual(["2"]);
    expect(infos(await list(ws, { tags: vip }))).toEqual(["3", "1", "5"]);
    expect(infos(await list(ws, { reminder: "yes" }))).toEqual(["3", "1"]);
    expect(infos(await list(ws, { reminder: "no" }))).toEqual(["2", "4", "5"]);
    expect(infos(await list(ws, { tags: vip, reminder: "no" }))).toEqual(["5"]);
    expect(await listContactIds(ws, parseContactListParams({ member: staff }), { timeZone: TZ })).toHaveLength(2);
  });

  it("finds contacts by the client's name", async () => {
    expect(infos(await list(ws, { q: "ким" }))).toEqual(["2", "4"]);
    expect(infos(await list(ws, { q: "Иванова", period: "today" }))).toEqual(["3"]);
    expect(await list(ws, { q: "Zzyzx" })).toEqual({ rows: [], total: 0, more: false });
  });

  it("counts exactly up to the limit and says 'more' beyond it", async () => {
    const params = parseContactListParams({});
    expect(await listContacts(ws, params, { countLimit: 5 })).toMatchObject({ total: 5, more: false });
    expect(await listContacts(ws, params, { countLimit: 3 })).toMatchObject({ total: 3, more: true });
  });

  it("another workspace sees none of these contacts, whatever the filter", async () => {
    expect((await list(other)).rows.map((r) => r.id)).toEqual([otherContact]);
    expect((await list(other, { client: ivanova })).rows).toEqual([]);
    expect((await list(other, { tags: vip })).rows).toEqual([]);
    expect((await list(other, { q: "Иванова" })).rows.map((r) => r.id)).toEqual([otherContact]);
    expect(await listContactIds(other, parseContactListParams({ member: anna }))).toEqual([]);
    expect((await list(ws)).rows.map((r) => r.id)).not.toContain(otherContact);
  });
});
