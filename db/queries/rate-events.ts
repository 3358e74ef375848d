import { and, count, eq, gt } from "drizzle-orm";
import { db } from "../client";
import { rateEvents, type RateAction } from "../schema";

const normal = (identity: string) => identity.trim().toLowerCase();

/** One event that counts against the limit of `action`. */
export async function recordRateEvent(action: RateAction, identity: string, ip: string) {
  await db().insert(rateEvents).values({ action, identity: normal(identity), ip });
}

/** Events of `action` since `since`, for this identity and for this IP. */
export async function countRateEvents(action: RateAction, identity: string, ip: string, since: Date) {
  const recent = and(eq(rateEvents.action, action), gt(rateEvents.createdAt, since));
  const [[byIdentity], [byIp]] = await Promise.all([
    db().select({ n: count() }).from(rateEvents).where(and(recent, eq(rateEvents.identity, normal(identity)))),
    db().select({ n: count() }).from(rateEvents).where(and(recent, eq(rateEvents.ip, ip))),
  ]);
  return { byIdentity: byIdentity.n, byIp: byIp.n };
}
