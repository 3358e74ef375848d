import { desc, eq } from "drizzle-orm";
import { db } from "../client";
import { emailLog } from "../schema";

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
