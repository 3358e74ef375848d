import { and, asc, eq, ne, sql } from "drizzle-orm";
import { db } from "../client";
import { tableViews } from "../schema";

type Owner = { workspaceId: string; userId: string; tableKey: string };
const own = (o: Owner) => and(eq(tableViews.workspaceId, o.workspaceId), eq(tableViews.userId, o.userId), eq(tableViews.tableKey, o.tableKey));

/** The user's current columns for a table (visible, in order), or null for the default. */
export async function getColumnLayout(o: Owner) {
  const [row] = await db().select({ columns: tableViews.columns }).from(tableViews).where(and(own(o), eq(tableViews.name, "")));
  return row?.columns ?? null;
}

export async function saveColumnLayout(o: Owner, columns: string[]) {
  await db()
    .insert(tableViews)
    .values({ ...o, name: "", columns })
    .onConflictDoUpdate({ target: [tableViews.workspaceId, tableViews.userId, tableViews.tableKey, tableViews.name], set: { columns } });
}

export async function resetColumnLayout(o: Owner) {
  await db().delete(tableViews).where(and(own(o), eq(tableViews.name, "")));
}

/** The user's named views of a table. */
export function listViews(o: Owner) {
  return db()
    .select({ id: tableViews.id, name: tableViews.name, columns: tableViews.columns, query: tableViews.query, isDefault: tableViews.isDefault })
    .from(tableViews)
    .where(and(own(o), ne(tableViews.name, "")))
    .orderBy(asc(sql`lower(${tableViews.name})`));
}

/** Saves (or overwrites, by name) a view; making it the default unsets the others. */
export async function saveView(o: Owner, view: { name: string; columns: string[]; query: string; isDefault: boolean }) {
  return db().transaction(async (tx) => {
    if (view.isDefault) await tx.update(tableViews).set({ isDefault: false }).where(own(o));
    const [row] = await tx
      .insert(tableViews)
      .values({ ...o, ...view })
      .onConflictDoUpdate({ target: [tableViews.workspaceId, tableViews.userId, tableViews.tableKey, tableViews.name], set: view })
      .returning({ id: tableViews.id });
    return row;
  });
}

/** Deletes one of the user's own views; false for anyone else's. */
export async function deleteView(o: Owner, id: string) {
  const rows = await db().delete(tableViews).where(and(own(o), eq(tableViews.id, id), ne(tableViews.name, ""))).returning();
  return rows.length > 0;
}

export async function setDefaultView(o: Owner, id: string | null) {
  return db().transaction(async (tx) => {
    await tx.update(tableViews).set({ isDefault: false }).where(own(o));
    if (!id) return true;
    const rows = await tx.update(tableViews).set({ isDefault: true }).where(and(own(o), eq(tableViews.id, id), ne(tableViews.name, ""))).returning();
    return rows.length > 0;
  });
}

/** Changes the columns of one of the user's own views. */
export async function saveViewColumns(o: Owner, id: string, columns: string[]) {
  const rows = await db().update(tableViews).set({ columns }).where(and(own(o), eq(tableViews.id, id), ne(tableViews.name, ""))).returning();
  return rows.length > 0;
}
