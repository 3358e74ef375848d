import { and, eq, sql } from "drizzle-orm";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { countUnread, createNotifications, listNotifications, markRead } from "@/db/queries/notifications";
import { createReminder, setRemindersDone, type ReminderInput } from "@/db/queries/reminders";
import { createUserWithWorkspace } from "@/db/queries/users";
import { emailLog, memberships, notifications, reminders, users } from "@/db/schema";
import { withTestDb } from "@/db/test-db";
import type { Locale } from "./locales";
import { notifyReminder, runInProcessSweep, startInProcessWorkflows, SWEEP_LOCK, sweepDueReminders } from "./reminder-notice";

vi.mock("resend", () => ({ Resend: class {} }));

withTestDb();

const w = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const };
let ws = "";
let other = "";
let owner = "";
let staff = "";
let stranger = "";

async function addMember(workspaceId: string, name: string, email: string, locale: Locale | null) {
  const [user] = await db().insert(users).values({ name, email, passwordHash: "h", locale }).returning();
  await db().insert(memberships).values({ workspaceId, userId: user.id, role: "staff" });
  return user.id;
}

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
const input = (title: string, dueAt: Date, assigneeId: string | null = null): ReminderInput => ({
  title, description: null, dueAt, allDay: false, clientId: null, tagId: null, orderId: null, contactId: null, category: null, assigneeId, recurrence: "none",
});
const noticesOf = (reminderId: string) => db().select().from(notifications).where(eq(notifications.reminderId, reminderId));
const mailsTo = (to: string) => db().select().from(emailLog).where(and(eq(emailLog.to, to), eq(emailLog.template, "reminder-due")));

