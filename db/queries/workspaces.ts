import { and, asc, eq, inArray, isNotNull, isNull, ne, or } from "drizzle-orm";
import { db } from "../client";
import { clients, memberships, reminders, users, workspaces } from "../schema";
import { syncDateReminders, syncFollowUps } from "./reminders";
import type { Tx } from "./tx";

export type Workspace = typeof workspaces.$inferSelect;
/** What the settings form saves; the reminder hours and switch are kept as stored when left out. */
export type WorkspaceSettings = Pick<Workspace, "name" | "slug" | "country" | "currency" | "timeZone" | "defaultLocale" | "followUpCadence"> &
  Partial<Pick<Workspace, "followUpHour" | "digestHour" | "remindDayBefore">>;

/** The signed-in user with her workspace and role (her first membership), or null. */
export async function findMembership(userId: string) {
  const [row] = await db()
    .select({
      user: { id: users.id, name: users.name, email: users.email, locale: users.locale },
      workspace: workspaces,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  return row ?? null;
}
export type Membership = NonNullable<Awaited<ReturnType<typeof findMembership>>>;

/**
 * Saves the settings. When what places generated reminders changed (the cadence, the usual
 * hour, the day-before option, the time zone), the open follow-up calls and birthday and
 * name-day reminders are laid out again in the same transaction; done ones stay as they were.
 */
export async function updateWorkspaceSettings(workspaceId: string, settings: WorkspaceSettings) {
  return db().transaction(async (tx) => {
    const [before] = await tx.select().from(workspaces).where(eq(workspaces.id, workspaceId)).for("update");
    if (!before) return undefined;
    const [row] = await tx.update(workspaces).set(settings).where(eq(workspaces.id, workspaceId)).returning();
    const moved = (["followUpHour", "remindDayBefore", "timeZone"] as const).some((k) => before[k] !== row[k]);
    const cadence = JSON.stringify(before.followUpCadence) !== JSON.stringify(row.followUpCadence);
    if (moved || cadence) await rescheduleGenerated(tx, workspaceId);
    return row;
  });
}

/** Re-runs the generators over every order and client that has, or should have, open generated reminders. */
async function rescheduleGenerated(tx: Tx, workspaceId: string) {
  const open = (kinds: ("follow_up" | "birthday" | "name_day")[]) =>
    and(eq(reminders.workspaceId, workspaceId), inArray(reminders.kind, kinds), isNull(reminders.doneAt));
  const orderRows = await tx.selectDistinct({ id: reminders.orderId }).from(reminders).where(and(open(["follow_up"]), isNotNull(reminders.orderId)));
  for (const ids of chunks(orderRows.map((r) => r.id!))) await syncFollowUps(tx, workspaceId, ids);
  const withReminders = await tx.selectDistinct({ id: reminders.clientId }).from(reminders).where(and(open(["birthday", "name_day"]), isNotNull(reminders.clientId)));
  const withDates = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.workspaceId, workspaceId), isNull(clients.archivedAt), or(isNotNull(clients.birthMonth), isNotNull(clients.nameDayMonth))));
  const clientIds = [...new Set([...withReminders.map((r) => r.id!), ...withDates.map((r) => r.id)])];
  for (const ids of chunks(clientIds)) await syncDateReminders(tx, workspaceId, ids);
}

/** Batches small enough that one insert stays well under PostgreSQL's 65 535 parameters. */
function chunks<T>(items: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function isSlugTaken(slug: string, exceptWorkspaceId?: string) {
  const [row] = await db()
    .select({ id: workspaces.id })
    .from(workspaces)
    .where(exceptWorkspaceId ? and(eq(workspaces.slug, slug), ne(workspaces.id, exceptWorkspaceId)) : eq(workspaces.slug, slug))
    .limit(1);
  return Boolean(row);
}

/** The people of a workspace, for "responsible" pickers. */
export async function listMembers(workspaceId: string) {
  return db()
    .select({ id: users.id, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId))
    .orderBy(asc(users.name));
}

export async function isMember(workspaceId: string, userId: string) {
  const [row] = await db()
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  return Boolean(row);
}
