import { and, asc, desc, eq } from "drizzle-orm";
import { db } from "../client";
import { activities, emailLog, memberships, users, workspaces } from "../schema";

export type NewEmailLog = typeof emailLog.$inferInsert;

export async function insertEmailLog(entry: NewEmailLog) {
  const [row] = await db().insert(emailLog).values(entry).returning({ id: emailLog.id });
  return row;
}

/** The local outbox: mail kept instead of sent, newest first. Not tenant-scoped: dev only. */
export async function listOutbox(limit = 100) {
  return db()
    .select({ id: emailLog.id, to: emailLog.to, subject: emailLog.subject, template: emailLog.template, createdAt: emailLog.createdAt })
    .from(emailLog)
    .where(eq(emailLog.provider, "outbox"))
    .orderBy(desc(emailLog.createdAt))
    .limit(limit);
}

export async function findOutboxMessage(id: string) {
  const [row] = await db().select().from(emailLog).where(eq(emailLog.id, id)).limit(1);
  return row?.provider === "outbox" ? row : null;
}

/**
 * Who a workspace's mail to its clients comes from: the workspace (name, currency, default
 * language, time zone) and its owner (name and e-mail, the consultant's contacts), or null.
 */
export async function findSender(workspaceId: string) {
  const [row] = await db()
    .select({
      workspace: { id: workspaces.id, name: workspaces.name, currency: workspaces.currency, defaultLocale: workspaces.defaultLocale, timeZone: workspaces.timeZone },
      owner: { name: users.name, email: users.email, locale: users.locale },
    })
    .from(workspaces)
    .leftJoin(memberships, and(eq(memberships.workspaceId, workspaces.id), eq(memberships.role, "owner")))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(eq(workspaces.id, workspaceId))
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  return row ?? null;
}
export type Sender = NonNullable<Awaited<ReturnType<typeof findSender>>>;

/** Puts a sent order confirmation in the client's activity feed. */
export async function addOrderEmailActivity(workspaceId: string, actorId: string | null, clientId: string, data: { orderId: string; number: number; to: string }) {
  await db().insert(activities).values({ workspaceId, clientId, actorId, kind: "order_email_sent", data });
}
