import { and, asc, desc, eq, isNull, notExists, or, sql, type SQL } from "drizzle-orm";
import { dayMonthRangeCondition, type DayMonth } from "@/lib/birthday";
import { db } from "../client";
import { clients, digestRuns, memberships, orders, users, workspaces } from "../schema";

// The morning digest's reads and its once-a-day claim.

/** Workspaces whose local hour at `now` is their digest hour. */
export function digestWorkspaces(now: Date) {
  return db()
    .select({ id: workspaces.id, name: workspaces.name, timeZone: workspaces.timeZone, defaultLocale: workspaces.defaultLocale, currency: workspaces.currency })
    .from(workspaces)
    .where(sql`extract(hour from (${now.toISOString()}::timestamptz at time zone ${workspaces.timeZone}))::int = ${workspaces.digestHour}`);
}

/** A workspace's members who have not had the digest of local day `day` ("2026-11-26"). */
export function membersAwaitingDigest(workspaceId: string, day: string) {
  return db()
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.workspaceId, workspaceId),
        notExists(
          db()
            .select({ one: sql`1` })
            .from(digestRuns)
            .where(and(eq(digestRuns.workspaceId, workspaceId), eq(digestRuns.userId, memberships.userId), eq(digestRuns.day, day))),
        ),
      ),
    )
    .orderBy(asc(memberships.createdAt));
}

/** Records the digest of `day` for a member; true only for the one call that recorded it. */
export async function claimDigestRun(workspaceId: string, userId: string, day: string) {
  const rows = await db().insert(digestRuns).values({ workspaceId, userId, day }).onConflictDoNothing().returning({ day: digestRuns.day });
  return rows.length > 0;
}

/** (month, day) between two day-months, across the new year when `from` is after `to`. */
function dayMonthBetween(month: SQL, day: SQL, from: DayMonth, to: DayMonth) {
  const pair = sql`(${month}, ${day})`;
  const lo = sql`(${from.month}::smallint, ${from.day}::smallint)`;
  const hi = sql`(${to.month}::smallint, ${to.day}::smallint)`;
  return dayMonthRangeCondition(from, to).kind === "between" ? sql`(${pair} >= ${lo} and ${pair} <= ${hi})` : sql`(${pair} >= ${lo} or ${pair} <= ${hi})`;
}

/**
 * Active clients with a birthday or a name day between two day-months, of whom a member takes
 * care: hers and those nobody is responsible for (as their reminders are assigned).
 */
export function listCelebrations(workspaceId: string, userId: string, from: DayMonth, to: DayMonth, limit = 100) {
  return db()
    .select({
      id: clients.id,
      name: sql<string>`${clients.lastName} || ' ' || ${clients.firstName}`,
      birthDay: clients.birthDay,
      birthMonth: clients.birthMonth,
      nameDayDay: clients.nameDayDay,
      nameDayMonth: clients.nameDayMonth,
    })
    .from(clients)
    .where(
      and(
        eq(clients.workspaceId, workspaceId),
        isNull(clients.archivedAt),
        or(eq(clients.responsibleId, userId), isNull(clients.responsibleId)),
        or(dayMonthBetween(sql`${clients.birthMonth}`, sql`${clients.birthDay}`, from, to), dayMonthBetween(sql`${clients.nameDayMonth}`, sql`${clients.nameDayDay}`, from, to)),
      ),
    )
    .orderBy(sql`${clients.lastName} COLLATE "und-x-icu"`, sql`${clients.firstName} COLLATE "und-x-icu"`)
    .limit(limit);
}

/** The newest new (unopened) site orders. */
export function listNewOrders(workspaceId: string, limit = 10) {
  return db()
    .select({ id: orders.id, number: orders.number, total: orders.total, clientName: sql<string>`${clients.lastName} || ' ' || ${clients.firstName}` })
    .from(orders)
    .innerJoin(clients, and(eq(clients.workspaceId, orders.workspaceId), eq(clients.id, orders.clientId)))
    .where(and(eq(orders.workspaceId, workspaceId), isNull(orders.archivedAt), eq(orders.status, "new")))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(limit);
}
