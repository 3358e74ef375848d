import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "../client";
import { activities, clients } from "../schema";
import { findSender } from "./email-log";

/** Where an opt-out came from: the consultant's form, or the client's own link. */
export type OptOutSource = "manual" | "site";

/**
 * What the unsubscribe page shows: the client's address, whether she is already out, and
 * whose mailings these are (the owner's name, else the business name); null for no such
 * client in that workspace.
 */
export async function findOptOutTarget(workspaceId: string, clientId: string) {
  const [[client], sender] = await Promise.all([
    db()
      .select({ email: clients.primaryEmail, optedOutAt: clients.emailOptOutAt })
      .from(clients)
      .where(and(eq(clients.workspaceId, workspaceId), eq(clients.id, clientId))),
    findSender(workspaceId),
  ]);
  if (!client || !sender) return null;
  return { ...client, consultant: sender.owner?.name?.trim() || sender.workspace.name };
}

/**
 * Opts the client out of e-mail with the date and source, and records it in her feed.
 * Idempotent: a second call changes nothing and says "already". The version moves on, so a
 * card open in the app at the time cannot save the old choice over hers.
 */
export async function optOutClientEmail(workspaceId: string, clientId: string, source: OptOutSource): Promise<"done" | "already" | null> {
  return db().transaction(async (tx) => {
    const [updated] = await tx
      .update(clients)
      .set({ emailOptOutAt: new Date(), emailOptOutSource: source, version: sql`${clients.version} + 1`, updatedAt: new Date() })
      .where(and(eq(clients.workspaceId, workspaceId), eq(clients.id, clientId), isNull(clients.emailOptOutAt)))
      .returning({ id: clients.id });
    if (updated) {
      await tx.insert(activities).values({ workspaceId, clientId, actorId: null, kind: "unsubscribed", data: { source } });
      return "done";
    }
    const [existing] = await tx.select({ id: clients.id }).from(clients).where(and(eq(clients.workspaceId, workspaceId), eq(clients.id, clientId)));
    return existing ? "already" : null;
  });
}
