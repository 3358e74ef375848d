import { feedByToken, type CalendarFeed } from "@/db/queries/calendar";
import { buildCalendar, type CalendarEvent } from "@/lib/ical";
import { reminderTitle } from "@/lib/reminder-title";
import { appOrigin } from "@/lib/request-context";
import { getTranslator, type Translator } from "@/lib/translator";

// A member's private iCalendar feed, /calendar/<token>.ics, for a phone calendar to subscribe
// to. The token is the only key: no session is asked for, and an unknown one looks like any
// missing page.

export const dynamic = "force-dynamic";

/** What createCalendarToken makes: 32 random bytes, base64url. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

function notFound() {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

function events(feed: CalendarFeed, t: Translator, origin: string): CalendarEvent[] {
  return feed.reminders.map((r) => {
    const lines = [
      r.description,
      r.clientName ? t("settings.calendar.eventClient", { name: r.clientName }) : null,
      r.orderNumber != null ? t("settings.calendar.eventOrder", { number: r.orderNumber }) : null,
    ];
    const path = r.clientId ? `/clients/${r.clientId}` : r.orderId ? `/orders/${r.orderId}` : null;
    return {
      uid: `${r.id}@clientbook`,
      summary: reminderTitle(t, r),
      description: lines.filter(Boolean).join("\n") || null,
      url: path ? `${origin}${path}` : null,
      start: r.dueAt,
      allDay: r.allDay,
      alarmAt: r.notifyAt,
      stamp: r.updatedAt,
    };
  });
}

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token: segment } = await params;
  const token = segment.endsWith(".ics") ? segment.slice(0, -".ics".length) : "";
  if (!TOKEN.test(token)) return notFound();
  const feed = await feedByToken(token);
  if (!feed) return notFound();
  const [t, origin] = await Promise.all([getTranslator(feed.user.locale ?? feed.workspace.defaultLocale), appOrigin()]);
  const body = buildCalendar({
    name: t("settings.calendar.calendarName", { workspace: feed.workspace.name }),
    timeZone: feed.workspace.timeZone,
    events: events(feed, t, origin),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="clientbook.ics"',
      "Cache-Control": "private, max-age=300",
      // The link is a secret: keep it out of referrers and search engines.
      "Referrer-Policy": "no-referrer",
      "X-Robots-Tag": "noindex",
    },
  });
}
