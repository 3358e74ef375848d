import { and, desc, eq, sql } from "drizzle-orm";
import { db } from "../client";
import { activities, clients, notes, users } from "../schema";
import { reindexClient } from "./search-index";

/** Adds a note to a client of this workspace; false when there is no such client. */
export async function addNote(workspaceId: string, authorId: string, clientId: string, body: string) {
  return db().transaction(async (tx) => {
    const [client] = await tx.select({ id: clients.id }).from(clients).where(and(eq(clients.workspaceId, workspaceId), eq(clients.id, clientId)));
    if (!client) return null;
    const [note] = await tx.insert(notes).values({ workspaceId, clientId, authorId, body }).returning();
    await tx.insert(activities).values({ workspaceId, clientId, actorId: authorId, kind: "note_added", data: { noteId: note.id } });
    await reindexClient(tx, workspaceId, clientId);
    return note;
  });
}

/** Edits or deletes one's own note only; returns false otherwise. */
export async function updateOwnNote(workspaceId: string, authorId: string, noteId: string, body: string | null) {
  return db().transaction(async (tx) => {
    const own = and(eq(notes.workspaceId, workspaceId), eq(notes.id, noteId), eq(notes.authorId, authorId));
    const [note] = body === null ? await tx.delete(notes).where(own).returning() : await tx.update(notes).set({ body }).where(own).returning();
    if (!note) return false;
    await tx.insert(activities).values({ workspaceId, clientId: note.clientId, actorId: authorId, kind: body === null ? "note_deleted" : "note_edited", data: { noteId } });
    await reindexClient(tx, workspaceId, note.clientId);
    return true;
  });
}

export async function listNotes(workspaceId: string, clientId: string) {
  return db()
    .select({ id: notes.id, body: notes.body, authorId: notes.authorId, author: users.name, createdAt: notes.createdAt, updatedAt: notes.updatedAt })
    .from(notes)
    .leftJoin(users, eq(users.id, notes.authorId))
    .where(and(eq(notes.workspaceId, workspaceId), eq(notes.clientId, clientId)))
    .orderBy(desc(notes.createdAt));
}

/** The client's timeline, newest first, with note texts where the entry is a note. */
export async function listActivities(workspaceId: string, clientId: string, limit = 100) {
  return db()
    .select({ id: activities.id, kind: activities.kind, data: activities.data, createdAt: activities.createdAt, actor: users.name, note: notes.body })
    .from(activities)
    .leftJoin(users, eq(users.id, activities.actorId))
    .leftJoin(notes, and(eq(notes.workspaceId, activities.workspaceId), eq(notes.id, sql`(${activities.data} ->> 'noteId')::uuid`)))
    .where(and(eq(activities.workspaceId, workspaceId), eq(activities.clientId, clientId)))
    .orderBy(desc(activities.createdAt))
    .limit(limit);
}
