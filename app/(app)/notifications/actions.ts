"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { markRead } from "@/db/queries/notifications";
import { createAction } from "@/lib/action";

// Only the signed-in member's own notifications in her workspace: markRead filters on both.

export const markNotificationReadAction = createAction({ input: z.object({ id: z.uuid() }) }, async ({ id }, { member, workspaceId }) => {
  await markRead(workspaceId, member.user.id, [id]);
  revalidatePath("/", "layout"); // the page and any unread count in the navigation
});

export const markAllNotificationsReadAction = createAction({ input: z.object({}) }, async (_input, { member, workspaceId, t }) => {
  await markRead(workspaceId, member.user.id, "all");
  revalidatePath("/", "layout");
  return t("notifications.allMarked");
});
