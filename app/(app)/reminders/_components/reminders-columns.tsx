"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { Badge } from "@/components/ui/badge";
import type { ReminderListRow } from "@/db/queries/reminder-list";
import { cn } from "@/lib/cn";
import dynamic from "next/dynamic";
import { ReminderTick } from "./reminder-row-actions";

// The row menu (a dropdown) loads after the list shows: the page needs none of it to draw.
const ReminderMenu = dynamic(() => import("./reminder-menu").then((m) => m.ReminderMenu), { ssr: false, loading: () => <span className="inline-block size-11" /> });

/** A list row with what the server already wrote for the reader (title, due date). */
export type ReminderRow = Pick<ReminderListRow, "id" | "description" | "clientId" | "clientName" | "orderId" | "orderNumber" | "tagName" | "category" | "kind" | "assigneeName" | "recurrence"> & {
  title: string;
  done: boolean;
  dueDisplay: string;
  /** Open and past its time (red), or due today (bold). */
  overdue: boolean;
  today: boolean;
};

/** The reminder list's columns; sort ids match lib/reminder-list-params.ts. */
export function useReminderColumns(): ColumnDef<ReminderRow, unknown>[] {
  const t = useTranslations("reminders");
  return useMemo(
    () => [
      {
        id: "title",
        header: t("column.title"),
        cell: ({ row }) => {
          const r = row.original;
          return (
            <div className="flex items-start gap-3" data-reminder>
              <ReminderTick id={r.id} done={r.done} title={r.title} />
              <div className="min-w-0">
                <a
                  href={`/reminders/${r.id}/edit`}
                  className="reminder-title font-medium break-words hover:text-primary hover:underline"
                >
                  {r.title}
                </a>
                {r.description ? <p className="reminder-title line-clamp-2 text-xs text-muted-foreground">{r.description}</p> : null}
              </div>
            </div>
          );
        },
        meta: { sortId: "title", className: "min-w-56", cardTitle: true },
      },
      {
        id: "due",
        header: t("column.due"),
        cell: ({ row }) => {
          const r = row.original;
          return (
            <span className={cn("whitespace-nowrap", !r.done && r.overdue && "font-medium text-destructive", !r.done && r.today && "font-semibold")}>
              {r.dueDisplay}
              {!r.done && r.overdue ? <span className="sr-only"> ({t("overdue")})</span> : null}
            </span>
          );
        },
        meta: { sortId: "due" },
      },
      {
        id: "client",
        header: t("column.client"),
        cell: ({ row }) => {
          const r = row.original;
          if (r.clientId) {
            return (
              <a href={`/clients/${r.clientId}`} className="hover:text-primary hover:underline">
                {r.clientName}
              </a>
            );
          }
          return r.tagName ? <span className="text-muted-foreground">{t("group", { tag: r.tagName })}</span> : null;
        },
        meta: { className: "min-w-40" },
      },
      { id: "category", header: t("column.category"), cell: ({ row }) => (row.original.category ? <Badge variant="secondary">{t(`category.${row.original.category}`)}</Badge> : null) },
      { id: "kind", header: t("column.kind"), cell: ({ row }) => <span className="whitespace-nowrap">{t(`kind.${row.original.kind}`)}</span>, meta: { defaultHidden: true } },
      { id: "assignee", header: t("column.assignee"), cell: ({ row }) => row.original.assigneeName },
      {
        id: "order",
        header: t("column.order"),
        cell: ({ row }) =>
          row.original.orderId ? (
            <a href={`/orders/${row.original.orderId}`} className="tabular-nums hover:text-primary hover:underline">
              № {row.original.orderNumber}
            </a>
          ) : null,
      },
      { id: "recurrence", header: t("column.recurrence"), cell: ({ row }) => t(`recurrence.${row.original.recurrence}`), meta: { defaultHidden: true } },
      {
        id: "actions",
        header: t("actions"),
        cell: ({ row }) => <ReminderMenu id={row.original.id} title={row.original.title} done={row.original.done} />,
        meta: { className: "w-12" },
      },
    ],
    [t],
  );
}
