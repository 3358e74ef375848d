"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { StaleVersionError } from "@/db/queries/clients";
import { listReminderIds } from "@/db/queries/reminder-list";
import { createReminder, deleteReminders, getReminder, ReminderLinkError, setRemindersDone, snoozeReminder, updateReminder } from "@/db/queries/reminders";
import { createAction, fail, validate } from "@/lib/action";
import { bulkSelection, selectedIds } from "@/lib/bulk-selection";
import { reminderInputSchema, snoozeChoices } from "@/lib/reminder-input";
import { parseReminderListParams } from "@/lib/reminder-list-params";
import { addDays, localDateOf, zonedTime } from "@/lib/zoned-time";

function reminderErrors(error: unknown): never {
  if (error instanceof ReminderLinkError) fail({ fieldErrors: { [error.field]: "notFound" } });
  if (error instanceof StaleVersionError) fail({ formError: "conflict" });
  throw error;
}

/** The list, the card and the navigation's badge all show reminders. */
function refresh(clientId?: string | null) {
  revalidatePath("/", "layout");
  if (clientId) revalidatePath(`/clients/${clientId}`);
}

/** Where the form came from (a client's card, the list), if it is a path of this app. */
const backTo = z.preprocess((v) => (typeof v === "string" && v.startsWith("/") && !v.startsWith("//") ? v : undefined), z.string().optional());

export const createReminderAction = createAction({ input: z.looseObject({ back: backTo }) }, async ({ back, ...rest }, { member, workspaceId }) => {
  const input = validate(reminderInputSchema(member.workspace.timeZone), rest);
  let row;
  try {
    row = await createReminder(workspaceId, member.user.id, input);
  } catch (error) {
    reminderErrors(error);
  }
  refresh(row.clientId);
  redirect(back ?? "/reminders");
});

export const updateReminderAction = createAction(
  { input: z.looseObject({ id: z.uuid(), version: z.coerce.number().int().min(1), back: backTo }) },
  async ({ id, version, back, ...rest }, { member, workspaceId }) => {
    const input = validate(reminderInputSchema(member.workspace.timeZone), rest);
    let row;
    try {
      row = await updateReminder(workspaceId, member.user.id, id, version, input);
    } catch (error) {
      reminderErrors(error);
    }
    if (!row) fail({ formError: "notFound" });
    refresh(row.clientId);
    redirect(back ?? "/reminders");
  },
);

/** Ticks one reminder done or open again (the list's and the card's checkbox). A recurring one's next occurrence appears on the next visit. */
export const setReminderDoneAction = createAction(
  { input: z.object({ id: z.uuid(), done: z.enum(["1", "0"]) }) },
  async ({ id, done }, { member, workspaceId, t }) => {
    const [row] = await setRemindersDone(workspaceId, member.user.id, [id], done === "1");
    if (!row && !(await getReminder(workspaceId, id))) fail({ formError: "notFound" });
    // No refresh: the ticked row stays where it is, crossed out (the checkbox styles it); the
    // list and the badge follow on the next visit.
    return t(done === "1" ? "reminders.doneToast" : "reminders.reopenedToast");
  },
);

/** +1 hour, tomorrow or next week, at the same time of day (tomorrow and next week: the usual hour). */
export const snoozeReminderAction = createAction(
  { input: z.object({ id: z.uuid(), until: z.enum(snoozeChoices) }) },
  async ({ id, until }, { member, workspaceId, t, locale }) => {
    const { timeZone, followUpHour } = member.workspace;
    const now = new Date();
    const today = localDateOf(now, timeZone);
    const at = until === "hour" ? new Date(now.getTime() + 3_600_000) : zonedTime(addDays(today, until === "tomorrow" ? 1 : 7), followUpHour, 0, timeZone);
    const row = await snoozeReminder(workspaceId, id, at);
    if (!row) fail({ formError: "notFound" });
    refresh(row.clientId);
    const due = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(at);
    return t("reminders.snoozed", { due });
  },
);

export const deleteReminderAction = createAction({ input: z.object({ id: z.uuid(), back: backTo }) }, async ({ id, back }, { member, workspaceId }) => {
  const row = await getReminder(workspaceId, id);
  if (!row || !(await deleteReminders(workspaceId, member.user.id, [id]))) fail({ formError: "notFound" });
  refresh(row.clientId);
  if (back) redirect(back);
});

/** The list's bulk actions: done, open again, delete — for the ticked or all matching. */
export const bulkRemindersAction = createAction(
  { input: bulkSelection.extend({ op: z.enum(["done", "reopen", "delete"]) }) },
  async (input, { member, workspaceId, t }) => {
    const ids = await selectedIds(input, (sp) => listReminderIds(workspaceId, parseReminderListParams(sp), { timeZone: member.workspace.timeZone }));
    const count =
      input.op === "delete" ? await deleteReminders(workspaceId, member.user.id, ids) : (await setRemindersDone(workspaceId, member.user.id, ids, input.op === "done")).length;
    refresh();
    return t(input.op === "delete" ? "reminders.bulk.deleteDone" : input.op === "done" ? "reminders.bulk.doneDone" : "reminders.bulk.reopenDone", { count });
  },
);
