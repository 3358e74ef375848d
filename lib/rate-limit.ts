import { countRateEvents, recordRateEvent } from "@/db/queries/rate-events";
import type { RateAction } from "@/db/schema";

/**
 * How many events each action allows in its window, per identity (the e-mail, or a guest's
 * phone) and per IP address. Sign-ins count failures only; site registrations, orders and
 * meeting requests count every one.
 */
export const RATE_LIMITS: Record<RateAction, { windowMs: number; perIdentity: number; perIp: number }> = {
  sign_in: { windowMs: 15 * 60 * 1000, perIdentity: 5, perIp: 30 },
  site_order: { windowMs: 60 * 60 * 1000, perIdentity: 5, perIp: 20 },
  site_meeting: { windowMs: 60 * 60 * 1000, perIdentity: 3, perIp: 20 },
  site_register: { windowMs: 60 * 60 * 1000, perIdentity: 5, perIp: 20 },
};

export async function isRateLimited(action: RateAction, identity: string, ip: string): Promise<boolean> {
  const limit = RATE_LIMITS[action];
  const seen = await countRateEvents(action, identity, ip, new Date(Date.now() - limit.windowMs));
  return seen.byIdentity >= limit.perIdentity || seen.byIp >= limit.perIp;
}

/**
 * A public form's turn: false when this identity or IP is over the limit, else the attempt is
 * counted and true (for actions that count every attempt, not only failures).
 */
export async function takeRateSlot(action: RateAction, identity: string, ip: string): Promise<boolean> {
  if (await isRateLimited(action, identity, ip)) return false;
  await recordRateEvent(action, identity, ip);
  return true;
}

export function clientIp(headers: Headers): string {
  // The last hop is the address the nearest proxy saw; earlier entries are whatever the
  // client claimed. Without a proxy in front, the header (and so this limit) can be forged:
  // the per-identity limit still holds.
  return headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || headers.get("x-real-ip") || "unknown";
}
