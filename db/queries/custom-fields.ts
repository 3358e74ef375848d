import { and, asc, eq } from "drizzle-orm";
import { db } from "../client";
import { customFields, type CustomFieldType } from "../schema";

export type CustomField = typeof customFields.$inferSelect;

export function listCustomFields(workspaceId: string) {
  return db().select().from(customFields).where(eq(customFields.workspaceId, workspaceId)).orderBy(asc(customFields.position), asc(customFields.createdAt));
}

export async function createCustomField(workspaceId: string, field: { key: string; label: string; type: CustomFieldType; options: string[] }) {
  const [{ position }] = await db()
    .select({ position: customFields.position })
    .from(customFields)
    .where(eq(customFields.workspaceId, workspaceId))
    .orderBy(asc(customFields.position))
    .then((rows) => (rows.length ? [{ position: rows[rows.length - 1].position + 1 }] : [{ position: 0 }]));
  const [row] = await db().insert(customFields).values({ ...field, workspaceId, position }).returning();
  return row;
}

export async function updateCustomField(workspaceId: string, id: string, field: { label: string; options: string[] }) {
  const [row] = await db().update(customFields).set(field).where(and(eq(customFields.workspaceId, workspaceId), eq(customFields.id, id))).returning();
  return row ?? null;
}

export async function deleteCustomField(workspaceId: string, id: string) {
  const rows = await db().delete(customFields).where(and(eq(customFields.workspaceId, workspaceId), eq(customFields.id, id))).returning();
  return rows.length > 0;
}

/** Moves a field one place up or down in the card and the table. */
export async function moveCustomField(workspaceId: string, id: string, direction: -1 | 1) {
  return db().transaction(async (tx) => {
    const fields = await tx.select().from(customFields).where(eq(customFields.workspaceId, workspaceId)).orderBy(asc(customFields.position), asc(customFields.createdAt));
    const i = fields.findIndex((f) => f.id === id);
    const j = i + direction;
    if (i < 0 || j < 0 || j >= fields.length) return false;
    [fields[i], fields[j]] = [fields[j], fields[i]];
    for (const [position, f] of fields.entries()) {
      await tx.update(customFields).set({ position }).where(and(eq(customFields.workspaceId, workspaceId), eq(customFields.id, f.id)));
    }
    return true;
  });
}
