import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Locale } from "@/lib/locales";
import { db } from "../client";
import { memberships, passwordResetTokens, users, workspaces } from "../schema";

export type NewWorkspace = Pick<
  typeof workspaces.$inferInsert,
  "name" | "slug" | "country" | "currency" | "timeZone" | "defaultLocale"
>;

export async function findUserByEmail(email: string) {
  const [user] = await db()
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email.trim()})`)
    .limit(1);
  return user ?? null;
}

/** Sign-up: the user, her workspace and her owner membership, all or nothing. */
export async function createUserWithWorkspace(input: {
  name: string;
  email: string;
  passwordHash: string;
  locale: Locale;
  workspace: NewWorkspace;
}) {
  return db().transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ name: input.name, email: input.email.trim(), passwordHash: input.passwordHash, locale: input.locale })
      .returning();
    const [workspace] = await tx.insert(workspaces).values(input.workspace).returning();
    await tx.insert(memberships).values({ workspaceId: workspace.id, userId: user.id, role: "owner" });
    return { user, workspace };
  });
}

export async function setUserLocale(userId: string, locale: Locale) {
  await db().update(users).set({ locale }).where(eq(users.id, userId));
}

export async function createPasswordResetToken(userId: string, tokenHash: string, expiresAt: Date) {
  await db().insert(passwordResetTokens).values({ userId, tokenHash, expiresAt });
}

export async function findValidResetToken(tokenHash: string) {
  const [row] = await db()
    .select({ id: passwordResetTokens.id, userId: passwordResetTokens.userId })
    .from(passwordResetTokens)
    .where(
      and(
        eq(passwordResetTokens.tokenHash, tokenHash),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, new Date()),
      ),
    );
  return row ?? null;
}

/**
 * Uses a reset token and sets the new password in one transaction. Returns false when the
 * token is unknown, expired or already used (by a concurrent request too).
 */
export async function resetPasswordWithToken(tokenHash: string, passwordHash: string): Promise<boolean> {
  return db().transaction(async (tx) => {
    const [token] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, tokenHash),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, new Date()),
        ),
      )
      .returning({ userId: passwordResetTokens.userId });
    if (!token) return false;
    await tx.update(users).set({ passwordHash }).where(eq(users.id, token.userId));
    return true;
  });
}

export async function findUserById(id: string) {
  const [user] = await db().select().from(users).where(eq(users.id, id));
  return user ?? null;
}
