"use client";

import { AlarmClock, MoreHorizontal, Pencil, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { toast } from "@/components/ui/toast";
import type { ActionState } from "@/lib/action";
import { deleteReminderAction, setReminderDoneAction, snoozeReminderAction } from "../actions";

/** Runs an action from a button (not a form) and says how it went. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any action of this section
type AnyAction = (prev: null, fd: FormData) => Promise<ActionState<any>>;

async function run(action: AnyAction, fields: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  const result = await action(null, fd);
  if (result && !result.ok) toast.error(result.formError ?? Object.values(result.fieldErrors).flat()[0] ?? "");
  else if (result?.ok && typeof result.data === "string") toast.success(result.data);
  return result;
}

/**
 * The tick: done crosses the reminder out at once and it stays in place, crossed out, until
 * the list is next opened [000]; untick reopens it. The styling follows the checkbox (CSS
 * `.reminder-tick:checked` in globals.css), so the server's answer need not re-render the list.
 */
export function ReminderTick({ id, done, title }: { id: string; done: boolean; title: string }) {
  const t = useTranslations("reminders");
  const [checked, setChecked] = useState(done);
  const [, startTransition] = useTransition();
  return (
    <label className="-m-2 grid size-11 shrink-0 cursor-pointer place-items-center">
      <span className="sr-only">{checked ? t("untick", { title }) : t("tick", { title })}</span>
      <input
        type="checkbox"
        checked={checked}
        data-testid="reminder-tick"
        className="reminder-tick size-5 accent-primary"
        onChange={(e) => {
          const next = e.currentTarget.checked;
          setChecked(next);
          startTransition(async () => {
            const result = await run(setReminderDoneAction, { id, done: next ? "1" : "0" });
            if (!result?.ok) setChecked(!next);
          });
        }}
      />
    </label>
  );
}

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

/** The edit page's delete button: asks, deletes, and goes back to where the form was opened. */
export function DeleteReminderButton({ id, title, back }: { id: string; title: string; back: string }) {
  const t = useTranslations("reminders");
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="outline"
      disabled={pending}
      onClick={() => {
        if (window.confirm(t("confirmDelete", { title }))) startTransition(async () => void (await run(deleteReminderAction, { id, back })));
      }}
    >
      <Trash2 aria-hidden className="size-4" />
      {t("delete")}
    </Button>
  );
}
