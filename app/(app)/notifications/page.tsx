import { Bell } from "lucide-react";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { countUnread, listNotifications, type Notification, type NotificationData } from "@/db/queries/notifications";
import { cn } from "@/lib/cn";
import { reminderTitle, titleNamesClient } from "@/lib/reminder-title";
import { requireMember } from "@/lib/request-context";
import { MarkAllReadButton, MarkReadButton } from "./_components/notification-actions";

const SHOWN = 100;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

/** Where a notification leads: its reminder, its order, else its client. */
function hrefOf(n: Notification): string | null {
  if (n.kind === "reminder_due" && n.reminderId) return `/reminders/${n.reminderId}/edit`;
  if (n.orderId) return `/orders/${n.orderId}`;
  if (n.clientId) return `/clients/${n.clientId}`;
  return null;
}

/** In-app notifications, newest first. Opening the page marks nothing read: each item says so itself. */
export default async function NotificationsPage() {
  const member = await requireMember();
  const ws = member.workspace.id;
  const [items, unread, t, root, format] = await Promise.all([
    listNotifications(ws, member.user.id, { limit: SHOWN }),
    countUnread(ws, member.user.id),
    getTranslations("notifications"),
    getTranslations(),
    getFormatter(),
  ]);

  const describe = (n: Notification) => {
    const d = n.data as NotificationData;
    const name = d.clientName ?? "";
    switch (n.kind) {
      case "reminder_due": {
        const kind = d.reminderKind ?? "manual";
        const title = reminderTitle(root, { kind, title: d.title ?? "", step: d.step ?? null, orderNumber: d.orderNumber ?? null, clientName: d.clientName ?? null });
        return { text: t("kinds.reminder_due", { title }), client: titleNamesClient(kind) ? null : d.clientName, due: d.dueAt ? new Date(d.dueAt) : null, allDay: Boolean(d.allDay) };
      }
      case "site_order":
        return { text: t("kinds.site_order", { number: String(d.orderNumber ?? "") }), client: d.clientName, due: null, allDay: false };
      default:
        return { text: t(`kinds.${n.kind}`, { name }), client: null, due: null, allDay: false };
    }
  };

  return (
    <div className="flex max-w-3xl flex-col">
      <PageHeader title={t("title")} description={t("unread", { count: unread })} actions={unread > 0 ? <MarkAllReadButton text={t("markAllRead")} /> : null} />
      {items.length ? (
        <ul className="flex flex-col divide-y overflow-hidden rounded-lg border bg-card" data-testid="notifications">
          {items.map((n) => {
            const isUnread = !n.readAt;
            const { text, client, due, allDay } = describe(n);
            const href = hrefOf(n);
            return (
              <li key={n.id} data-unread={isUnread || undefined} className={cn("flex items-start gap-3 p-3 sm:px-4", isUnread && "bg-primary/5")}>
                <span aria-hidden className={cn("mt-2 size-2.5 shrink-0 rounded-full", isUnread ? "bg-primary" : "bg-transparent")} />
                <div className="flex min-w-0 flex-1 flex-col gap-0.5">
                  <p className={cn("break-words", isUnread && "font-semibold")}>
                    {isUnread ? <span className="sr-only">{t("unreadMark")}: </span> : null}
                    {href ? (
                      <Link href={href} className="text-foreground underline-offset-4 hover:text-primary hover:underline">
                        {text}
                      </Link>
                    ) : (
                      text
                    )}
                  </p>
                  {client ? <p className="text-sm break-words text-muted-foreground">{t("client", { name: client })}</p> : null}
                  {due ? (
                    <p className="text-sm text-muted-foreground">
                      {t("due", { date: format.dateTime(due, allDay ? { dateStyle: "medium" } : { dateStyle: "medium", timeStyle: "short" }) })}
                    </p>
                  ) : null}
                  <time dateTime={n.createdAt.toISOString()} className="text-xs text-muted-foreground">
                    {format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                </div>
                {isUnread ? <MarkReadButton id={n.id} text={t("markRead")} label={t("markReadLabel", { text })} /> : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <EmptyState icon={<Bell />} title={t("empty")} description={t("emptyHint")} />
      )}
      {items.length === SHOWN ? <p className="mt-3 text-sm text-muted-foreground">{t("latest", { count: SHOWN })}</p> : null}
    </div>
  );
}
