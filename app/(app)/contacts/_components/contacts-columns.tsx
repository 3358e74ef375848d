"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { ArrowDownLeft, ArrowUpRight, BellRing } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { ContactListRow } from "@/db/queries/contact-list";
import { cn } from "@/lib/cn";

/** A list row with what the server already formatted for the reader (dates in the workspace time zone). */
export type ContactRow = Pick<ContactListRow, "id" | "clientId" | "clientName" | "direction" | "channel" | "information" | "category" | "memberName" | "address" | "reminderDone"> & {
  atDisplay: string;
  reminderDisplay: string | null;
};

/** The contacts list's columns; sort ids match lib/contact-list-params.ts. */
export function useContactColumns(): ColumnDef<ContactRow, unknown>[] {
  const t = useTranslations("contacts");
  const tc = useTranslations("reminders.category");
  return useMemo(
    () => [
      {
        id: "at",
        header: t("columns.at"),
        cell: ({ row }) => (
          <a
            href={`/contacts/${row.original.id}/edit`}
            aria-label={t("list.edit", { date: row.original.atDisplay })}
            className="inline-flex min-h-11 items-center font-medium whitespace-nowrap tabular-nums hover:text-primary hover:underline"
          >
            {row.original.atDisplay}
          </a>
        ),
        meta: { sortId: "at" },
      },
      {
        id: "client",
        header: t("columns.client"),
        cell: ({ row }) => (
          <a href={`/clients/${row.original.clientId}`} className="font-medium break-words hover:text-primary hover:underline">
            {row.original.clientName}
          </a>
        ),
        meta: { sortId: "client", className: "min-w-40", cardTitle: true },
      },
      {
        id: "direction",
        header: t("columns.direction"),
        cell: ({ row }) => {
          const Icon = row.original.direction === "incoming" ? ArrowDownLeft : ArrowUpRight;
          return (
            <span className="inline-flex items-center gap-1 whitespace-nowrap">
              <Icon aria-hidden className="size-4 text-muted-foreground" />
              {t(`direction.${row.original.direction}`)}
            </span>
          );
        },
      },
      { id: "channel", header: t("columns.channel"), cell: ({ row }) => <span className="whitespace-nowrap">{t(`channel.${row.original.channel}`)}</span> },
      {
        id: "information",
        header: t("columns.information"),
        cell: ({ row }) => (
          <span className="block max-w-60 truncate" title={row.original.information ?? undefined}>
            {row.original.information}
          </span>
        ),
      },
      { id: "category", header: t("columns.category"), cell: ({ row }) => (row.original.category ? tc(row.original.category) : null) },
      { id: "member", header: t("columns.member"), cell: ({ row }) => row.original.memberName },
      // Usually her primary phone, which the card shows anyway: on in the column menu when wanted.
      { id: "address", header: t("columns.address"), cell: ({ row }) => <span className="whitespace-nowrap">{row.original.address}</span>, meta: { defaultHidden: true } },
      {
        id: "reminder",
        header: t("columns.reminder"),
        cell: ({ row }) =>
          row.original.reminderDisplay ? (
            <span className={cn("inline-flex items-center gap-1 whitespace-nowrap", row.original.reminderDone && "text-muted-foreground line-through")}>
              <BellRing aria-hidden className="size-4" />
              {row.original.reminderDisplay}
              {row.original.reminderDone ? <span className="sr-only">{t("list.done")}</span> : null}
            </span>
          ) : null,
      },
    ],
    [t, tc],
  );
}
