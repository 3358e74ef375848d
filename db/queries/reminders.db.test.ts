import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { clientInputSchema } from "@/lib/client-input";
import { db } from "../client";
import { reminders, workspaces } from "../schema";
import { withTestDb } from "../test-db";
import { createClient, setClientsArchived, updateClient } from "./clients";
import { listActivities } from "./notes";
import { createOrder, setDeliveredAt, setOrdersArchived, setOrdersStatus } from "./orders";
import {
  countDueReminders,
  createReminder,
  deleteReminders,
  endOfToday,
  getReminder,
  ReminderLinkError,
  setRemindersDone,
  snoozeReminder,
  updateReminder,
  type ReminderInput,
} from "./reminders";
import { createUserWithWorkspace } from "./users";

withTestDb();

const clientInput = (lastName: string, extra: Record<string, number> = {}) => clientInputSchema("KZ", []).parse({ lastName, firstName: "Тест", ...extra });
let ws = "";
let other = "";
let actor = "";
let otherActor = "";
let clientId = "";
let otherClientId = "";

beforeAll(async () => {
  const w = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const };
  const a = await createUserWithWorkspace({ name: "A", email: "a@rem.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "A", slug: "rem-a" } });
  const b = await createUserWithWorkspace({ name: "B", email: "b@rem.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "B", slug: "rem-b" } });
  ws = a.workspace.id;
  other = b.workspace.id;
  actor = a.user.id;
  otherActor = b.user.id;
  clientId = (await createClient(ws, actor, clientInput("Клиентка"))).id;
  otherClientId = (await createClient(other, null, clientInput("Чужая"))).id;
});

const followUps = (orderId: string) =>
  db().select().from(reminders).where(and(eq(reminders.orderId, orderId), eq(reminders.kind, "follow_up"))).orderBy(reminders.step);

async function newOrder() {
  return createOrder(ws, actor, { clientId, items: [{ productId: null, name: "Крем", sku: null, quantity: 1, unitPrice: 1000 }], discountPercent: 0, note: null });
}

describe("2+2+2 follow-ups", () => {
  it("delivering creates three calls at 11:00 local (+2 days, +2 weeks, +2 months), in the same transaction, once", async () => {
    const order = await newOrder();
    const at = new Date("2026-01-31T09:00:00Z"); // 14:00 in Almaty
    await setOrdersStatus(ws, actor, [order.id], "delivered", at);
    const rows = await followUps(order.id);
    expect(rows.map((r) => r.dueAt.toISOString())).toEqual(["2026-02-02T06:00:00.000Z", "2026-02-14T06:00:00.000Z", "2026-03-31T06:00:00.000Z"]);
    expect(rows.every((r) => r.clientId === clientId && !r.doneAt && r.notifyAt.getTime() === r.dueAt.getTime())).toBe(true);
    // Delivering again (a second click, a bulk action) adds nothing.
    await setOrdersStatus(ws, actor, [order.id], "delivered", at);
    expect(await followUps(order.id)).toHaveLength(3);
  });

  it("moving back removes the open ones, done ones stay; delivering again fills only the gaps", async () => {
    const order = await newOrder();
    await setOrdersStatus(ws, actor, [order.id], "delivered", new Date("2026-03-01T06:00:00Z"));
    const [first] = await followUps(order.id);
    await setRemindersDone(ws, actor, [first.id], true);
    await setOrdersStatus(ws, actor, [order.id], "processed");
    expect((await followUps(order.id)).map((r) => r.step)).toEqual([0]);
    await setOrdersStatus(ws, actor, [order.id], "delivered", new Date("2026-03-05T06:00:00Z"));
    const again = await followUps(order.id);
    expect(again.map((r) => [r.step, Boolean(r.doneAt)])).toEqual([[0, true], [1, false], [2, false]]);
    expect(again[0].id).toBe(first.id);
  });

  it("changing the delivery date moves the open ones; archiving removes them; bringing back restores them", async () => {
    const order = await newOrder();
    await setOrdersStatus(ws, actor, [order.id], "delivered", new Date("2026-04-10T06:00:00Z"));
    await setDeliveredAt(ws, order.id, new Date("2026-04-01T06:00:00Z"));
    expect((await followUps(order.id))[0].dueAt.toISOString()).toBe("2026-04-03T06:00:00.000Z");
    await setOrdersArchived(ws, actor, [order.id], true);
    expect(await followUps(order.id)).toHaveLength(0);
    await setOrdersArchived(ws, actor, [order.id], false);
    expect(await followUps(order.id)).toHaveLength(3);
  });

  it("follows the workspace's cadence, hour and time zone", async () => {
    await db().update(workspaces).set({ followUpCadence: [{ amount: 1, unit: "week" }], followUpHour: 9, timeZone: "Europe/Warsaw" }).where(eq(workspaces.id, ws));
    try {
      const order = await newOrder();
      await setOrdersStatus(ws, actor, [order.id], "delivered", new Date("2026-10-20T10:00:00Z"));
      expect((await followUps(order.id)).map((r) => r.dueAt.toISOString())).toEqual(["2026-10-27T08:00:00.000Z"]);
    } finally {
      await db().update(workspaces).set({ followUpCadence: [{ amount: 2, unit: "day" }, { amount: 2, unit: "week" }, { amount: 2, unit: "month" }], followUpHour: 11, timeZone: "Asia/Almaty" }).where(eq(workspaces.id, ws));
    }
  });
});

const input = (over: Partial<ReminderInput> = {}): ReminderInput => ({
  title: "Позвонить",
  description: null,
  dueAt: new Date("2026-06-01T05:00:00Z"),
  allDay: false,
  clientId,
  tagId: null,
  orderId: null,
  contactId: null,
  category: "will_pay",
  assigneeId: actor,
  recurrence: "none",
  ...over,
});

describe("reminders", () => {
  it("an all-day reminder starts at local midnight and notifies at the usual hour", async () => {
    const r = await createReminder(ws, actor, input({ allDay: true, dueAt: new Date("2026-06-01T12:00:00Z") }));
    expect(r.dueAt.toISOString()).toBe("2026-05-31T19:00:00.000Z");
    expect(r.notifyAt.toISOString()).toBe("2026-06-01T06:00:00.000Z");
  });

  it("refuses links to another workspace's client or a non-member assignee", async () => {
    await expect(createReminder(ws, actor, input({ clientId: otherClientId }))).rejects.toEqual(new ReminderLinkError("clientId"));
    await expect(createReminder(ws, actor, input({ assigneeId: otherActor }))).rejects.toEqual(new ReminderLinkError("assigneeId"));
  });

  it("completing a monthly one creates the next; unticking reopens; the feed records both", async () => {
    const r = await createReminder(ws, actor, input({ recurrence: "monthly", dueAt: new Date("2026-01-31T05:00:00Z") }));
    await setRemindersDone(ws, actor, [r.id], true);
    const next = await db().select().from(reminders).where(and(eq(reminders.workspaceId, ws), eq(reminders.title, r.title), eq(reminders.recurrence, "monthly")));
    expect(next.map((x) => x.dueAt.toISOString()).sort()).toEqual(["2026-01-31T05:00:00.000Z", "2026-02-28T05:00:00.000Z"]);
    await setRemindersDone(ws, actor, [r.id], false);
    expect((await getReminder(ws, r.id))?.doneAt).toBeNull();
    const kinds = (await listActivities(ws, clientId)).map((a) => a.kind);
    expect(kinds).toEqual(expect.arrayContaining(["reminder_created", "reminder_done", "reminder_reopened"]));
  });

  it("edits with a version check, re-arms the notice when moved; snooze; another workspace cannot touch it", async () => {
    const r = await createReminder(ws, actor, input());
    await db().update(reminders).set({ notifiedAt: new Date() }).where(eq(reminders.id, r.id));
    const moved = await updateReminder(ws, actor, r.id, r.version, input({ dueAt: new Date("2026-06-02T05:00:00Z") }));
    expect(moved?.notifiedAt).toBeNull();
    await expect(updateReminder(ws, actor, r.id, r.version, input())).rejects.toThrow("stale");
    expect(await updateReminder(other, otherActor, r.id, moved!.version, input({ clientId: null, assigneeId: null }))).toBeNull();
    const until = new Date("2026-06-03T05:00:00Z");
    expect((await snoozeReminder(ws, r.id, until))?.notifyAt).toEqual(until);
    expect(await snoozeReminder(other, r.id, until)).toBeNull();
    expect(await setRemindersDone(other, otherActor, [r.id], true)).toEqual([]);
    expect(await deleteReminders(other, otherActor, [r.id])).toBe(0);
    expect(await deleteReminders(ws, actor, [r.id])).toBe(1);
  });

  it("counts today's and overdue open reminders for the badge: hers and the unassigned", async () => {
    const until = endOfToday("Asia/Almaty", new Date("2026-07-01T10:00:00Z"));
    expect(until.toISOString()).toBe("2026-07-01T19:00:00.000Z");
    const before = await countDueReminders(ws, actor, until);
    await createReminder(ws, actor, input({ dueAt: new Date("2026-07-01T15:00:00Z"), assigneeId: null }));
    await createReminder(ws, actor, input({ dueAt: new Date("2026-07-01T20:00:00Z") })); // tomorrow in Almaty
    expect(await countDueReminders(ws, actor, until)).toBe(before + 1);
    expect(await countDueReminders(other, otherActor, until)).toBe(0);
  });
});

describe("birthday and name-day reminders", () => {
  const dates = (id: string) => db().select().from(reminders).where(and(eq(reminders.clientId, id), eq(reminders.kind, "birthday")));

  it("a client with a birthday gets a yearly all-day reminder; editing the date moves it; archiving removes it", async () => {
    const c = await createClient(ws, actor, clientInput("Именинница", { birthDay: 29, birthMonth: 2 }));
    let [r] = await dates(c.id);
    expect(r).toMatchObject({ allDay: true, recurrence: "yearly", step: 0 });
    // All-day: local midnight in Almaty, i.e. 19:00 UTC the evening before 28 or 29 February.
    expect(r.dueAt.getUTCHours()).toBe(19);
    expect([27, 28]).toContain(r.dueAt.getUTCDate());
    await updateClient(ws, actor, c.id, c.version, clientInput("Именинница", { birthDay: 17, birthMonth: 5, birthYear: 1990 }));
    [r] = await dates(c.id);
    expect(r.dueAt.getUTCMonth()).toBe(4);
    expect(r.dueAt.getUTCDate()).toBe(16);
    await setClientsArchived(ws, actor, [c.id], true);
    expect(await dates(c.id)).toHaveLength(0);
  });

  it("ticking this year's birthday makes next year's; the day before comes when the workspace asks", async () => {
    await db().update(workspaces).set({ remindDayBefore: true }).where(eq(workspaces.id, ws));
    try {
      const c = await createClient(ws, actor, clientInput("Юбилярша", { birthDay: 10, birthMonth: 12 }));
      const rows = await dates(c.id);
      expect(rows.map((r) => r.step).sort()).toEqual([0, 1]);
      const day = rows.find((r) => r.step === 0)!;
      await setRemindersDone(ws, actor, [day.id], true);
      const after = await dates(c.id);
      const open = after.filter((r) => !r.doneAt);
      expect(open.map((r) => r.step).sort()).toEqual([0, 1]);
      expect(open.find((r) => r.step === 0)!.dueAt.getTime()).toBeGreaterThan(day.dueAt.getTime() + 300 * 86_400_000);
    } finally {
      await db().update(workspaces).set({ remindDayBefore: false }).where(eq(workspaces.id, ws));
    }
  });
});
