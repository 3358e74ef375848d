import { events, inngest } from "@/inngest/client";
import { notifyReminder } from "@/lib/reminder-notice";

/**
 * A reminder was made, edited, snoozed or came round again: sleep until its notice is due,
 * then notify, unless meanwhile it was done, deleted or moved (then notify_at differs from the
 * event's, and the run for the newer event notifies instead).
 */
export const reminderNotice = inngest.createFunction(
  { id: "reminder-notice", triggers: [events.reminderScheduled] },
  async ({ event, step }) => {
    const { workspaceId, reminderId, notifyAt } = event.data;
    await step.sleepUntil("wait-until-due", new Date(notifyAt));
    const notified = await step.run("notify", () => notifyReminder(workspaceId, reminderId, new Date(notifyAt)));
    return { notified };
  },
);
