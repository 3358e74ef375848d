import { sql } from "drizzle-orm";
import { reminderDueEmail } from "@/components/emails/reminder-due-email";
import { db, type Db } from "@/db/client";
import { createNotifications } from "@/db/queries/notifications";
import { claimDueNotices, claimReminderNotice, noticeDetails, workspaceMembers, type NoticeDetail, type WorkspaceMember } from "@/db/queries/reminder-notices";
import { inngestEnabled } from "@/inngest/client";
import { appUrl } from "./app-url";
import { sendEmail } from "./email";
import { isLocale } from "./locales";
import { sendMorningDigests } from "./morning-digest";
import { reminderTitle, titleNamesClient } from "./reminder-title";
import { getTranslator } from "./translator";

// The due-time notice (SPEC §4.5): an in-app notification and an e-mail to the assignee, or
// to every member when nobody is assigned. Claiming the notice (notified_at) and recording the
// notifications happen in one transaction, so a notice is never half-given; the e-mails go
// after it commits (PGlite runs nothing else while a transaction is open).

/** An e-mail owed once the transaction that claimed its notice has committed. */
type Owed = { reminder: NoticeDetail; to: WorkspaceMember };

/** Records the in-app notifications of claimed reminders; returns the e-mails they owe. */
async function recordNotices(tx: Db, reminderIds: string[]): Promise<Owed[]> {
  const owed: Owed[] = [];
  const membersOf = new Map<string, WorkspaceMember[]>();
  for (const r of await noticeDetails(tx, reminderIds)) {
    let members = membersOf.get(r.workspaceId);
    if (!members) membersOf.set(r.workspaceId, (members = await workspaceMembers(tx, r.workspaceId)));
    // An assignee who has left the workspace is nobody's: everyone hears of it instead.
    const assignee = members.find((m) => m.id === r.assigneeId);
    const recipients = assignee ? [assignee] : members;
    const data = { title: r.title, reminderKind: r.kind, step: r.step, clientName: r.clientName, orderNumber: r.orderNumber, dueAt: r.dueAt.toISOString(), allDay: r.allDay };
    await createNotifications(
      r.workspaceId,
      recipients.map((m) => ({ userId: m.id, kind: "reminder_due" as const, data, reminderId: r.id, clientId: r.clientId, orderId: r.orderId })),
      tx,
    );
    owed.push(...recipients.map((to) => ({ reminder: r, to })));
  }
  return owed;
}

/** Sends the owed e-mails, each in its recipient's language; a failure is logged, never thrown. */
async function sendNoticeEmails(owed: Owed[]) {
  for (const { reminder: r, to } of owed) {
    try {
      const locale = isLocale(to.locale) ? to.locale : r.defaultLocale;
      const t = await getTranslator(locale);
      const format = new Intl.DateTimeFormat(locale, r.allDay ? { dateStyle: "long", timeZone: r.timeZone } : { dateStyle: "long", timeStyle: "short", timeZone: r.timeZone });
      await sendEmail({
        to: to.email,
        template: reminderDueEmail,
        templateName: "reminder-due",
        locale,
        workspaceId: r.workspaceId,
        props: {
          name: to.name,
          title: reminderTitle(t, r),
          description: r.description,
          date: format.format(r.dueAt),
          allDay: r.allDay,
          clientName: titleNamesClient(r.kind) ? null : r.clientName,
          orderNumber: r.orderNumber,
          workspace: r.workspaceName,
          url: appUrl(`/reminders/${r.id}/edit`),
        },
      });
    } catch (error) {
      console.error(`[reminder notice] e-mail for reminder ${r.id} to ${to.id} failed:`, error);
    }
  }
}

/**
 * Gives a reminder's notice if it is still owed: open, not notified yet, due by now, and, when
 * `expectedNotifyAt` is given (the time its event announced), not moved since. Only the one
 * caller that sets notified_at notifies; true when that was this call.
 */
