import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { createClient } from "@/db/queries/clients";
import { createContact, getContact, listClientContacts } from "@/db/queries/contacts";
import { createUserWithWorkspace } from "@/db/queries/users";
import { findMembership, type Membership } from "@/db/queries/workspaces";
import { reminders } from "@/db/schema";
import { withTestDb } from "@/db/test-db";
import type { ActionState } from "@/lib/action";
import { clientInputSchema } from "@/lib/client-input";
import type { Locale } from "@/lib/locales";
import { dateToZonedInput } from "@/lib/zoned-time";

const context = vi.hoisted(() => ({ locale: "ru" as Locale, member: null as Membership | null }));
vi.mock("@/lib/request-context", () => ({
  currentLocale: async () => context.locale,
  currentMember: async () => context.member,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("./actions");
const listActions = await import("./list-actions");

withTestDb();

const TZ = "Asia/Almaty";
const NOT_FOUND = "Не найдено — возможно, запись удалена";
let a: Membership;
let b: Membership;
let clientId = "";
let otherClientId = "";

function form(fields: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}
const failed = <T,>(r: ActionState<T>) => (r && !r.ok ? r : expect.unreachable(`expected a failure, got ${JSON.stringify(r)}`));

/** Runs an action that ends in redirect(); returns where it went. */
async function redirected(run: Promise<unknown>) {
  const error = await run.then(
    (r) => expect.unreachable(`expected a redirect, got ${JSON.stringify(r)}`),
    (e: { digest?: string }) => e,
  );
  return String(error.digest).split(";")[2];
}

const hourAgo = () => dateToZonedInput(new Date(Date.now() - 3_600_000), TZ);
const fields = (extra: Record<string, string> = {}) => ({
  clientId, at: hourAgo(), direction: "outgoing", channel: "call", information: "Договорились о встрече в пятницу", category: "", memberId: a.user.id, address: "+7 701 123 4567", ...extra,
});
/** The edit form's fields: the new form's without the client (an edit keeps her). */
const editFields = (extra: Record<string, string> = {}) => Object.fromEntries(Object.entries(fields(extra)).filter(([k]) => k !== "clientId"));
const reminderOf = async (contactId: string) => (await db().select().from(reminders).where(and(eq(reminders.workspaceId, a.workspace.id), eq(reminders.contactId, contactId))))[0];

beforeAll(async () => {
  const w = { country: "KZ", currency: "KZT" as const, timeZone: TZ, defaultLocale: "ru" as const };
  const ua = await createUserWithWorkspace({ name: "A", email: "a@contact-actions.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "A", slug: "contact-actions-a" } });
  const ub = await createUserWithWorkspace({ name: "B", email: "b@contact-actions.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "B", slug: "contact-actions-b" } });
  a = (await findMembership(ua.user.id))!;
  b = (await findMembership(ub.user.id))!;
  const client = (lastName: string, extra: Record<string, unknown> = {}) => clientInputSchema("KZ", []).parse({ lastName, firstName: "Дана", ...extra });
  clientId = (await createClient(a.workspace.id, null, client("Омарова", { phones: [{ value: "87011234567" }], emails: [{ address: "dana@mail.kz" }], addresses: [{ kind: "home", city: "Алматы" }] }))).id;
  otherClientId = (await createClient(b.workspace.id, null, client("Чужая"))).id;
});

beforeEach(() => {
  context.member = a;
  context.locale = "ru";
});

describe("contact actions", () => {
  it("logs a contact with a reminder from the information, and goes back to her card", async () => {
    const where = await redirected(actions.createContactAction(null, form({ ...fields({ category: "will_pay" }), remind: "1", remindAt: "2030-05-04T10:30", remindText: "", back: "client" })));
    expect(where).toBe(`/clients/${clientId}`);
    const [row] = await listClientContacts(a.workspace.id, clientId);
    expect(row).toMatchObject({ channel: "call", direction: "outgoing", category: "will_pay", address: "+7 701 123 4567" });
    const reminder = await reminderOf(row.id);
    expect(reminder).toMatchObject({ title: "Договорились о встрече в пятницу", category: "will_pay", assigneeId: a.user.id, clientId, allDay: false });
    // 10:30 in Almaty (UTC+5).
    expect(reminder.dueAt.toISOString()).toBe("2030-05-04T05:30:00.000Z");
  });

  it("refuses bad input field by field, translated, and logs nothing", async () => {
    const before = (await listClientContacts(a.workspace.id, clientId)).length;
    const bad = fields({ clientId: "", at: "2026-02-30T10:00", direction: "sideways", channel: "pigeon", category: "vip" });
    const r = failed(await actions.createContactAction(null, form({ ...bad, remind: "1", remindAt: "2026-13-01T10:00" })));
    expect(Object.keys(r.fieldErrors).sort()).toEqual(["at", "category", "channel", "clientId", "direction", "remindAt"]);
    expect(r.fieldErrors.clientId).toEqual(["Заполните это поле"]);
    expect(r.fieldErrors.at).toEqual(["Такой даты нет"]);
    expect(r.fieldErrors.remindAt).toEqual(["Такой даты нет"]);
    expect(r.values).toMatchObject({ information: "Договорились о встрече в пятницу" });
    const future = failed(await actions.createContactAction(null, form(fields({ at: dateToZonedInput(new Date(Date.now() + 3 * 86_400_000), TZ) }))));
    expect(future.fieldErrors.at).toEqual(["Эта дата ещё не наступила"]);
    // "Remind me" needs a time, and a text when there is no information to take it from;
    // both are said together with the other fields' errors.
    const remind = failed(await actions.createContactAction(null, form({ ...fields({ information: "", clientId: "" }), remind: "1", remindAt: "", remindText: "" })));
    expect(Object.keys(remind.fieldErrors).sort()).toEqual(["clientId", "remindAt", "remindText"]);
    expect(remind.fieldErrors.remindAt).toEqual(["Заполните это поле"]);
    expect(await listClientContacts(a.workspace.id, clientId)).toHaveLength(before);
  });

  it("treats another workspace's client, member and contact as not found", async () => {
    expect(failed(await actions.createContactAction(null, form(fields({ clientId: otherClientId })))).fieldErrors.clientId).toEqual([NOT_FOUND]);
    expect(failed(await actions.createContactAction(null, form(fields({ memberId: b.user.id })))).fieldErrors.memberId).toEqual([NOT_FOUND]);
    const { contact } = await createContact(b.workspace.id, b.user.id, { clientId: otherClientId, at: new Date(), direction: "incoming", channel: "sms", information: "Их", category: null, memberId: null, address: null });
    expect(failed(await actions.updateContactAction(null, form({ id: contact.id, ...editFields({ information: "Чужая правка" }) }))).formError).toBe(NOT_FOUND);
    expect(failed(await actions.deleteContactAction(null, form({ id: contact.id }))).formError).toBe(NOT_FOUND);
    expect(await listActions.deleteContactsAction(null, form({ ids: contact.id }))).toMatchObject({ ok: true, data: "Удалено 0 контактов" });
    expect((await getContact(b.workspace.id, contact.id))?.contact.information).toBe("Их");
    expect(await actions.searchContactClientsAction(null, form({ q: "Чужая" }))).toEqual({ ok: true, data: [] });
    expect(failed(await actions.pickContactClientAction(null, form({ id: otherClientId }))).formError).toBe(NOT_FOUND);
  });

  it("finds and picks clients with phone, city and e-mail", async () => {
    const found = await actions.searchContactClientsAction(null, form({ q: "Омарова" }));
    expect(found).toEqual({ ok: true, data: [{ id: clientId, name: "Омарова Дана", detail: "+7 701 123 4567 · Алматы · dana@mail.kz" }] });
    expect(await actions.pickContactClientAction(null, form({ id: clientId }))).toEqual({ ok: true, data: { phone: "+7 701 123 4567", email: "dana@mail.kz" } });
  });

  it("edits a contact, adds a reminder, and deletes one or many", async () => {
    const { contact } = await createContact(a.workspace.id, a.user.id, { clientId, at: new Date(), direction: "outgoing", channel: "call", information: "Старое", category: null, memberId: null, address: null });
    const edit = editFields({ channel: "email", information: "Новое", address: "dana@mail.kz" });
    expect(await redirected(actions.updateContactAction(null, form({ id: contact.id, ...edit, remind: "1", remindAt: "2030-01-01T09:00", remindText: "Написать ещё" })))).toBe("/contacts");
    expect((await getContact(a.workspace.id, contact.id))?.contact).toMatchObject({ channel: "email", information: "Новое", address: "dana@mail.kz", clientId });
    expect(await reminderOf(contact.id)).toMatchObject({ title: "Написать ещё" });
    expect(await redirected(actions.deleteContactAction(null, form({ id: contact.id, back: "client" })))).toBe(`/clients/${clientId}`);
    expect(await getContact(a.workspace.id, contact.id)).toBeNull();
    expect(await reminderOf(contact.id)).toBeUndefined();

    const many = await Promise.all(
      ["Один", "Два"].map((information) => createContact(a.workspace.id, a.user.id, { clientId, at: new Date(), direction: "incoming", channel: "meeting", information, category: null, memberId: null, address: null })),
    );
    const r = await listActions.deleteContactsAction(null, form({ all: "1", query: `client=${clientId}&channel=meeting` }));
    expect(r).toEqual({ ok: true, data: "Удалено 2 контакта" });
    for (const { contact: c } of many) expect(await getContact(a.workspace.id, c.id)).toBeNull();
  });
});
