"use server";

import { cookies } from "next/headers";
import { DUE_DIALOG_COOKIE } from "@/lib/due-dialog";
import { currentMember } from "@/lib/request-context";
import { isoDate, localDateOf } from "@/lib/zoned-time";

/** "Later" (or "Open") on today's reminders: not again today, unless she signs in again. */
export async function putAwayDueDialog() {
  const member = await currentMember();
  if (!member) return;
  const today = isoDate(localDateOf(new Date(), member.workspace.timeZone));
  (await cookies()).set(DUE_DIALOG_COOKIE, today, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 2 * 86_400 });
}
