"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useUrlState } from "@/components/data-table/use-url-state";
import { FilterSheet, ListToolbar } from "@/components/data-table/list-toolbar";
import { cn } from "@/lib/cn";
import { reminderStates, type ReminderListParams } from "@/lib/reminder-list-params";
import type { FilterOptions } from "./reminder-filters";

// The filters load when the sheet first opens, not with the list.
const ReminderFilters = dynamic(() => import("./reminder-filters").then((m) => m.ReminderFilters), { ssr: false });

/** Quick search, Open / Done / All, today / overdue shortcuts, and the filters in a sheet. */
export function RemindersToolbar({ params, filterCount, options }: { params: ReminderListParams; filterCount: number; options: FilterOptions }) {
  const t = useTranslations("reminders");
  const { hrefWith } = useUrlState();
  const tab = (active: boolean) =>
    cn("inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium", active ? "bg-card text-foreground shadow-xs" : "text-muted-foreground hover:text-foreground");
  return (
    <>
      <ListToolbar q={params.q} search={{ label: t("filter.search"), placeholder: t("filter.search"), submit: t("filter.submit") }}>
        <FilterSheet button={filterCount ? t("filter.buttonCount", { count: filterCount }) : t("filter.button")} highlighted={filterCount > 0} title={t("filter.title")} close={t("filter.close")}>
          {(done) => <ReminderFilters params={params} options={options} onDone={done} />}
        </FilterSheet>
      </ListToolbar>
      {/* Open / done / all, and the periods people ask for most, one tap away. */}
      <div className="-mt-1 mb-4 flex flex-wrap gap-2">
        <nav className="flex rounded-lg bg-muted p-1" aria-label={t("filter.state")}>
          {reminderStates.map((s) => (
            <Link key={s} href={hrefWith({ state: s === "open" ? undefined : s, page: undefined })} aria-current={params.state === s ? "page" : undefined} className={tab(params.state === s)}>
              {t(`state.${s}`)}
            </Link>
          ))}
        </nav>
        <nav className="flex rounded-lg bg-muted p-1" aria-label={t("filter.period")}>
          {(["overdue", "today", "week"] as const).map((p) => {
            const active = params.filters.period === p;
            return (
              <Link key={p} href={hrefWith({ period: active ? undefined : p, from: undefined, to: undefined, page: undefined })} aria-current={active ? "true" : undefined} className={tab(active)}>
                {t(`period.${p}`)}
              </Link>
            );
          })}
        </nav>
      </div>
    </>
  );
}
