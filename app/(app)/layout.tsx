import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { BottomNav, SidebarNav, type NavBadges } from "@/components/layout/app-nav";
import { LocaleMenu } from "@/components/layout/locale-switcher-server";
import { navItems } from "@/components/layout/nav-items";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { Toaster } from "@/components/ui/toast";
import { BADGE_CAP, countNavBadges } from "@/db/queries/nav-badges";
import { endOfToday } from "@/db/queries/reminders";
import { currentMember, outsiderHome } from "@/lib/request-context";

/** The consultant's app: signed-in members only; a sidebar on desktop, a bottom bar on a phone. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const member = await currentMember();
  if (!member) redirect(await outsiderHome());
  const { id: workspaceId, timeZone } = member.workspace;
  const now = new Date();
  const until = endOfToday(timeZone, now);
  // Small indexed counts per page: new site orders, today's and overdue reminders, unread notices.
  const [t, tc, { orders: newOrders, reminders: dueReminders, unread }] = await Promise.all([
    getTranslations("nav"),
    getTranslations("common"),
    countNavBadges(workspaceId, member.user.id, until),
  ]);
  const badge = (count: number, key: "newOrders" | "dueReminders" | "unread") => ({ count, label: count < BADGE_CAP ? t(key, { count }) : t("overCap") });
  const badges: NavBadges = { orders: badge(newOrders, "newOrders"), reminders: badge(dueReminders, "dueReminders"), notifications: badge(unread, "unread") };

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
    </div>
  );
}

