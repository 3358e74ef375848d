import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { clientInputSchema } from "@/lib/client-input";
import { db } from "../client";
import { activities, contacts, memberships, reminders, users } from "../schema";
import { withTestDb } from "../test-db";
import { createClient } from "./clients";
import { clientCities, ContactLinkError, createContact, deleteContacts, getContact, listClientContacts, updateContact, type ContactInput } from "./contacts";
import { createUserWithWorkspace } from "./users";

withTestDb();

const TZ = "Asia/Almaty";
let ws = "";
let other = "";
let anna = "";
let staff = "";
let stranger = "";
let client = "";
let otherClient = "";

const input = (extra: Partial<ContactInput> = {}): ContactInput => ({
  at: new Date("2026-03-02T06:00:00Z"),
  direction: "outgoing",
  channel: "call",
  information: "Спросила про новый крем, перезвонить после зарплаты",
  category: "will_pay",
  memberId: anna,
  address: "+77011234567",
  ...extra,
});
const contactsOf = (w: string) => db().select().from(contacts).where(eq(contacts.workspaceId, w));
const remindersOf = (w: string) => db().select().from(reminders).where(eq(reminders.workspaceId, w));
const feed = (w: string, clientId: string) => db().select().from(activities).where(and(eq(activities.workspaceId, w), eq(activities.clientId, clientId)));

