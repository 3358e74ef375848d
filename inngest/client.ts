import { eventType, Inngest } from "inngest";
import { z } from "zod";

export const inngest = new Inngest({ id: "clientbook" });

/** Every event the app sends, typed once; functions use them as triggers. */
export const events = {
  userSignedUp: eventType("app/user.signed-up", {
    schema: z.object({ userId: z.string().uuid(), workspaceId: z.string().uuid() }),
  }),
  /** An order was handed over; the follow-up (2+2+2) workflows start from it. */
  orderDelivered: eventType("order/delivered", {
    schema: z.object({ workspaceId: z.string().uuid(), orderId: z.string().uuid(), clientId: z.string().uuid(), deliveredAt: z.string() }),
  }),
  /** A reminder's notice is due at notifyAt (made, edited, snoozed or recurring). */
  reminderScheduled: eventType("reminder/scheduled", {
    schema: z.object({ workspaceId: z.string().uuid(), reminderId: z.string().uuid(), notifyAt: z.string() }),
  }),
};

type AppEvent = ReturnType<(typeof events)[keyof typeof events]["create"]>;

/** True when an Inngest server is configured (Inngest Cloud keys, or the dev server). */
export function inngestEnabled(): boolean {
  return Boolean(process.env.INNGEST_EVENT_KEY || process.env.INNGEST_DEV);
}

/**
 * Sends an event without making the caller wait or fail: the database already holds every
 * fact (SPEC §2.1), events only start time-driven work. Without Inngest the event is logged
 * and skipped.
 */
export function send(event: AppEvent): void {
  if (!inngestEnabled()) {
    console.info(`[inngest] not configured, skipped ${event.name}`);
    return;
  }
  inngest.send(event).catch((error: unknown) => {
    console.warn(`[inngest] could not send ${event.name}:`, error);
  });
}
