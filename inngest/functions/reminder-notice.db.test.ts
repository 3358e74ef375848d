import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { createReminder, deleteReminders, setRemindersDone, snoozeReminder, type Reminder, type ReminderInput } from "@/db/queries/reminders";
import { createUserWithWorkspace } from "@/db/queries/users";
import { emailLog, notifications } from "@/db/schema";
import { withTestDb } from "@/db/test-db";
import { reminderNotice } from "./reminder-notice";

vi.mock("resend", () => ({ Resend: class {} }));

withTestDb();

let ws = "";
let owner = "";

/**
 * One run of the function for the event a reminder's change sent; its sleep is skipped. A new
 * engine each time: an engine remembers the step results of its earlier runs.
 */
function run(r: Pick<Reminder, "id" | "workspaceId">, notifyAt: Date) {
  return new InngestTestEngine({ function: reminderNotice }).execute({
    events: [{ name: "reminder/scheduled", data: { workspaceId: r.workspaceId, reminderId: r.id, notifyAt: notifyAt.toISOString() } }],
    steps: [{ id: "wait-until-due", handler() {} }],
  });
}

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
const input = (title: string, dueAt: Date): ReminderInput => ({
  title, description: null, dueAt, allDay: false, clientId: null, tagId: null, orderId: null, contactId: null, category: null, assigneeId: owner, recurrence: "none",
});
const noticesOf = (reminderId: string) => db().select().from(notifications).where(eq(notifications.reminderId, reminderId));
const mailsAbout = (title: string) => db().select().from(emailLog).where(eq(emailLog.subject, `Przypomnienie: ${title}`));

beforeAll(async () => {
  const a = await createUserWithWorkspace({
    name: "Ewa", email: "ewa@fn.pl", passwordHash: "h", locale: "pl",
    workspace: { country: "PL", currency: "PLN", timeZone: "Europe/Warsaw", defaultLocale: "pl", name: "Salon Ewa", slug: "fn-notice" },
  });
  ws = a.workspace.id;
  owner = a.user.id;
});

beforeEach(() => vi.stubEnv("RESEND_API_KEY", ""));
afterEach(() => vi.unstubAllEnvs());

describe("reminder-notice", () => {
  it("sleeps until the notice is due, then notifies once", async () => {
    const r = await createReminder(ws, owner, input("Zadzwonić do Ani", minutesAgo(2)));
    const { result, ctx } = await run(r, r.notifyAt);
    expect(result).toEqual({ notified: true });
    expect(ctx.step.sleepUntil).toHaveBeenCalledWith("wait-until-due", r.notifyAt);
    expect(await noticesOf(r.id)).toMatchObject([{ userId: owner, kind: "reminder_due", workspaceId: ws }]);
    expect(await mailsAbout("Zadzwonić do Ani")).toMatchObject([{ to: "ewa@fn.pl", locale: "pl", template: "reminder-due" }]);

    // The same event again (a retry, a duplicate) notifies nobody.
    expect((await run(r, r.notifyAt)).result).toEqual({ notified: false });
    expect(await noticesOf(r.id)).toHaveLength(1);
    expect(await mailsAbout("Zadzwonić do Ani")).toHaveLength(1);
  });

  it("skips a reminder done while it slept", async () => {
    const r = await createReminder(ws, owner, input("Done meanwhile", minutesAgo(2)));
    await setRemindersDone(ws, owner, [r.id], true);
    expect((await run(r, r.notifyAt)).result).toEqual({ notified: false });
    expect(await noticesOf(r.id)).toHaveLength(0);
    expect(await mailsAbout("Done meanwhile")).toHaveLength(0);
  });

  it("skips a reminder deleted while it slept", async () => {
    const r = await createReminder(ws, owner, input("Deleted meanwhile", minutesAgo(2)));
    await deleteReminders(ws, owner, [r.id]);
    expect((await run(r, r.notifyAt)).result).toEqual({ notified: false });
    expect(await mailsAbout("Deleted meanwhile")).toHaveLength(0);
  });

  it("leaves a rescheduled reminder to the run of its newer event", async () => {
    const r = await createReminder(ws, owner, input("Moved meanwhile", minutesAgo(30)));
    const moved = (await snoozeReminder(ws, r.id, minutesAgo(1)))!;
    expect((await run(r, r.notifyAt)).result).toEqual({ notified: false });
    expect(await noticesOf(r.id)).toHaveLength(0);
    expect((await run(r, moved.notifyAt)).result).toEqual({ notified: true });
    expect(await noticesOf(r.id)).toHaveLength(1);
  });
});
