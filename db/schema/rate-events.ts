import { index, pgTable, text } from "drizzle-orm/pg-core";
import { id, timestamps } from "./columns";

/** What is rate-limited: failed sign-ins, and registrations, orders and meeting requests on a personal site. */
export const rateActions = ["sign_in", "site_order", "site_meeting", "site_register"] as const;
export type RateAction = (typeof rateActions)[number];

/**
 * Events that count against a limit (lib/rate-limit.ts), kept in the database so that limits
 * hold across processes and restarts. `identity` is the lower-cased e-mail (or the E.164
 * phone of a guest who gave none) the attempt was for.
 */
export const rateEvents = pgTable(
  "rate_events",
  {
    id: id(),
    action: text("action", { enum: rateActions }).notNull(),
    identity: text("identity").notNull(),
    ip: text("ip").notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    index("rate_events_identity_idx").on(t.action, t.identity, t.createdAt),
    index("rate_events_ip_idx").on(t.action, t.ip, t.createdAt),
  ],
);
