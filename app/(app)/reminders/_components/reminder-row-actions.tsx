"use client";

import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import type { ActionState } from "@/lib/action";
import { deleteReminderAction, setReminderDoneAction } from "../actions";

/** Runs an action from a button (not a form) and says how it went. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any action of this section
export type AnyAction = (prev: null, fd: FormData) => Promise<ActionState<any>>;

export async function run(action: AnyAction, fields: Record<string, string>) {
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