export async function notifyReminder(workspaceId: string, reminderId: string, expectedNotifyAt?: Date): Promise<boolean> {
  const owed = await db().transaction(async (tx) => {
    const id = await claimReminderNotice(tx, workspaceId, reminderId, expectedNotifyAt);
    return id ? recordNotices(tx, [id]) : null;
  });
  if (!owed) return false;
  await sendNoticeEmails(owed);
  return true;
}

async function sweep(tx: Db, now: Date, limit: number) {
  const ids = await claimDueNotices(tx, now, limit);
  return { count: ids.length, owed: await recordNotices(tx, ids) };
}

/**
 * Notifies every reminder due by `now` whose notice has not gone (a lost event, a server that
 * was down), up to `limit` at a time. Returns how many reminders it notified.
 */
export async function sweepDueReminders(now = new Date(), limit = 500): Promise<number> {
  const { count, owed } = await db().transaction((tx) => sweep(tx, now, limit));
  await sendNoticeEmails(owed);
  return count;
}

/** The sweep's advisory lock: any constant shared by every instance of the app; only the sweep uses it. */
export const SWEEP_LOCK = 7_240_518_001;

/**
 * The sweep for servers without Inngest: under a transaction-level advisory lock, so that of
 * several app instances ticking at once one sweeps and the others skip. Returns how many
 * reminders it notified, or null when another instance held the lock.
 */
export async function runInProcessSweep(now = new Date(), limit = 500): Promise<number | null> {
  const result = await db().transaction(async (tx) => {
    const res: unknown = await tx.execute(sql`select pg_try_advisory_xact_lock(${SWEEP_LOCK}::bigint) as locked`);
    const [row] = (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as { locked: boolean }[];
    return row?.locked ? sweep(tx, now, limit) : null;
  });
  if (!result) return null;
  await sendNoticeEmails(result.owed);
  return result.count;
}

const TICK_MS = 60_000;
const globalForWorkflows = globalThis as unknown as { clientbookWorkflows?: { interval: NodeJS.Timeout; first: NodeJS.Timeout } };

/** One in-process tick: the sweep, then the morning digests; errors are logged, never thrown. */
export async function runInProcessTick(now = new Date()) {
  try {
    await runInProcessSweep(now);
  } catch (error) {
    console.error("[workflows] reminder sweep failed:", error);
  }
  try {
    await sendMorningDigests(now);
  } catch (error) {
    console.error("[workflows] morning digest failed:", error);
  }
}

/**
 * Without Inngest (SPEC §7) the server itself sweeps due reminders and sends the morning
 * digests every minute. Not during `next build`, not in tests, and once per process. Returns
 * whether it started.
 */
export function startInProcessWorkflows(): boolean {
  if (inngestEnabled() || process.env.VITEST || process.env.NEXT_PHASE === "phase-production-build" || globalForWorkflows.clientbookWorkflows) return false;
  let busy = false;
  const tick = async () => {
    if (busy) return; // a slow tick (many digests) is not overlapped by the next one
    busy = true;
    try {
      await runInProcessTick();
    } finally {
      busy = false;
    }
  };
  const interval = setInterval(() => void tick(), TICK_MS);
  // The first sweep soon after start: what fell due while the server was down goes out now.
  const first = setTimeout(() => void tick(), 5_000);
  interval.unref();
  first.unref();
  globalForWorkflows.clientbookWorkflows = { interval, first };
  console.info("[workflows] Inngest is not configured: reminder notices and morning digests run in-process every minute");
  return true;
}

/** Stops what startInProcessWorkflows started (tests, shutdown). */
export function stopInProcessWorkflows() {
  const running = globalForWorkflows.clientbookWorkflows;
  if (!running) return;
  clearInterval(running.interval);
  clearTimeout(running.first);
  globalForWorkflows.clientbookWorkflows = undefined;
}
