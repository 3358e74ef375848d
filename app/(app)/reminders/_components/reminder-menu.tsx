"use client";

import { AlarmClock, MoreHorizontal, Pencil, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { deleteReminderAction, snoozeReminderAction } from "../actions";
import { run, type AnyAction } from "./reminder-row-actions";

/** Edit, snooze (+1 hour, tomorrow, next week) and delete, in one menu per row. */
export function ReminderMenu({ id, title, done, back }: { id: string; title: string; done: boolean; back?: string }) {
  const t = useTranslations("reminders");
  const [pending, startTransition] = useTransition();
  const act = (action: AnyAction, fields: Record<string, string>) => startTransition(async () => void (await run(action, fields)));
  const editHref = `/reminders/${id}/edit${back ? `?back=${encodeURIComponent(back)}` : ""}`;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={`${t("actions")}: ${title}`} disabled={pending}>
          <MoreHorizontal aria-hidden className="size-4" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuItem asChild>
          <a href={editHref}>
            <Pencil aria-hidden className="size-4" />
            {t("edit")}
          </a>
        </DropdownMenuItem>
        {done ? null : (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuLabel>{t("snooze")}</DropdownMenuLabel>
            {(["hour", "tomorrow", "week"] as const).map((until) => (
              <DropdownMenuItem key={until} onSelect={() => act(snoozeReminderAction, { id, until })}>
                <AlarmClock aria-hidden className="size-4" />
                {t(until === "hour" ? "snoozeHour" : until === "tomorrow" ? "snoozeTomorrow" : "snoozeWeek")}
              </DropdownMenuItem>
            ))}
          </>
        )}
        <DropdownMenuSeparator />
        <DropdownMenuItem
          variant="destructive"
          onSelect={() => {
            if (window.confirm(t("confirmDelete", { title }))) act(deleteReminderAction, { id });
          }}
        >
          <Trash2 aria-hidden className="size-4" />
          {t("delete")}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
