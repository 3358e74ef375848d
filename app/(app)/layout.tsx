import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { BottomNav, SidebarNav, type NavBadges } from "@/components/layout/app-nav";
import { LocaleMenu } from "@/components/layout/locale-switcher-server";
import { navItems } from "@/components/layout/nav-items";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { Toaster } from "@/components/ui/toast";
import { cookies } from "next/headers";
import { DueDialog } from "@/components/layout/due-dialog";
import { countUnread } from "@/db/queries/notifications";
import { countNewOrders } from "@/db/queries/orders";
import { countDueReminders, endOfToday, listDueReminders } from "@/db/queries/reminders";
import { DUE_DIALOG_COOKIE, showDueDialog } from "@/lib/due-dialog";
import { reminderTitle } from "@/lib/reminder-title";
import { currentMember } from "@/lib/request-context";
import { isoDate, localDateOf } from "@/lib/zoned-time";
import { putAwayDueDialog } from "./due-dialog-actions";

/** The consultant's app: signed-in members only; a sidebar on desktop, a bottom bar on a phone. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const member = await currentMember();
  if (!member) redirect("/sign-in");
  const { id: workspaceId, timeZone } = member.workspace;
  const now = new Date();
  const until = endOfToday(timeZone, now);
  // Small indexed counts per page: new site orders, today's and overdue reminders, unread notices.
  const [t, tc, newOrders, dueReminders, unread, jar] = await Promise.all([
    getTranslations("nav"),
    getTranslations("common"),
    countNewOrders(workspaceId),
    countDueReminders(workspaceId, member.user.id, until),
    countUnread(workspaceId, member.user.id),
    cookies(),
  ]);
  const badges: NavBadges = {
    orders: { count: newOrders, label: t("newOrders", { count: newOrders }) },
    reminders: { count: dueReminders, label: t("dueReminders", { count: dueReminders }) },
    notifications: { count: unread, label: t("unread", { count: unread }) },
  };
  const dialog = dueReminders > 0 && showDueDialog(jar.get(DUE_DIALOG_COOKIE)?.value, isoDate(localDateOf(now, timeZone))) ? await dueDialog(member, until, dueReminders) : null;
  const labels = {
    ...Object.fromEntries(navItems.map(({ key }) => [key, t(key)])),
    label: t("label"),
    more: t("more"),
    close: tc("close"),
  } as Parameters<typeof SidebarNav>[0]["labels"];
  const account = (
    <div className="flex flex-col gap-2">
      <div className="min-w-0 px-3">
        <p className="truncate text-sm font-medium">{member.user.name}</p>
        <p className="truncate text-xs text-muted-foreground">
          {member.workspace.name} · {t(`roles.${member.role}`)}
        </p>
      </div>
      <LocaleMenu className="px-3" />
      <SignOutButton label={t("signOut")} />
    </div>
  );

  return (
    <div className="min-h-dvh md:flex">
      <a href="#main" className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-card focus:p-2">
        {tc("skipToContent")}
      </a>
      <aside className="sticky top-0 hidden h-dvh w-60 shrink-0 flex-col gap-6 border-r bg-card p-3 md:flex">
        <Link href="/dashboard" className="flex min-h-11 items-center gap-2 px-3 font-semibold text-primary">
          <span aria-hidden className="grid size-8 place-items-center rounded-lg bg-primary text-primary-foreground">C</span>
          {tc("appName")}
        </Link>
        <SidebarNav labels={labels} badges={badges} />
        <div className="mt-auto border-t pt-3">{account}</div>
      </aside>
      <main id="main" className="min-w-0 flex-1 px-4 pt-4 pb-24 sm:px-6 md:pt-8 md:pb-10">
        {children}
      </main>
      <BottomNav labels={labels} badges={badges} moreContent={account} />
      <Toaster label={tc("notifications")} closeLabel={tc("close")} />
      {dialog}
    </div>
  );
}

/** Today's and overdue reminders, for the dialog after signing in [003]. */
async function dueDialog(member: NonNullable<Awaited<ReturnType<typeof currentMember>>>, until: Date, count: number) {
  const { id: workspaceId, timeZone } = member.workspace;
  const [rows, tr, t, tc, format] = await Promise.all([
    listDueReminders(workspaceId, member.user.id, until, DIALOG_ROWS),
    getTranslations(),
    getTranslations("reminders"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const now = Date.now();
  const items = rows.map((r) => ({
    id: r.id,
    title: reminderTitle(tr, r),
    due: r.allDay ? `${format.dateTime(r.dueAt, { dateStyle: "medium", timeZone })}, ${t("allDay")}` : format.dateTime(r.dueAt, { dateStyle: "medium", timeStyle: "short", timeZone }),
    overdue: r.allDay ? until.getTime() - r.dueAt.getTime() > 86_400_000 : r.dueAt.getTime() < now,
    client: r.clientName,
  }));
  const more = count - items.length;
  return (
    <DueDialog
      items={items}
      more={more}
      later={putAwayDueDialog}
      labels={{ title: t("dialog.title"), intro: t("dialog.intro", { count }), later: t("dialog.later"), open: t("dialog.open"), more: t("dialog.more", { count: more }), close: tc("close") }}
    />
  );
}

const DIALOG_ROWS = 8;
