import { and, asc, eq, ne, or, sql } from "drizzle-orm";
import { db } from "../client";
import { memberships, tableViews, users } from "../schema";

type Owner = { workspaceId: string; userId: string; tableKey: string };
const own = (o: Owner) => and(eq(tableViews.workspaceId, o.workspaceId), eq(tableViews.userId, o.userId), eq(tableViews.tableKey, o.tableKey));

/** Saves the user's own columns for a table (visible, in order): the row with the empty name. */
export async function saveColumnLayout(o: Owner, columns: string[]) {
  await db()
    .insert(tableViews)
    .values({ ...o, name: "", columns })
    .onConflictDoUpdate({ target: [tableViews.workspaceId, tableViews.userId, tableViews.tableKey, tableViews.name], set: { columns } });
}

export async function resetColumnLayout(o: Owner) {
  await db().delete(tableViews).where(and(own(o), eq(tableViews.name, "")));
}

/**
 * What a list page needs of the user's setup, in one query: her saved views (by name), then
 * the views her colleagues shared (with the author's name as `owner`; never her default),
 * and her own column layout (the row with the empty name), or null.
 */
export async function getTableSetup(o: Owner) {
  const rows = await db()
    .select({
      id: tableViews.id,
      name: tableViews.name,
      columns: tableViews.columns,
      query: tableViews.query,
      isDefault: tableViews.isDefault,
      shared: tableViews.shared,
      userId: tableViews.userId,
      author: users.name,
    })
    .from(tableViews)
    // A colleague's shared views while she is still a member of the workspace.
    .innerJoin(memberships, and(eq(memberships.workspaceId, tableViews.workspaceId), eq(memberships.userId, tableViews.userId)))
    .innerJoin(users, eq(users.id, tableViews.userId))
    .where(
      and(
        eq(tableViews.workspaceId, o.workspaceId),
        eq(tableViews.tableKey, o.tableKey),
        or(eq(tableViews.userId, o.userId), and(eq(tableViews.shared, true), ne(tableViews.name, ""))),
      ),
    )
    .orderBy(asc(sql`lower(${tableViews.name})`));
  const view = ({ userId, author, ...v }: (typeof rows)[number]) =>
    userId === o.userId ? { ...v, owner: null } : { ...v, isDefault: false, owner: author };
  const mine = rows.filter((r) => r.userId === o.userId);
  return {
    views: [...mine.filter((r) => r.name !== ""), ...rows.filter((r) => r.userId !== o.userId)].map(view),
    columnLayout: mine.find((r) => r.name === "")?.columns ?? null,
  };
}

/** Saves (or overwrites, by name) a view; making it the default unsets the others. */
export async function saveView(o: Owner, view: { name: string; columns: string[]; query: string; isDefault: boolean; shared: boolean }) {
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
