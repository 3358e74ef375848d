import { and, asc, eq, ne } from "drizzle-orm";
import { db } from "../client";
import { memberships, users, workspaces } from "../schema";

export type Workspace = typeof workspaces.$inferSelect;
export type WorkspaceSettings = Pick<
  Workspace,
  "name" | "slug" | "country" | "currency" | "timeZone" | "defaultLocale" | "followUpCadence"
>;

/** The signed-in user with her workspace and role (her first membership), or null. */
export async function findMembership(userId: string) {
  const [row] = await db()
    .select({
      user: { id: users.id, name: users.name, email: users.email, locale: users.locale },
      workspace: workspaces,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  return row ?? null;
}
export type Membership = NonNullable<Awaited<ReturnType<typeof findMembership>>>;

export async function updateWorkspaceSettings(workspaceId: string, settings: WorkspaceSettings) {
  const [row] = await db().update(workspaces).set(settings).where(eq(workspaces.id, workspaceId)).returning();
  return row;
}

export async function isSlugTaken(slug: string, exceptWorkspaceId?: string) {
  const [row] = await db()
    .select({ id: workspaces.id })
    .from(workspaces)
    .where(exceptWorkspaceId ? and(eq(workspaces.slug, slug), ne(workspaces.id, exceptWorkspaceId)) : eq(workspaces.slug, slug))
    .limit(1);
  return Boolean(row);
}

/** The people of a workspace, for "responsible" pickers. */
export async function listMembers(workspaceId: string) {
  return db()
    .select({ id: users.id, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId))
    .orderBy(asc(users.name));
}

export async function isMember(workspaceId: string, userId: string) {
  const [row] = await db()
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  return Boolean(row);
}
