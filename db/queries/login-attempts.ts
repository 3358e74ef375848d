import { and, count, eq, gt } from "drizzle-orm";
import { db } from "../client";
import { loginAttempts } from "../schema";

export async function recordLoginAttempt(email: string, ip: string, succeeded: boolean) {
  await db().insert(loginAttempts).values({ email: email.trim().toLowerCase(), ip, succeeded });
}

/** Failed sign-ins since `since`, for this e-mail and for this IP. */
export async function countFailedLogins(email: string, ip: string, since: Date) {
  const failedSince = and(eq(loginAttempts.succeeded, false), gt(loginAttempts.createdAt, since));
  const [[byEmail], [byIp]] = await Promise.all([
    db()
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.email, email.trim().toLowerCase()), failedSince)),
    db()
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.ip, ip), failedSince)),
  ]);
  return { byEmail: byEmail.n, byIp: byIp.n };
}
