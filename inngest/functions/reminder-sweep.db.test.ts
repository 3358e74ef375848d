import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { createReminder, type ReminderInput } from "@/db/queries/reminders";
import { createUserWithWorkspace } from "@/db/queries/users";
import { emailLog, notifications, reminders } from "@/db/schema";
import { withTestDb } from "@/db/test-db";
import { reminderSweep } from "./reminder-sweep";

vi.mock("resend", () => ({ Resend: class {} }));

withTestDb();

let ws = "";
let owner = "";

const sweep = () => new InngestTestEngine({ function: reminderSweep }).execute();
const input = (title: string, dueAt: Date): ReminderInput => ({
  title, description: null, dueAt, allDay: false, clientId: null, tagId: null, orderId: null, contactId: null, category: null, assigneeId: null, recurrence: "none",
});
const noticesOf = (reminderId: string) => db().select().from(notifications).where(eq(notifications.reminderId, reminderId));

beforeAll(async () => {
  const a = await createUserWithWorkspace({
    name: "Оксана", email: "oksana@sweep.ua", passwordHash: "h", locale: "uk",
    workspace: { country: "UA", currency: "UAH", timeZone: "Europe/Kyiv", defaultLocale: "uk", name: "Салон", slug: "fn-sweep" },
  });
  ws = a.workspace.id;
  owner = a.user.id;
});

beforeEach(() => vi.stubEnv("RESEND_API_KEY", ""));
afterEach(() => vi.unstubAllEnvs());

describe("reminder-sweep", () => {
  it("catches a notice whose event was lost, once, and leaves the ones not due yet", async () => {
    // Inngest is not configured in tests, so the event of this reminder went nowhere.
    const missed = await createReminder(ws, owner, input("Пропущений дзвінок", new Date(Date.now() - 3_600_000)));
    const later = await createReminder(ws, owner, input("Пізніше", new Date(Date.now() + 3_600_000)));

    expect((await sweep()).result).toEqual({ notified: 1 });
    expect(await noticesOf(missed.id)).toMatchObject([{ userId: owner, kind: "reminder_due" }]);
    expect(await db().select().from(emailLog).where(eq(emailLog.subject, "Нагадування: Пропущений дзвінок"))).toMatchObject([{ to: "oksana@sweep.ua", locale: "uk" }]);
    const [row] = await db().select().from(reminders).where(eq(reminders.id, later.id));
    expect(row.notifiedAt).toBeNull();

    expect((await sweep()).result).toEqual({ notified: 0 });
    expect(await noticesOf(missed.id)).toHaveLength(1);
    expect(await noticesOf(later.id)).toHaveLength(0);
  });
});
