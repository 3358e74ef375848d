"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import type { SavedView } from "@/components/data-table/view-switcher";
import { EmptyState } from "@/components/ui/empty-state";
import type { ReminderListParams } from "@/lib/reminder-list-params";
import { useReminderColumns, type ReminderRow } from "./reminders-columns";

// Bulk actions load when the first row is ticked.
const ReminderBulkActions = dynamic(() => import("./reminder-bulk-actions").then((m) => m.ReminderBulkActions), { ssr: false });

type Props = {
  rows: ReminderRow[];
  total: number;
  more: boolean;
  params: ReminderListParams;
  filtered: boolean;
  pageSizes: readonly number[];
  columnLayout: string[] | null;
  views: (SavedView & { columns: string[] })[];
};

export function RemindersTable({ rows, total, more, params, filtered, pageSizes, columnLayout, views }: Props) {
  const t = useTranslations("reminders");
  const blank = !params.q && !filtered && params.state === "open";
  const empty = (
    <EmptyState
      title={blank ? t("empty") : t("emptyFiltered")}
      action={
        blank ? (
          <Link href="/reminders/new" className="inline-flex min-h-11 items-center font-medium text-primary underline-offset-4 hover:underline">
            {t("new")}
          </Link>
        ) : null
      }
    />
  );
  return (
    <DataTable
      key={params.view ?? ""}
      tableKey="reminders"
      columnLayout={columnLayout}
      views={views}
      activeViewId={params.view}
      caption={t("title")}
      columns={useReminderColumns()}
      data={rows}
      getRowId={(row) => row.id}
      total={total}
      more={more}
      state={{ page: params.page, size: params.size, sort: params.sort, dir: params.dir }}
      defaults={{ sort: "due", size: 20 }}
      pageSizes={pageSizes}
      empty={empty}
      bulkActions={(selection) => <ReminderBulkActions selection={selection} state={params.state} />}
    />
  );
}