beforeAll(async () => {
  const w = { country: "KZ", currency: "KZT" as const, timeZone: TZ, defaultLocale: "ru" as const };
  const a = await createUserWithWorkspace({ name: "Анна", email: "a@contacts.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "A", slug: "contacts-a" } });
  const b = await createUserWithWorkspace({ name: "B", email: "b@contacts.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "B", slug: "contacts-b" } });
  ws = a.workspace.id;
  other = b.workspace.id;
  anna = a.user.id;
  stranger = b.user.id;
  const [s] = await db().insert(users).values({ name: "Сотрудник", email: "s@contacts.kz", passwordHash: "h", locale: "ru" }).returning();
  await db().insert(memberships).values({ workspaceId: ws, userId: s.id, role: "staff" });
  staff = s.id;
  const parse = (lastName: string, extra: Record<string, unknown> = {}) => clientInputSchema("KZ", []).parse({ lastName, firstName: "Дана", ...extra });
  client = (await createClient(ws, null, parse("Омарова", { addresses: [{ kind: "home", city: "Алматы" }] }))).id;
  otherClient = (await createClient(other, null, parse("Чужая"))).id;
});

describe("createContact", () => {
  it("logs a contact with its reminder in one go, and both in her feed", async () => {
    const { contact, reminder } = await createContact(ws, anna, { ...input(), clientId: client }, { dueAt: new Date("2026-03-10T05:00:00Z"), title: "Перезвонить" });
    expect(contact).toMatchObject({ clientId: client, channel: "call", direction: "outgoing", memberId: anna, category: "will_pay", createdById: anna });
    expect(reminder).toMatchObject({ title: "Перезвонить", contactId: contact.id, clientId: client, category: "will_pay", assigneeId: anna, allDay: false, recurrence: "none", kind: "manual" });
    expect(reminder!.dueAt.toISOString()).toBe("2026-03-10T05:00:00.000Z");
    const kinds = (await feed(ws, client)).map((a) => a.kind);
    expect(kinds).toEqual(expect.arrayContaining(["contact_logged", "reminder_created"]));
    const logged = (await feed(ws, client)).find((a) => a.kind === "contact_logged")!;
    expect(logged.data).toMatchObject({ contactId: contact.id, channel: "call", direction: "outgoing", information: input().information });
    expect(await getContact(ws, contact.id)).toMatchObject({ clientName: "Омарова Дана", reminder: { id: reminder!.id, title: "Перезвонить" } });
  });

  it("logs nothing when the reminder cannot be made", async () => {
    const before = (await contactsOf(ws)).length;
    const feedBefore = (await feed(ws, client)).length;
    await expect(createContact(ws, anna, { ...input({ information: "не сохранится" }), clientId: client }, { dueAt: new Date(Number.NaN), title: "x" })).rejects.toThrow();
    expect(await contactsOf(ws)).toHaveLength(before);
    expect(await feed(ws, client)).toHaveLength(feedBefore);
  });

  it("refuses another workspace's client or member", async () => {
    await expect(createContact(ws, anna, { ...input(), clientId: otherClient })).rejects.toEqual(new ContactLinkError("clientId"));
    await expect(createContact(ws, anna, { ...input({ memberId: stranger }), clientId: client })).rejects.toEqual(new ContactLinkError("memberId"));
    await expect(createContact(other, stranger, { ...input({ memberId: stranger }), clientId: client })).rejects.toBeInstanceOf(ContactLinkError);
    expect(await contactsOf(other)).toEqual([]);
  });
});

describe("updateContact and deleteContacts", () => {
  it("edits a contact and adds a reminder only when it has none", async () => {
    const { contact } = await createContact(ws, anna, { ...input({ information: "Первый звонок" }), clientId: client });
    const edited = await updateContact(ws, anna, contact.id, input({ channel: "whatsapp", memberId: staff, information: "Написала в WhatsApp" }), { dueAt: new Date("2026-04-01T05:00:00Z"), title: "Написать" });
    expect(edited?.contact).toMatchObject({ channel: "whatsapp", memberId: staff, information: "Написала в WhatsApp", clientId: client });
    expect(edited?.reminder).toMatchObject({ title: "Написать", assigneeId: staff, contactId: contact.id });
    const again = await updateContact(ws, anna, contact.id, input(), { dueAt: new Date("2026-05-01T05:00:00Z"), title: "Ещё раз" });
    expect(again?.reminder).toBeNull();
    expect((await remindersOf(ws)).filter((r) => r.contactId === contact.id)).toHaveLength(1);
    await expect(updateContact(ws, anna, contact.id, input({ memberId: stranger }))).rejects.toEqual(new ContactLinkError("memberId"));
  });

  it("cannot read, edit or delete another workspace's contact", async () => {
    const { contact } = await createContact(ws, anna, { ...input({ information: "Моя" }), clientId: client });
    expect(await getContact(other, contact.id)).toBeNull();
    expect(await updateContact(other, stranger, contact.id, input({ memberId: null, information: "Чужая правка" }))).toBeNull();
    expect(await deleteContacts(other, stranger, [contact.id])).toBe(0);
    expect(await getContact(ws, contact.id)).toMatchObject({ contact: { information: "Моя" } });
    expect(await listClientContacts(other, client)).toEqual([]);
  });

  it("deletes contacts with their reminders, and her feed says the reminders went", async () => {
    const { contact, reminder } = await createContact(ws, anna, { ...input({ information: "Удалить" }), clientId: client }, { dueAt: new Date("2026-03-20T05:00:00Z"), title: "Удаляемое" });
    expect(await deleteContacts(ws, anna, [contact.id])).toBe(1);
    expect(await getContact(ws, contact.id)).toBeNull();
    expect((await remindersOf(ws)).map((r) => r.id)).not.toContain(reminder!.id);
    const gone = (await feed(ws, client)).filter((a) => a.kind === "reminder_deleted");
    expect(gone.map((a) => a.data.reminderId)).toContain(reminder!.id);
  });
});

describe("listClientContacts and clientCities", () => {
  it("lists her contacts newest first with the member and the reminder's time", async () => {
    const { contact } = await createContact(ws, anna, { ...input({ at: new Date("2030-01-01T00:00:00Z"), memberId: staff }), clientId: client }, { dueAt: new Date("2030-01-02T05:00:00Z"), title: "Потом" });
    const rows = await listClientContacts(ws, client);
    expect(rows[0]).toMatchObject({ id: contact.id, memberName: "Сотрудник", channel: "call" });
    expect(rows[0].reminderDueAt?.toISOString()).toBe("2030-01-02T05:00:00.000Z");
    const times = rows.map((r) => r.at.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
  });

  it("gives each client's city, and none of another workspace's", async () => {
    expect((await clientCities(ws, [client, otherClient])).get(client)).toBe("Алматы");
    expect((await clientCities(other, [client])).size).toBe(0);
  });
});
