import { sql } from "drizzle-orm";
import { execute } from "../client";
import { unreadCount } from "./notifications";
import { newOrdersCount } from "./orders";
import { dueRemindersCount } from "./reminders";

/**
 * The navigation's three badges (new site orders, today's and overdue reminders, unread
 * notifications) in one round trip: every app page asks for them.
 */
export async function countNavBadges(workspaceId: string, userId: string, until: Date) {
  const [row] = await execute<{ orders: number; reminders: number; unread: number }>(
    sql`select (${newOrdersCount(workspaceId)}) as orders, (${dueRemindersCount(workspaceId, userId, until)}) as reminders, (${unreadCount(workspaceId, userId)}) as unread`,
  );
  return { orders: Number(row.orders), reminders: Number(row.reminders), unread: Number(row.unread) };
}
