import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { db, type Db } from "../client";
import { memberships, notifications, type NotificationKind, type ReminderKind } from "../schema";

export type Notification = typeof notifications.$inferSelect;

/**
 * What a notification shows, as it was when it was sent; each kind reads its own fields:
 * reminder_due: title, reminderKind, step, clientName, orderNumber, dueAt (ISO), allDay;
 * site_order: orderNumber, clientName; site_registration and profile_changed: clientName.
 */
export type NotificationData = {
  title?: string;
  reminderKind?: ReminderKind;
  step?: number | null;
  clientName?: string | null;
  orderNumber?: number | null;
  dueAt?: string;
  allDay?: boolean;
};

export type NotificationInput = {
  userId: string;
  kind: NotificationKind;
  data?: NotificationData;
  reminderId?: string | null;
  clientId?: string | null;
  orderId?: string | null;
};

/**
 * Adds notifications for members of the workspace (inside `tx` when given). Rows for someone
 * who is not a member of it are dropped, so a notice can never land in another tenant.
 */
export async function createNotifications(workspaceId: string, rows: NotificationInput[], tx: Db = db()): Promise<Notification[]> {
  if (!rows.length) return [];
  const userIds = [...new Set(rows.map((r) => r.userId))];
  const members = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), inArray(memberships.userId, userIds)));
  const allowed = new Set(members.map((m) => m.userId));
  const values = rows
    .filter((r) => allowed.has(r.userId))
    .map((r) => ({
      workspaceId,
      userId: r.userId,
      kind: r.kind,
      data: r.data ?? {},
      reminderId: r.reminderId ?? null,
      clientId: r.clientId ?? null,
      orderId: r.orderId ?? null,
    }));
  return values.length ? tx.insert(notifications).values(values).returning() : [];
}

const mine = (workspaceId: string, userId: string) => and(eq(notifications.workspaceId, workspaceId), eq(notifications.userId, userId));

/** A member's notifications, newest first. */
export function listNotifications(workspaceId: string, userId: string, { limit = 50 }: { limit?: number } = {}) {
  return db()
    .select()
    .from(notifications)
    .where(mine(workspaceId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

/** A member's unread notifications (notifications_unread_idx); the navigation counts them too. */
export const isUnread = (workspaceId: string, userId: string) => and(mine(workspaceId, userId), isNull(notifications.readAt));

export function countUnread(workspaceId: string, userId: string) {
  return db().$count(notifications, isUnread(workspaceId, userId));
}

/** Marks some of a member's notifications read (or all of them); returns how many changed. */
export async function markRead(workspaceId: string, userId: string, ids: string[] | "all") {
  if (ids !== "all" && !ids.length) return 0;
  const rows = await db()
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(mine(workspaceId, userId), isNull(notifications.readAt), ids === "all" ? undefined : inArray(notifications.id, ids)))
    .returning({ id: notifications.id });
  return rows.length;
}
