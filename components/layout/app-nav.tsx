"use client";

import { Bell, Inbox, LayoutDashboard, Menu, MessagesSquare, Package, Settings, ShoppingBag, Users, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState, type ReactNode } from "react";
import { Sheet, SheetContent, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { cn } from "@/lib/cn";
import { navItems, type NavKey } from "./nav-items";

const icons: Record<NavKey, LucideIcon> = {
  dashboard: LayoutDashboard,
  clients: Users,
  orders: ShoppingBag,
  reminders: Bell,
  contacts: MessagesSquare,
  products: Package,
  notifications: Inbox,
  settings: Settings,
};

type Labels = Record<NavKey | "label" | "more" | "close", string>;
/** A count beside a section (new site orders), with its spoken form ("3 новых"). */
export type NavBadges = Partial<Record<NavKey, { count: number; label: string }>>;

/** The badge's number for the eye and ", 3 new" for a screen reader, read after the name. */
function NavBadge({ badge, className }: { badge: NavBadges[NavKey]; className?: string }) {
  if (!badge?.count) return null;
  return (
    <>
      <span aria-hidden className={cn("min-w-5 rounded-full bg-primary px-1.5 text-center text-[11px] leading-5 font-semibold text-primary-foreground tabular-nums", className)}>
        {badge.count > 99 ? "99+" : badge.count}
      </span>
      <span className="sr-only">, {badge.label}</span>
    </>
  );
}

function useIsActive() {
  const pathname = usePathname();
  return (href: string) => pathname === href || pathname.startsWith(`${href}/`);
}

/** Desktop: the sidebar's list of sections. */
export function SidebarNav({ labels, badges = {} }: { labels: Labels; badges?: NavBadges }) {
  const isActive = useIsActive();
  return (
    <nav aria-label={labels.label}>
      <ul className="flex flex-col gap-1">
        {navItems.map(({ key, href }) => {
          const Icon = icons[key];
          const active = isActive(href);
          return (
            <li key={key}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex min-h-11 items-center gap-3 rounded-md px-3 text-sm font-medium transition-colors",
                  active ? "bg-primary/10 text-primary" : "text-foreground hover:bg-muted",
                )}
              >
                <Icon aria-hidden className="size-5 shrink-0" />
                {labels[key]}
                <NavBadge badge={badges[key]} className="ml-auto" />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Phone: a bottom bar with the main sections and "More" for the rest, language and sign-out. */
export function BottomNav({ labels, badges = {}, moreContent }: { labels: Labels; badges?: NavBadges; moreContent: ReactNode }) {
  const isActive = useIsActive();
  const tabClass = (active: boolean) =>
    cn(
      "flex min-h-14 min-w-0 flex-1 flex-col items-center justify-center gap-0.5 px-0.5 text-[10px] leading-tight font-medium",
      active ? "text-primary" : "text-muted-foreground",
    );
  const rest = navItems.filter((item) => !item.phone);
  const [moreOpen, setMoreOpen] = useState(false);
  return (
    <nav
      aria-label={labels.label}
      data-testid="bottom-nav"
      className="fixed inset-x-0 bottom-0 z-40 border-t bg-card pb-[env(safe-area-inset-bottom)] md:hidden"
    >
      <ul className="flex">
        {navItems
          .filter((item) => item.phone)
          .map(({ key, href }) => {
            const Icon = icons[key];
            const active = isActive(href);
            return (
              <li key={key} className="flex min-w-0 flex-1">
                <Link href={href} aria-current={active ? "page" : undefined} className={cn(tabClass(active), "relative")}>
                  <Icon aria-hidden className="size-5" />
                  <span className="line-clamp-2 w-full text-center break-words hyphens-auto">{labels[key]}</span>
                  <NavBadge badge={badges[key]} className="absolute top-1 left-1/2 ml-1" />
                </Link>
              </li>
            );
          })}
        <li className="flex min-w-0 flex-1">
          <Sheet open={moreOpen} onOpenChange={setMoreOpen}>
            <SheetTrigger className={tabClass(rest.some((item) => isActive(item.href)))}>
              <Menu aria-hidden className="size-5" />
              <span className="line-clamp-2 w-full text-center break-words hyphens-auto">{labels.more}</span>
            </SheetTrigger>
            <SheetContent side="bottom" closeLabel={labels.close}>
              <SheetTitle className="sr-only">{labels.more}</SheetTitle>
              <ul className="flex flex-col gap-1 pt-2">
                {rest.map(({ key, href }) => {
                  const Icon = icons[key];
                  return (
                    <li key={key}>
                      <Link
                        href={href}
                        aria-current={isActive(href) ? "page" : undefined}
                        onClick={() => setMoreOpen(false)}
                        className="flex min-h-12 items-center gap-3 rounded-md px-3 text-base hover:bg-muted"
                      >
                        <Icon aria-hidden className="size-5 text-muted-foreground" />
                        {labels[key]}
                        <NavBadge badge={badges[key]} className="ml-auto" />
                      </Link>
                    </li>
                  );
                })}
              </ul>
              <div className="mt-3 border-t pt-3">{moreContent}</div>
            </SheetContent>
          </Sheet>
        </li>
      </ul>
    </nav>
  );
}
