import { getFormatter, getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { DueDialog } from "@/components/layout/due-dialog";
import { countDueReminders, endOfToday, listDueReminders } from "@/db/queries/reminders";
import type { Membership } from "@/db/queries/workspaces";
import { DUE_DIALOG_COOKIE, showDueDialog } from "@/lib/due-dialog";
import { reminderTitle } from "@/lib/reminder-title";
import { isoDate, localDateOf } from "@/lib/zoned-time";

const DIALOG_ROWS = 8;

/**
 * Today's and overdue reminders in a dialog on the page a sign-in lands on [003], unless
 * "Later" or "Open" put it away today (signing in again brings it back).
 */
export async function DueReminders({ member }: { member: Membership }) {
  const { id: workspaceId, timeZone } = member.workspace;
  const now = new Date();
  const jar = await cookies();
  const today = isoDate(localDateOf(now, timeZone));
  if (!showDueDialog(jar.get(DUE_DIALOG_COOKIE)?.value, today)) return null;
  const until = endOfToday(timeZone, now);
  const count = await countDueReminders(workspaceId, member.user.id, until);
  if (!count) return null;
  const [rows, tr, t, tc, format] = await Promise.all([
    listDueReminders(workspaceId, member.user.id, until, DIALOG_ROWS),
    getTranslations(),
    getTranslations("reminders"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const items = rows.map((r) => ({
    id: r.id,
    title: reminderTitle(tr, r),
    due: r.allDay ? `${format.dateTime(r.dueAt, { dateStyle: "medium", timeZone })}, ${t("allDay")}` : format.dateTime(r.dueAt, { dateStyle: "medium", timeStyle: "short", timeZone }),
    overdue: r.allDay ? until.getTime() - r.dueAt.getTime() > 86_400_000 : r.dueAt < now,
    client: r.clientName,
  }));
  const more = count - items.length;
  return (
    <DueDialog
      items={items}
      more={more}
      today={today}
      cookie={DUE_DIALOG_COOKIE}
      labels={{ title: t("dialog.title"), intro: t("dialog.intro", { count }), later: t("dialog.later"), open: t("dialog.open"), more: t("dialog.more", { count: more }), close: tc("close") }}
    />
  );
}
