import { digestEmail, digestIsEmpty, type DigestCelebration, type DigestProps } from "@/components/emails/digest-email";
import { claimDigestRun, digestWorkspaces, listCelebrations, listNewOrders, membersAwaitingDigest } from "@/db/queries/digest";
import { countNewOrders } from "@/db/queries/orders";
import { countDueReminders, endOfToday, listDueReminders } from "@/db/queries/reminders";
import { appUrl } from "./app-url";
import { nextOccurrence, thisWeekRange } from "./birthday";
import { sendEmail } from "./email";
import { isLocale, type Locale } from "./locales";
import { formatMoney } from "./money";
import { reminderTitle, titleNamesClient } from "./reminder-title";
import { getTranslator } from "./translator";
import { isoDate, localDateOf, zonedTime, type LocalDate } from "./zoned-time";

// The morning digest (SPEC §4.5): at the workspace's digest hour in its time zone, each member
// gets one e-mail with today's and overdue reminders, the birthdays and name days of today and
// the rest of this week, and the new site orders. digest_runs keeps it to one per local day,
// however often this runs in that hour and on however many instances.

const REMINDERS_SHOWN = 20;
const ORDERS_SHOWN = 10;
const DAY_MS = 86_400_000;

type Workspace = Awaited<ReturnType<typeof digestWorkspaces>>[number];
type Member = Awaited<ReturnType<typeof membersAwaitingDigest>>[number];
type NewOrders = { count: number; rows: Awaited<ReturnType<typeof listNewOrders>> };

/** Birthdays and name days from today to the end of this week (Monday to Sunday), by date. */
async function celebrations(ws: Workspace, userId: string, now: Date, today: LocalDate) {
  const todayUtc = Date.UTC(today.year, today.month - 1, today.day);
  const daysLeft = 6 - ((new Date(todayUtc).getUTCDay() + 6) % 7);
  const endUtc = todayUtc + daysLeft * DAY_MS;
  const rows = await listCelebrations(ws.id, userId, { day: today.day, month: today.month }, thisWeekRange(now, 1, ws.timeZone).to);
  const found: (DigestCelebration & { on: Date })[] = [];
  for (const c of rows) {
    const dates = [
      ["birthday", c.birthDay, c.birthMonth],
      ["name_day", c.nameDayDay, c.nameDayMonth],
    ] as const;
    for (const [kind, day, month] of dates) {
      if (!day || !month) continue;
      const on = nextOccurrence(day, month, now, ws.timeZone); // midnight UTC of the local date
      if (on.getTime() <= endUtc) found.push({ kind, name: c.name, on });
    }
  }
  found.sort((a, b) => a.on.getTime() - b.on.getTime() || a.name.localeCompare(b.name));
  return { found, todayUtc };
}

/** One member's digest, in her language; null when it would say nothing. */
async function digestFor(ws: Workspace, member: Member, locale: Locale, now: Date, orders: NewOrders): Promise<DigestProps | null> {
  const today = localDateOf(now, ws.timeZone);
  const startOfToday = zonedTime(today, 0, 0, ws.timeZone);
  const until = endOfToday(ws.timeZone, now);
  const [due, dueCount, { found, todayUtc }, t] = await Promise.all([
    listDueReminders(ws.id, member.id, until, REMINDERS_SHOWN),
    countDueReminders(ws.id, member.id, until),
    celebrations(ws, member.id, now, today),
    getTranslator(locale),
  ]);
  const time = new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone: ws.timeZone });
  const pastDate = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: ws.timeZone });
  const pastDateTime = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", hour: "numeric", minute: "2-digit", timeZone: ws.timeZone });
  const weekDay = new Intl.DateTimeFormat(locale, { weekday: "short", day: "numeric", month: "long", timeZone: "UTC" });

  const reminders = due.map((r) => {
    const overdue = r.dueAt < startOfToday;
    const when = overdue ? (r.allDay ? pastDate : pastDateTime).format(r.dueAt) : r.allDay ? t("emails.digest.allDay") : time.format(r.dueAt);
    return { when, title: reminderTitle(t, r), clientName: titleNamesClient(r.kind) ? null : r.clientName, overdue };
  });
  const props: DigestProps = {
    name: member.name,
    date: new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", timeZone: ws.timeZone }).format(now),
    workspace: ws.name,
    url: appUrl("/dashboard"),
    reminders,
    moreReminders: Math.max(0, dueCount - reminders.length),
    today: found.filter((c) => c.on.getTime() === todayUtc).map(({ kind, name }) => ({ kind, name })),
    thisWeek: found.filter((c) => c.on.getTime() !== todayUtc).map(({ kind, name, on }) => ({ kind, name, date: weekDay.format(on) })),
    orders: orders.rows.map((o) => ({ number: o.number, name: o.clientName, total: formatMoney(o.total, ws.currency, locale) })),
    moreOrders: Math.max(0, orders.count - orders.rows.length),
  };
  return digestIsEmpty(props) ? null : props;
}

/**
 * Sends the morning digest to each member of every workspace whose digest hour it is at `now`
 * (in its time zone) and who has not had today's yet. A member with nothing to hear of gets
 * nothing. Returns how many digests went out.
 */
export async function sendMorningDigests(now = new Date()): Promise<number> {
  let sent = 0;
  for (const ws of await digestWorkspaces(now)) {
    const day = isoDate(localDateOf(now, ws.timeZone));
    const members = await membersAwaitingDigest(ws.id, day);
    if (!members.length) continue;
    const [count, rows] = await Promise.all([countNewOrders(ws.id), listNewOrders(ws.id, ORDERS_SHOWN)]);
    for (const member of members) {
      try {
        const locale = isLocale(member.locale) ? member.locale : ws.defaultLocale;
        const props = await digestFor(ws, member, locale, now, { count, rows });
        if (!props || !(await claimDigestRun(ws.id, member.id, day))) continue;
        await sendEmail({ to: member.email, template: digestEmail, templateName: "reminder-digest", props, locale, workspaceId: ws.id });
        sent++;
      } catch (error) {
        console.error(`[morning digest] ${ws.id} / ${member.id} failed:`, error);
      }
    }
  }
  return sent;
}
