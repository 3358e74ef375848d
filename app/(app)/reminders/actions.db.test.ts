import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { createClient } from "@/db/queries/clients";
import { createReminder, getReminder } from "@/db/queries/reminders";
import { createUserWithWorkspace } from "@/db/queries/users";
import { findMembership, type Membership } from "@/db/queries/workspaces";
import { reminders } from "@/db/schema";
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

let a: Membership;
let b: Membership;
let clientId = "";
let otherClientId = "";

function form(fields: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}
const failed = (r: ActionState<unknown>) => (r && !r.ok ? r : expect.unreachable(`expected a failure, got ${JSON.stringify(r)}`));
async function redirected(run: Promise<unknown>) {
  const error = await run.then(
    (r) => expect.unreachable(`expected a redirect, got ${JSON.stringify(r)}`),
    (e: { digest?: string }) => e,
  );
  return String(error.digest).split(";")[2];
}
const count = async (ws: string) => (await db().select({ id: reminders.id }).from(reminders).where(eq(reminders.workspaceId, ws))).length;

beforeAll(async () => {
  const w = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const };
  const ua = await createUserWithWorkspace({ name: "A", email: "a@rem-actions.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "A", slug: "rem-actions-a" } });
  const ub = await createUserWithWorkspace({ name: "B", email: "b@rem-actions.kz", passwordHash: "h", locale: "kk", workspace: { ...w, name: "B", slug: "rem-actions-b" } });
  a = (await findMembership(ua.user.id))!;
  b = (await findMembership(ub.user.id))!;
  const schema = clientInputSchema("KZ", []);
  clientId = (await createClient(a.workspace.id, a.user.id, schema.parse({ lastName: "Омарова", firstName: "Дана" }))).id;
  otherClientId = (await createClient(b.workspace.id, b.user.id, schema.parse({ lastName: "Чужая", firstName: "Дана" }))).id;
});

describe("reminder actions", () => {
  it("creates a reminder read in the workspace's time zone and goes back where it came from", async () => {
    context.member = a;
    context.locale = "ru";
    const to = await redirected(
      actions.createReminderAction(null, form({ title: "Позвонить", dueAt: "2026-12-01T11:00", target: "client", clientId, category: "will_pay", recurrence: "none", back: `/clients/${clientId}` })),
    );
    expect(to).toBe(`/clients/${clientId}`);
    const [row] = await db().select().from(reminders).where(eq(reminders.title, "Позвонить"));
    expect(row.dueAt.toISOString()).toBe("2026-12-01T06:00:00.000Z");
    expect(row).toMatchObject({ clientId, category: "will_pay", allDay: false });
  });

  it("answers bad input with translated field errors and saves nothing", async () => {
    context.member = a;
    context.locale = "kk";
    const before = await count(a.workspace.id);
    const r = failed(await actions.createReminderAction(null, form({ title: " ", dueAt: "2026-02-30T10:00", target: "client", recurrence: "sometimes" })));
    expect(Object.keys(r.fieldErrors).sort()).toEqual(["clientId", "dueAt", "recurrence", "title"].sort());
    expect(r.fieldErrors.dueAt[0]).toBe("Мұндай күн жоқ");
    const allDay = failed(await actions.createReminderAction(null, form({ title: "Туған күн", allDay: "on", dueDate: "", target: "group" })));
    expect(Object.keys(allDay.fieldErrors).sort()).toEqual(["dueDate", "tagId"]);
    expect(await count(a.workspace.id)).toBe(before);
  });

  it("refuses another workspace's client, and another workspace's reminder is not found", async () => {
    context.member = a;
    context.locale = "ru";
    const r = failed(await actions.createReminderAction(null, form({ title: "Чужая", dueAt: "2026-12-01T11:00", target: "client", clientId: otherClientId })));
    expect(r.fieldErrors.clientId).toEqual(["Не найдено — возможно, запись удалена"]);
    const theirs = await createReminder(b.workspace.id, b.user.id, { title: "Её", description: null, dueAt: new Date(), allDay: false, clientId: otherClientId, tagId: null, orderId: null, contactId: null, category: null, assigneeId: null, recurrence: "none" });
    for (const result of [
      await actions.setReminderDoneAction(null, form({ id: theirs.id, done: "1" })),
      await actions.snoozeReminderAction(null, form({ id: theirs.id, until: "tomorrow" })),
      await actions.deleteReminderAction(null, form({ id: theirs.id })),
      await actions.updateReminderAction(null, form({ id: theirs.id, version: "1", title: "Моё", dueAt: "2026-12-01T11:00", target: "none" })),
    ]) {
      expect(failed(result).formError).toBe("Не найдено — возможно, запись удалена");
    }
    expect(await getReminder(b.workspace.id, theirs.id)).toMatchObject({ title: "Её", doneAt: null });
  });

  it("ticks, snoozes to tomorrow at the usual hour, and deletes in bulk what the list matches", async () => {
    context.member = a;
    context.locale = "ru";
    const mine = await createReminder(a.workspace.id, a.user.id, { title: "Тик", description: null, dueAt: new Date(), allDay: false, clientId, tagId: null, orderId: null, contactId: null, category: null, assigneeId: null, recurrence: "none" });
    expect(await actions.setReminderDoneAction(null, form({ id: mine.id, done: "1" }))).toEqual({ ok: true, data: "Выполнено" });
    expect((await getReminder(a.workspace.id, mine.id))?.doneAt).not.toBeNull();
    await actions.setReminderDoneAction(null, form({ id: mine.id, done: "0" }));
    const snoozed = await actions.snoozeReminderAction(null, form({ id: mine.id, until: "tomorrow" }));
    expect(snoozed?.ok).toBe(true);
    const after = (await getReminder(a.workspace.id, mine.id))!;
    expect(new Intl.DateTimeFormat("en", { hour: "numeric", hourCycle: "h23", timeZone: "Asia/Almaty" }).format(after.dueAt)).toBe("11");
    const bulk = await actions.bulkRemindersAction(null, form({ op: "delete", all: "1", query: "q=%D0%A2%D0%B8%D0%BA" }));
    expect(bulk).toEqual({ ok: true, data: "Удалено 1 напоминание" });
    expect(await getReminder(a.workspace.id, mine.id)).toBeNull();
  });
});
