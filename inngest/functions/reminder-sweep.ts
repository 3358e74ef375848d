import { cron } from "inngest";
import { inngest } from "@/inngest/client";
import { sweepDueReminders } from "@/lib/reminder-notice";

/** Every minute: notices whose event was lost (or whose run failed) go out late, never not at all. */
export const reminderSweep = inngest.createFunction(
  { id: "reminder-sweep", triggers: [cron("* * * * *")], concurrency: { limit: 1 } },
  async ({ step }) => {
    const notified = await step.run("sweep", () => sweepDueReminders());
    return { notified };
  },
);
