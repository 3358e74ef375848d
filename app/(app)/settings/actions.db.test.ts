import { and, asc, eq, isNull } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { calendarToken } from "@/db/queries/calendar";
import { createClient } from "@/db/queries/clients";
import { createOrder, setOrdersStatus } from "@/db/queries/orders";
import { createProduct } from "@/db/queries/products";
import { createUserWithWorkspace } from "@/db/queries/users";
import { findMembership, type Membership } from "@/db/queries/workspaces";
import { memberships, reminders, users, workspaces } from "@/db/schema";
import { withTestDb } from "@/db/test-db";
import type { ActionState } from "@/lib/action";
import { clientInputSchema } from "@/lib/client-input";
import type { Locale } from "@/lib/locales";

const context = vi.hoisted(() => ({ locale: "ru" as Locale, member: null as Membership | null }));
vi.mock("@/lib/request-context", () => ({
  currentLocale: async () => context.locale,
  currentMember: async () => context.member,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("./actions");

withTestDb();

let owner: Membership;
let staff: Membership;
let other: Membership;
let orderId = "";
let clientId = "";

const failed = <T,>(r: ActionState<T>) => (r && !r.ok ? r : expect.unreachable(`expected a failure, got ${JSON.stringify(r)}`));

/** The settings form as the owner's browser posts it; `remindDayBefore` is left out when the switch is off. */
function settingsForm(fields: Record<string, string | null> = {}) {
  const values: Record<string, string | null> = {
    name: "Студия", slug: "settings-a", country: "KZ", currency: "KZT", timeZone: "Asia/Almaty", defaultLocale: "ru",
    followUpHour: "11", digestHour: "8", remindDayBefore: null, ...fields,
  };
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) if (v !== null) fd.append(k, v);
  for (const [amount, unit] of [["2", "day"], ["2", "week"], ["2", "month"]]) {
    fd.append("cadenceAmount", amount);
    fd.append("cadenceUnit", unit);
  }
  return fd;
}

const workspaceRow = async () => (await db().select().from(workspaces).where(eq(workspaces.id, owner.workspace.id)))[0];
const followUps = () =>
  db().select().from(reminders).where(and(eq(reminders.orderId, orderId), eq(reminders.kind, "follow_up"))).orderBy(asc(reminders.step));
const birthdays = () =>
  db()
    .select()
    .from(reminders)
    .where(and(eq(reminders.clientId, clientId), eq(reminders.kind, "birthday"), isNull(reminders.doneAt)))
    .orderBy(asc(reminders.step));
const localTime = (d: Date) => new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Almaty", hour: "2-digit", minute: "2-digit" }).format(d);

beforeAll(async () => {
  vi.spyOn(console, "info").mockImplementation(() => undefined); // "inngest not configured"
  const w = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const };
  const a = await createUserWithWorkspace({ name: "A", email: "a@settings.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "Студия", slug: "settings-a" } });
  const b = await createUserWithWorkspace({ name: "B", email: "b@settings.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "B", slug: "settings-b" } });
  const [s] = await db().insert(users).values({ name: "S", email: "s@settings.kz", passwordHash: "h", locale: "ru" }).returning();
  await db().insert(memberships).values({ workspaceId: a.workspace.id, userId: s.id, role: "staff" });
  owner = (await findMembership(a.user.id))!;
  staff = (await findMembership(s.id))!;
  other = (await findMembership(b.user.id))!;
  clientId = (await createClient(a.workspace.id, a.user.id, clientInputSchema("KZ", []).parse({ lastName: "Омарова", firstName: "Дана", birthDay: "10", birthMonth: "3" }))).id;
  const order = await createOrder(a.workspace.id, a.user.id, { clientId, items: [{ productId: null, name: "Крем", sku: null, quantity: 1, unitPrice: 1000 }], discountPercent: 0, note: null });
  orderId = order.id;
  await setOrdersStatus(a.workspace.id, a.user.id, [orderId], "delivered", new Date("2026-12-01T09:00:00Z"));
});

beforeEach(() => {
  context.member = owner;
});

describe("reminder settings", () => {
  it("refuses an hour outside 0–23 field by field and changes nothing", async () => {
    const before = await workspaceRow();
    const calls = await followUps();
    const r = failed(await actions.updateWorkspaceSettingsAction(null, settingsForm({ followUpHour: "24", digestHour: "семь", remindDayBefore: "on" })));
    expect(Object.keys(r.fieldErrors).sort()).toEqual(["digestHour", "followUpHour"]);
    expect(r.fieldErrors.followUpHour[0]).toBeTruthy();
    expect(await workspaceRow()).toEqual(before);
    expect(await followUps()).toEqual(calls);
  });

  it("saving other settings leaves the generated reminders alone", async () => {
    const [birthday] = await birthdays();
    const r = await actions.updateWorkspaceSettingsAction(null, settingsForm({ name: "Студия Даны" }));
    expect(r).toMatchObject({ ok: true });
    expect((await workspaceRow()).name).toBe("Студия Даны");
    // syncDateReminders replaces rows: the same id means it did not run.
    expect((await birthdays()).map((b) => b.id)).toEqual([birthday.id]);
  });

  it("saves the hours and the day-before switch, and moves the open generated reminders with them", async () => {
    expect((await followUps()).map((f) => localTime(f.dueAt))).toEqual(["11:00", "11:00", "11:00"]);
    const r = await actions.updateWorkspaceSettingsAction(null, settingsForm({ followUpHour: "9", digestHour: "7", remindDayBefore: "on" }));
    expect(r).toMatchObject({ ok: true });
    expect(await workspaceRow()).toMatchObject({ followUpHour: 9, digestHour: 7, remindDayBefore: true });
    expect((await followUps()).map((f) => localTime(f.dueAt))).toEqual(["09:00", "09:00", "09:00"]);
    const dates = await birthdays();
    expect(dates.map((b) => [b.step, localTime(b.notifyAt)])).toEqual([[0, "09:00"], [1, "09:00"]]);
    expect(dates[1].dueAt.getTime()).toBe(dates[0].dueAt.getTime() - 86_400_000);
  });

  it("turning the switch off removes the day-before reminders", async () => {
    const r = await actions.updateWorkspaceSettingsAction(null, settingsForm({ followUpHour: "9", digestHour: "7" }));
    expect(r).toMatchObject({ ok: true });
    expect((await workspaceRow()).remindDayBefore).toBe(false);
    expect((await birthdays()).map((b) => b.step)).toEqual([0]);
  });

  it("is the owner's: staff cannot change the hours", async () => {
    context.member = staff;
    const before = await workspaceRow();
    const r = failed(await actions.updateWorkspaceSettingsAction(null, settingsForm({ followUpHour: "6" })));
    expect(r.formError).toBeTruthy();
    expect(await workspaceRow()).toEqual(before);
  });
});

describe("calendar link actions", () => {
  it("lets any member create, replace and revoke her own link only", async () => {
    context.member = staff;
    expect(await actions.createCalendarLinkAction(null, new FormData())).toMatchObject({ ok: true });
    const first = await calendarToken(owner.workspace.id, staff.user.id);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await calendarToken(owner.workspace.id, owner.user.id)).toBeNull();
    await actions.createCalendarLinkAction(null, new FormData());
    const second = await calendarToken(owner.workspace.id, staff.user.id);
    expect(second).not.toBe(first);

    context.member = other;
    await actions.revokeCalendarLinkAction(null, new FormData());
    expect(await calendarToken(owner.workspace.id, staff.user.id)).toBe(second);

    context.member = staff;
    expect(await actions.revokeCalendarLinkAction(null, new FormData())).toMatchObject({ ok: true });
    expect(await calendarToken(owner.workspace.id, staff.user.id)).toBeNull();
  });

  it("asks for a session", async () => {
    context.member = null;
    expect(failed(await actions.createCalendarLinkAction(null, new FormData())).formError).toBeTruthy();
  });
});

describe("personal site settings", () => {
  /** The site form as the owner's browser posts it: an unticked box and a switch that is off send nothing. */
  function siteForm(fields: Record<string, string>, categories: string[] = []) {
    const fd = new FormData();
    for (const [k, v] of Object.entries(fields)) fd.append(k, v);
    for (const c of categories) fd.append("siteCategories", c);
    return fd;
  }
  const site = async () => {
    const ws = await workspaceRow();
    return { enabled: ws.siteEnabled, bio: ws.siteBio, photo: ws.sitePhotoUrl, phone: ws.sitePhone, whatsapp: ws.siteWhatsapp, telegram: ws.siteTelegram, email: ws.siteEmail, categories: ws.siteCategories };
  };

  beforeAll(async () => {
    const product = (name: string, category: string) => ({ sku: null, name, category, price: 100, active: true, imageUrl: null, description: null });
    await createProduct(owner.workspace.id, product("Крем", "Уход"));
    await createProduct(owner.workspace.id, product("Помада", "Макияж"));
  });

  it("switches the site on with its contacts, read in the workspace's country; every category ticked is all of them", async () => {
    const fields = { siteEnabled: "on", siteBio: "Консультант", sitePhotoUrl: "https://example.com/me.jpg", sitePhone: "8 701 123 45 67", siteWhatsapp: "+7 701 123 45 67", siteTelegram: "https://t.me/Dana_Beauty", siteEmail: "Dana@Mail.kz" };
    const r = await actions.updateSiteSettingsAction(null, siteForm(fields, ["Уход", "Макияж"]));
    expect(r).toMatchObject({ ok: true, data: "Настройки сайта сохранены" });
    expect(await site()).toEqual({ enabled: true, bio: "Консультант", photo: "https://example.com/me.jpg", phone: "+77011234567", whatsapp: "+77011234567", telegram: "Dana_Beauty", email: "dana@mail.kz", categories: null });
    await actions.updateSiteSettingsAction(null, siteForm({ siteEnabled: "on" }, ["Макияж", "Чужая"]));
    expect(await site()).toMatchObject({ enabled: true, bio: null, phone: null, telegram: null, categories: ["Макияж"] });
    await actions.updateSiteSettingsAction(null, siteForm({}));
    expect(await site()).toMatchObject({ enabled: false, categories: [] });
  });

  it("refuses a photo that is no web link, a wrong phone or Telegram name, all at once; nothing changes", async () => {
    const before = await site();
    const r = failed(await actions.updateSiteSettingsAction(null, siteForm({ siteEnabled: "on", sitePhotoUrl: "javascript:alert(1)", sitePhone: "12", siteTelegram: "@ab", siteEmail: "no" })));
    expect(Object.keys(r.fieldErrors).sort()).toEqual(["siteEmail", "sitePhone", "sitePhotoUrl", "siteTelegram"]);
    expect(r.fieldErrors.sitePhotoUrl).toEqual(["Ссылка должна начинаться с http:// или https://"]);
    expect(await site()).toEqual(before);
  });

  it("is the owner's", async () => {
    context.member = staff;
    expect(failed(await actions.updateSiteSettingsAction(null, siteForm({ siteEnabled: "on" }))).formError).toBe("Это может сделать только владелец");
  });
});
