import { cron } from "inngest";
import { inngest } from "@/inngest/client";
import { sendMorningDigests } from "@/lib/morning-digest";

/**
 * Every hour on the hour: the workspaces whose digest hour it now is (in their time zones)
 * send their members' digests; digest_runs keeps a retried run from sending any twice.
 */
export const morningDigest = inngest.createFunction(
  { id: "morning-digest", triggers: [cron("0 * * * *")], concurrency: { limit: 1 } },
  async ({ step }) => {
    const sent = await step.run("send-digests", () => sendMorningDigests(new Date()));
    return { sent };
  },
);