beforeAll(async () => {
  const a = await createUserWithWorkspace({ name: "Айгерим", email: "owner@notice.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "Beauty A", slug: "notice-a" } });
  const b = await createUserWithWorkspace({ name: "Stranger", email: "stranger@notice.kz", passwordHash: "h", locale: "pl", workspace: { ...w, name: "Beauty B", slug: "notice-b" } });
  ws = a.workspace.id;
  owner = a.user.id;
  other = b.workspace.id;
  stranger = b.user.id;
  staff = await addMember(ws, "Дана", "staff@notice.kz", "kk");
});

beforeEach(() => vi.stubEnv("RESEND_API_KEY", ""));
afterEach(() => vi.unstubAllEnvs());

describe("notifyReminder", () => {
  it("notifies the assignee once: one notification, one e-mail in her language", async () => {
    const r = await createReminder(ws, owner, input("Позвонить Дане", minutesAgo(5), staff));
    expect(await notifyReminder(ws, r.id, r.notifyAt)).toBe(true);
    expect(await notifyReminder(ws, r.id, r.notifyAt)).toBe(false);
    expect(await notifyReminder(ws, r.id)).toBe(false);

    const notes = await noticesOf(r.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ workspaceId: ws, userId: staff, kind: "reminder_due", readAt: null, data: { title: "Позвонить Дане", reminderKind: "manual" } });
    const [mail, ...more] = await mailsTo("staff@notice.kz");
    expect(more).toHaveLength(0);
    expect(mail).toMatchObject({ locale: "kk", workspaceId: ws, status: "sent", subject: "Еске салғыш: Позвонить Дане" });
    expect(mail.text).toContain(`/reminders/${r.id}/edit`);
    expect((await db().select().from(reminders).where(eq(reminders.id, r.id)))[0].notifiedAt).not.toBeNull();
  });

  it("tells every member of the workspace of an unassigned reminder, and nobody else", async () => {
    const r = await createReminder(ws, owner, input("Общий звонок", minutesAgo(1)));
    expect(await notifyReminder(ws, r.id)).toBe(true);
    expect((await noticesOf(r.id)).map((n) => n.userId).sort()).toEqual([owner, staff].sort());
    const mails = await db().select().from(emailLog).where(eq(emailLog.subject, "Напоминание: Общий звонок"));
    expect(mails.map((m) => m.to)).toEqual(["owner@notice.kz"]);
    expect(await mailsTo("stranger@notice.kz")).toHaveLength(0);
  });

  it("skips a reminder that is done, not due yet, moved, or another workspace's", async () => {
    const done = await createReminder(ws, owner, input("Done", minutesAgo(3), owner));
    await setRemindersDone(ws, owner, [done.id], true);
    const future = await createReminder(ws, owner, input("Future", new Date(Date.now() + 3_600_000), owner));
    const moved = await createReminder(ws, owner, input("Moved", minutesAgo(3), owner));
    expect(await notifyReminder(ws, done.id)).toBe(false);
    expect(await notifyReminder(ws, future.id)).toBe(false);
    expect(await notifyReminder(ws, moved.id, minutesAgo(30))).toBe(false);
    expect(await notifyReminder(other, moved.id)).toBe(false);
    for (const r of [done, future, moved]) expect(await noticesOf(r.id)).toHaveLength(0);
  });
});

describe("the sweep", () => {
  it("notifies each due reminder once when two instances sweep at the same time", async () => {
    // The earlier tests left one due and unnotified ("Moved": its event was stale, the reminder is not).
    expect(await sweepDueReminders()).toBe(1);
    const due = await Promise.all([1, 2, 3].map((i) => createReminder(ws, owner, input(`Sweep ${i}`, minutesAgo(10 + i), owner))));
    const later = await createReminder(ws, owner, input("Sweep later", new Date(Date.now() + 3_600_000), owner));
    const results = await Promise.all([runInProcessSweep(), runInProcessSweep()]);
    expect(results.reduce<number>((sum, n) => sum + (n ?? 0), 0)).toBe(3);
    for (const r of due) expect(await noticesOf(r.id)).toHaveLength(1);
    expect(await noticesOf(later.id)).toHaveLength(0);
    expect(await runInProcessSweep()).toBe(0);
    expect(await sweepDueReminders()).toBe(0);
  });

  it.skipIf(!process.env.DATABASE_URL)("skips while another instance holds the lock (PostgreSQL)", async () => {
    const r = await createReminder(ws, owner, input("Locked", minutesAgo(2), owner));
    await db().transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${SWEEP_LOCK}::bigint)`);
      expect(await runInProcessSweep()).toBeNull();
    });
    expect(await noticesOf(r.id)).toHaveLength(0);
    expect(await runInProcessSweep()).toBe(1);
  });

  it("does not start the in-process timer under tests", () => {
    expect(startInProcessWorkflows()).toBe(false);
  });
});

describe("notifications stay in their workspace and with their member", () => {
  it("lists, counts and marks only a member's own notifications in her workspace", async () => {
    const [mine] = await createNotifications(ws, [{ userId: owner, kind: "site_order", data: { orderNumber: 7, clientName: "Омарова Дана" } }]);
    // A row for someone outside the workspace is dropped, not written.
    expect(await createNotifications(ws, [{ userId: stranger, kind: "site_order" }])).toEqual([]);
    const [theirs] = await createNotifications(other, [{ userId: stranger, kind: "site_registration", data: { clientName: "Nowak Ewa" } }]);

    expect((await listNotifications(other, owner)).map((n) => n.id)).toEqual([]);
    expect((await listNotifications(ws, stranger)).map((n) => n.id)).toEqual([]);
    expect((await listNotifications(other, stranger)).map((n) => n.id)).toEqual([theirs.id]);
    expect((await listNotifications(ws, owner)).map((n) => n.id)).toContain(mine.id);
    expect((await listNotifications(ws, owner)).map((n) => n.id)).not.toContain(theirs.id);

    // Marking in the wrong workspace, or someone else's, changes nothing.
    expect(await markRead(other, owner, "all")).toBe(0);
    expect(await markRead(ws, staff, [mine.id])).toBe(0);
    expect(await markRead(ws, owner, [theirs.id])).toBe(0);
    expect(await countUnread(other, stranger)).toBe(1);

    const before = await countUnread(ws, owner);
    expect(await markRead(ws, owner, [mine.id])).toBe(1);
    expect(await countUnread(ws, owner)).toBe(before - 1);
    expect(await markRead(ws, owner, "all")).toBe(before - 1);
    expect(await countUnread(ws, owner)).toBe(0);
    expect(await countUnread(other, stranger)).toBe(1);
  });

  it("lists newest first, up to the limit", async () => {
    const rows = await createNotifications(other, [1, 2, 3].map(() => ({ userId: stranger, kind: "profile_changed" as const })));
    await db().execute(sql`update notifications set created_at = now() - interval '1 day' where id = ${rows[0].id}`);
    const list = await listNotifications(other, stranger, { limit: 2 });
    expect(list).toHaveLength(2);
    expect(list.map((n) => n.id)).not.toContain(rows[0].id);
    expect(list[0].createdAt.getTime()).toBeGreaterThanOrEqual(list[1].createdAt.getTime());
  });
});
