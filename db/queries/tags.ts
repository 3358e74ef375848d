import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { db } from "../client";
import { clients, clientTags, tags } from "../schema";

export function listTags(workspaceId: string) {
  return db().select({ id: tags.id, name: tags.name, color: tags.color }).from(tags).where(eq(tags.workspaceId, workspaceId)).orderBy(asc(sql`lower(${tags.name})`));
}

/** Puts a tag on (or takes it off) clients of this workspace; returns how many changed. */
export async function setTagOnClients(workspaceId: string, tagId: string, clientIds: string[], on: boolean) {
  if (!clientIds.length) return 0;
  const [tag] = await db().select({ id: tags.id }).from(tags).where(and(eq(tags.workspaceId, workspaceId), eq(tags.id, tagId)));
  if (!tag) return 0;
  if (!on) {
    const rows = await db()
      .delete(clientTags)
      .where(and(eq(clientTags.workspaceId, workspaceId), eq(clientTags.tagId, tagId), inArray(clientTags.clientId, clientIds)))
      .returning();
    return rows.length;
  }
  const own = await db().select({ id: clients.id }).from(clients).where(and(eq(clients.workspaceId, workspaceId), inArray(clients.id, clientIds)));
  if (!own.length) return 0;
  const rows = await db()
    .insert(clientTags)
    .values(own.map((c) => ({ workspaceId, clientId: c.id, tagId })))
    .onConflictDoNothing()
    .returning();
  return rows.length;
}

export async function updateTag(workspaceId: string, tagId: string, tag: { name: string; color: string }) {
  const [row] = await db().update(tags).set(tag).where(and(eq(tags.workspaceId, workspaceId), eq(tags.id, tagId))).returning();
  return row ?? null;
}

/** Deletes a tag; it comes off every client that had it. */
export async function deleteTag(workspaceId: string, tagId: string) {
  const rows = await db().delete(tags).where(and(eq(tags.workspaceId, workspaceId), eq(tags.id, tagId))).returning();
  return rows.length > 0;
}
