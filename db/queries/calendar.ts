import { randomBytes } from "node:crypto";
import { and, asc, eq, gte, isNull, or, sql } from "drizzle-orm";
import { db } from "../client";
import { clients, memberships, orders, reminders, users, workspaces } from "../schema";

// A member's private calendar feed (/calendar/<token>.ics): the secret lives on her
// membership, so it reaches her reminders in that one workspace and nothing else.

const member = (workspaceId: string, userId: string) => and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId));

/** How far back the feed reaches, and how many reminders it carries at most. */
const PAST_DAYS = 30;
const FEED_LIMIT = 2000;

/** Her feed's token, or null when she has none (never made, or revoked). */
export async function calendarToken(workspaceId: string, userId: string) {
  const [row] = await db().select({ token: memberships.calendarToken }).from(memberships).where(member(workspaceId, userId));
  return row?.token ?? null;
}

/** A new token (32 random bytes, URL-safe); the old link stops working. Null when she is not a member. */
export async function createCalendarToken(workspaceId: string, userId: string) {
  const token = randomBytes(32).toString("base64url");
  const [row] = await db().update(memberships).set({ calendarToken: token }).where(member(workspaceId, userId)).returning({ token: memberships.calendarToken });
  return row?.token ?? null;
}

/** Turns her feed off: the link answers 404 from now on. */
export async function revokeCalendarToken(workspaceId: string, userId: string) {
  await db().update(memberships).set({ calendarToken: null }).where(member(workspaceId, userId));
}

/**
 * What the feed of `token` shows, or null for an unknown token: the open reminders that are
 * hers or no one's in that membership's workspace, from a month ago on, soonest first.
 */
export async function feedByToken(token: string, now = new Date()) {
  if (!token) return null;
  const [owner] = await db()
    .select({
      workspace: { id: workspaces.id, name: workspaces.name, timeZone: workspaces.timeZone, defaultLocale: workspaces.defaultLocale },
      user: { id: users.id, locale: users.locale },
    })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.calendarToken, token));
  if (!owner) return null;
  const since = new Date(now.getTime() - PAST_DAYS * 86_400_000);
  const rows = await db()
    .select({
      id: reminders.id,
      title: reminders.title,
      description: reminders.description,
      kind: reminders.kind,
      step: reminders.step,
      dueAt: reminders.dueAt,
      allDay: reminders.allDay,
      notifyAt: reminders.notifyAt,
      updatedAt: reminders.updatedAt,
      clientId: reminders.clientId,
      orderId: reminders.orderId,
      clientName: sql<string | null>`nullif(trim(concat_ws(' ', ${clients.lastName}, ${clients.firstName})), '')`,
      orderNumber: orders.number,
    })
    .from(reminders)
    .leftJoin(clients, and(eq(clients.workspaceId, reminders.workspaceId), eq(clients.id, reminders.clientId)))
    .leftJoin(orders, and(eq(orders.workspaceId, reminders.workspaceId), eq(orders.id, reminders.orderId)))
    .where(
      and(
        eq(reminders.workspaceId, owner.workspace.id),
        isNull(reminders.doneAt),
        gte(reminders.dueAt, since),
        or(eq(reminders.assigneeId, owner.user.id), isNull(reminders.assigneeId)),
      ),
    )
    .orderBy(asc(reminders.dueAt), asc(reminders.id))
    .limit(FEED_LIMIT);
  return { ...owner, reminders: rows };
}
export type CalendarFeed = NonNullable<Awaited<ReturnType<typeof feedByToken>>>;
