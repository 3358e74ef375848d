import { sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { execute } from "../client";
import { notifications, orders, reminders } from "../schema";
import { isUnread } from "./notifications";
import { isNewOrder } from "./orders";
import { isDueFor } from "./reminders";

/**
 * A badge reads "99+" past 99, so its count stops at 100: a book with ten thousand overdue
 * reminders then costs what one with a hundred does (an uncapped count read them all, 9 ms).
 */
export const BADGE_CAP = 100;

const upToCap = (table: PgTable, where: SQL | undefined) =>
  sql`(select count(*)::int from (select 1 from ${table} where ${where} limit ${BADGE_CAP}) as counted)`;

/**
 * The navigation's three badges (new site orders, today's and overdue reminders, unread
 * notifications), each up to BADGE_CAP, in one round trip: every app page asks for them.
 */
export async function countNavBadges(workspaceId: string, userId: string, until: Date) {
  const [row] = await execute<{ orders: number; reminders: number; unread: number }>(
    sql`select ${upToCap(orders, isNewOrder(workspaceId))} as orders, ${upToCap(reminders, isDueFor(workspaceId, userId, until))} as reminders,
      ${upToCap(notifications, isUnread(workspaceId, userId))} as unread`,
  );
  return { orders: Number(row.orders), reminders: Number(row.reminders), unread: Number(row.unread) };
}
