import { countFailedLogins } from "@/db/queries/login-attempts";

/** Failed sign-ins allowed in the window, per e-mail and per IP address. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

export async function isLoginLimited(email: string, ip: string): Promise<boolean> {
  const since = new Date(Date.now() - LOGIN_WINDOW_MS);
  const failed = await countFailedLogins(email, ip, since);
  return failed.byEmail >= MAX_FAILURES_PER_EMAIL || failed.byIp >= MAX_FAILURES_PER_IP;
}

export function clientIp(headers: Headers): string {
  // The last hop is the address the nearest proxy saw; earlier entries are whatever the
  // client claimed. Without a proxy in front, the header (and so this limit) can be forged:
  // the per-e-mail limit still holds.
  return headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || headers.get("x-real-ip") || "unknown";
}
