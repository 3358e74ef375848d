"use client";

import { CheckCheck, RotateCcw, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { BulkDialog } from "@/components/data-table/bulk-dialog";
import type { Selection } from "@/components/data-table/data-table";
import type { ReminderState } from "@/lib/reminder-list-params";
import { bulkRemindersAction } from "../actions";

/** Done, open again and delete: for the ticked or all matching reminders. */
export function ReminderBulkActions({ selection, state }: { selection: Selection; state: ReminderState }) {
  const t = useTranslations("reminders.bulk");
  const count = selection.count;
  const icon = "size-4";
  return (
    <>
      {state !== "done" ? (
        <BulkDialog selection={selection} action={bulkRemindersAction} label={t("done")} icon={<CheckCheck aria-hidden className={icon} />} fields={{ op: "done" }} question={t("doneConfirm", { count })} />
      ) : null}
      {state !== "open" ? (
        <BulkDialog selection={selection} action={bulkRemindersAction} label={t("reopen")} icon={<RotateCcw aria-hidden className={icon} />} fields={{ op: "reopen" }} question={t("reopenConfirm", { count })} />
      ) : null}
      <BulkDialog selection={selection} action={bulkRemindersAction} label={t("delete")} icon={<Trash2 aria-hidden className={icon} />} fields={{ op: "delete" }} question={t("deleteConfirm", { count })} />
    </>
  );
}
