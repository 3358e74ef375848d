import { createReminder, type Reminder } from "@/db/queries/reminders";
import type { PublicSite } from "@/db/queries/site";
import type { Locale } from "./locales";
import { formatPhone } from "./phone";
import { matchGuestClient, type GuestContact } from "./site-guest";
import type { MeetingTime } from "./site-input";
import { getTranslator } from "./translator";
import { zonedTime, type LocalDate } from "./zoned-time";

/** A guest's meeting request as the form sends it, the phone already in E.164. */
export type GuestMeeting = GuestContact & { date: LocalDate; timeOfDay: MeetingTime | null; note: string | null };

/**
 * A guest asks for a beauty session or a visit [002]: she is matched to a client (or one is
 * created) as at the checkout, and the owner gets a reminder on the preferred date at the
 * workspace's usual hour, written in the workspace's language. The reminder's own notice is
 * what tells her (there is no notification kind for requests).
 */
export async function requestSiteMeeting(site: PublicSite, guest: GuestMeeting, locale: Locale): Promise<Reminder> {
  const ws = site.workspace;
  const client = await matchGuestClient(site, guest, locale);
  const t = await getTranslator(ws.defaultLocale);
  const contact = [guest.e164 && formatPhone(guest.e164), guest.email].filter(Boolean).join(", ");
  const description = [
    t("site.meeting.reminder.time", { time: guest.timeOfDay ?? "any" }),
    t("site.meeting.reminder.contact", { contact }),
    guest.note,
  ]
    .filter(Boolean)
    .join("\n");
  return createReminder(ws.id, null, {
    title: t("site.meeting.reminder.title", { name: guest.name }),
    description,
    dueAt: zonedTime(guest.date, ws.followUpHour, 0, ws.timeZone),
    allDay: false,
    clientId: client.id,
    tagId: null,
    orderId: null,
    contactId: null,
    category: "other",
    assigneeId: site.ownerId,
    recurrence: "none",
    kind: "manual",
  });
}
