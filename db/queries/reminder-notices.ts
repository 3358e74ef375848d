import { and, asc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../client";
import { clients, memberships, orders, reminders, users, workspaces } from "../schema";

// The due-time notice's writes and reads. Claiming sets notified_at in one statement, so of
// any number of workers (an Inngest run, the sweep, a second app instance) exactly one wins.

/**
 * Claims one reminder's notice when it is still owed: open, not notified, due by now, and
 * (when `expectedNotifyAt` is given) not moved since the event announced it. Returns the id
 * when this call won, else null.
 */
export async function claimReminderNotice(tx: Db, workspaceId: string, reminderId: string, expectedNotifyAt?: Date) {
  const [row] = await tx
    .update(reminders)
    .set({ notifiedAt: sql`now()` })
    .where(
      and(
        eq(reminders.workspaceId, workspaceId),
        eq(reminders.id, reminderId),
        isNull(reminders.doneAt),
        isNull(reminders.notifiedAt),
        lte(reminders.notifyAt, sql`now()`),
        expectedNotifyAt ? eq(reminders.notifyAt, expectedNotifyAt) : undefined,
      ),
    )
    .returning({ id: reminders.id });
  return row?.id ?? null;
}

/**
 * Claims up to `limit` notices due by `now` in every workspace, oldest first, through
 * reminders_pending_notice_idx. Rows another worker is claiming are skipped, not waited for.
 */
export async function claimDueNotices(tx: Db, now: Date, limit: number) {
  const due = tx
    .select({ id: reminders.id })
    .from(reminders)
    .where(and(isNull(reminders.doneAt), isNull(reminders.notifiedAt), lte(reminders.notifyAt, now)))
    .orderBy(asc(reminders.notifyAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  const rows = await tx
    .update(reminders)
    .set({ notifiedAt: sql`now()` })
    .where(and(inArray(reminders.id, due), isNull(reminders.notifiedAt)))
    .returning({ id: reminders.id });
  return rows.map((r) => r.id);
}

/** What a notice says about each reminder, with its workspace's language and time zone. */
export function noticeDetails(tx: Db, reminderIds: string[]) {
  if (!reminderIds.length) return Promise.resolve([]);
  return tx
    .select({
      id: reminders.id,
      workspaceId: reminders.workspaceId,
      title: reminders.title,
      description: reminders.description,
      kind: reminders.kind,
      step: reminders.step,
      dueAt: reminders.dueAt,
      allDay: reminders.allDay,
      assigneeId: reminders.assigneeId,
      clientId: reminders.clientId,
      orderId: reminders.orderId,
      clientName: sql<string | null>`${clients.lastName} || ' ' || ${clients.firstName}`,
      orderNumber: orders.number,
      workspaceName: workspaces.name,
      timeZone: workspaces.timeZone,
      defaultLocale: workspaces.defaultLocale,
    })
    .from(reminders)
    .innerJoin(workspaces, eq(workspaces.id, reminders.workspaceId))
    .leftJoin(clients, and(eq(clients.workspaceId, reminders.workspaceId), eq(clients.id, reminders.clientId)))
    .leftJoin(orders, and(eq(orders.workspaceId, reminders.workspaceId), eq(orders.id, reminders.orderId)))
    .where(inArray(reminders.id, reminderIds));
}
export type NoticeDetail = Awaited<ReturnType<typeof noticeDetails>>[number];

/** The members of a workspace with what an e-mail to them needs. */
export function workspaceMembers(tx: Db, workspaceId: string) {
  return tx
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId))
    .orderBy(asc(memberships.createdAt));
}
export type WorkspaceMember = Awaited<ReturnType<typeof workspaceMembers>>[number];
