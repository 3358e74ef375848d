"use server";

import { z } from "zod";
import { optOutClientEmail } from "@/db/queries/email-opt-out";
import { createAction, fail } from "@/lib/action";
import { verifyUnsubscribeToken } from "@/lib/unsubscribe";

/** The button on /unsubscribe/<token>: no session, the signed token is the only key. */
export const unsubscribeAction = createAction({ input: z.object({ token: z.string().max(300) }), access: "public" }, async ({ token }) => {
  const target = verifyUnsubscribeToken(token);
  const result = target && (await optOutClientEmail(target.workspaceId, target.clientId, "site"));
  if (!result) fail({ formError: "unsubscribeInvalid" });
});
