import { z } from "zod";
import { contactChannels, contactDirections, reminderCategories } from "@/db/schema/reminders";
import { optionalText } from "./form-fields";
import { pastDateTime } from "./order-input";
import { zonedDateTimeToDate } from "./zoned-time";

// The contact form (a call, a message or a meeting logged) as a zod schema, with its optional
// "remind me": the reminder's time is read in the workspace time zone like the contact's.

/** A reminder made from a contact without its own text takes this much of the information. */
export const REMINDER_TITLE_FROM_INFORMATION = 80;

/** An empty select or hidden field is "not chosen", which reads as "required" rather than "invalid". */
const requiredId = z.preprocess((v) => v || undefined, z.uuid());
const optionalId = z.preprocess((v) => v || null, z.uuid().nullable());

const contactFields = (timeZone: string, now?: () => Date) => ({
  at: pastDateTime(timeZone, now),
  direction: z.enum(contactDirections),
  channel: z.enum(contactChannels),
  information: optionalText(5000),
  category: z.preprocess((v) => v || null, z.enum(reminderCategories).nullable()),
  memberId: optionalId,
  address: optionalText(320),
  remind: z.preprocess((v) => v === "1" || v === "on" || v === "true", z.boolean()),
  // A time of any day, past (already overdue) or future.
  remindAt: z
    .string()
    .default("")
    .transform((s, ctx) => {
      if (!s.trim()) return null;
      const date = zonedDateTimeToDate(s, timeZone);
      if (!date) {
        ctx.addIssue({ code: "custom", message: "invalidDate" });
        return z.NEVER;
      }
      return date;
    }),
  remindText: optionalText(500),
});

type Parsed = { information: string | null; remind: boolean; remindAt: Date | null; remindText: string | null };

/**
 * With "remind me" on, a time is required, and a text unless the information can stand in.
 * `when` runs these checks even when other fields failed, so every error shows at once; a
 * field that failed its own check is left alone (it is not null then). Then the reminder is
 * split off the contact.
 */
function withReminder<S extends z.ZodType<Parsed>>(schema: S) {
  const always = () => true;
  return schema
    .refine((v) => !(v.remind === true && v.remindAt === null), { path: ["remindAt"], message: "required", when: always })
    .refine((v) => !(v.remind === true && v.remindText === null && v.information === null), { path: ["remindText"], message: "required", when: always })
    .transform(({ remind, remindAt, remindText, ...contact }) => {
      const reminder: { dueAt: Date; title: string } | null =
        remind && remindAt ? { dueAt: remindAt, title: remindText ?? (contact.information ?? "").slice(0, REMINDER_TITLE_FROM_INFORMATION).trim() } : null;
      return { contact: contact as Omit<z.output<S>, keyof Parsed> & Pick<Parsed, "information">, reminder };
    });
}

/** A new contact: her client, when, which way, how, what was said; and maybe a reminder. */
export function contactInputSchema(timeZone: string, now?: () => Date) {
  return withReminder(z.object({ clientId: requiredId, ...contactFields(timeZone, now) }));
}

/** An edit: the client stays; a reminder can be added if the contact has none yet. */
export function contactEditSchema(timeZone: string, now?: () => Date) {
  return withReminder(z.object({ id: z.uuid(), ...contactFields(timeZone, now) }));
}
