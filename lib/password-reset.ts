import { createHash, randomBytes } from "node:crypto";
import { findValidResetToken } from "@/db/queries/users";

const RESET_TTL_MS = 60 * 60 * 1000;

/** Only the hash of a reset token is stored; the token itself travels in the e-mail. */
export function hashResetToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newResetToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashResetToken(token), expiresAt: new Date(Date.now() + RESET_TTL_MS) };
}

export async function isResetTokenValid(token: string | undefined): Promise<boolean> {
  if (!token || token.length > 200) return false;
  return Boolean(await findValidResetToken(hashResetToken(token)));
}
