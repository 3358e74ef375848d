import { z } from "zod";
import { recurrences, reminderCategories } from "@/db/schema/reminders";
import { optionalText } from "./form-fields";
import { parseIsoDate, zonedDateTimeToDate, zonedTime } from "./zoned-time";

// The reminder form as a zod schema. The due time is a datetime-local value, or for an
// all-day reminder a date, read in the workspace's time zone.

const optionalId = z.preprocess((v) => v || null, z.uuid().nullable());
const checkbox = z.preprocess((v) => v === "on" || v === "1" || v === "true", z.boolean());

export function reminderInputSchema(timeZone: string) {
  return z
    .object({
      title: z.string().trim().min(1).max(200),
      description: optionalText(2000),
      allDay: checkbox,
      dueAt: z.string().optional(),
      dueDate: z.string().optional(),
      // Who it is about: one client, a group (tag) or nobody in particular.
      target: z.enum(["client", "group", "none"]).default("client"),
      clientId: optionalId,
      tagId: optionalId,
      orderId: optionalId,
      contactId: optionalId,
      category: z.preprocess((v) => v || null, z.enum(reminderCategories).nullable()),
      assigneeId: optionalId,
      recurrence: z.enum(recurrences).default("none"),
    })
    // `when` runs this even when other fields failed, so every error shows at once.
    .superRefine(
      (v, ctx) => {
        if (v.allDay === true) {
          if (!v.dueDate || !parseIsoDate(v.dueDate)) ctx.addIssue({ code: "custom", path: ["dueDate"], message: v.dueDate ? "invalidDate" : "required" });
        } else if (!v.dueAt || !zonedDateTimeToDate(v.dueAt, timeZone)) {
          ctx.addIssue({ code: "custom", path: ["dueAt"], message: v.dueAt ? "invalidDate" : "required" });
        }
        const target = v.target ?? "client";
        if (target === "client" && !v.clientId) ctx.addIssue({ code: "custom", path: ["clientId"], message: "required" });
        if (target === "group" && !v.tagId) ctx.addIssue({ code: "custom", path: ["tagId"], message: "required" });
      },
      { when: () => true },
    )
    .transform((v) => ({
      title: v.title,
      description: v.description,
      // An all-day reminder is its local day (noon stands for it); the rest of it is in reminders.ts.
      dueAt: v.allDay ? zonedTime(parseIsoDate(v.dueDate!)!, 12, 0, timeZone) : zonedDateTimeToDate(v.dueAt!, timeZone)!,
      allDay: v.allDay,
      clientId: v.target === "client" ? v.clientId : null,
      tagId: v.target === "group" ? v.tagId : null,
      orderId: v.target === "client" ? v.orderId : null,
      contactId: v.contactId,
      category: v.category,
      assigneeId: v.assigneeId,
      recurrence: v.recurrence,
    }));
}

export const snoozeChoices = ["hour", "tomorrow", "week"] as const;
export type SnoozeChoice = (typeof snoozeChoices)[number];
