"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { TagBadge } from "@/components/ui/tag-badge";
import type { ClientListRow } from "@/db/queries/client-list";
import { Highlight } from "./highlight";

/** A list row with what the server already formatted for the reader. */
export type ClientRow = Omit<ClientListRow, "birthDay" | "birthMonth" | "birthYear" | "createdAt" | "lastOrderAt" | "registeredAt" | "archivedAt"> & { phoneDisplay: string | null; birthdayDisplay: string; createdDisplay: string; lastOrderDisplay: string; registeredDisplay: string };

export function clientName(row: Pick<ClientRow, "lastName" | "firstName" | "middleName">) {
  return [row.lastName, row.firstName, row.middleName].filter(Boolean).join(" ");
}

function TagList({ tags }: { tags: ClientRow["tags"] }) {
  if (!tags.length) return null;
  return (
    <span className="flex flex-wrap gap-1">
      {tags.map((tag) => (
        <TagBadge key={tag.name} name={tag.name} color={tag.color} />
      ))}
    </span>
  );
}

// Cells are bare text where they can be, their look on the <td>: a hundred rows times each
// extra element is paid in every server render.
const nowrap = "whitespace-nowrap";

export type CustomColumn = { key: string; label: string; type: string };

/**
 * The client book's columns; sort ids match lib/client-list-params.ts. Each custom field is
 * an optional column too, off until turned on.
 */
export function useClientColumns(query: string, customFields: CustomColumn[]): ColumnDef<ClientRow, unknown>[] {
  const t = useTranslations("clients.columns");
  const tf = useTranslations("clients.card.fields");
  // Read once here, not by each of a hundred rows.
  const tc = useTranslations("clients");
  return useMemo(() => {
    const custom: ColumnDef<ClientRow, unknown>[] = customFields.map((f) => ({
      id: `cf.${f.key}`,
      header: f.label,
      cell: ({ row }) => {
        const v = row.original.customFields[f.key];
        return v === undefined ? null : typeof v === "boolean" ? (v ? tf("yes") : tf("no")) : String(v);
      },
      meta: { defaultHidden: true },
    }));
    return [
      { id: "number", header: t("number"), cell: ({ row }) => row.original.number, meta: { sortId: "number", className: "w-16 text-muted-foreground tabular-nums" } },
      {
        id: "name",
        header: t("name"),
        cell: ({ row }) => (
          <>
            <a href={`/clients/${row.original.id}`} className="font-medium hover:text-primary hover:underline">
              <Highlight text={clientName(row.original)} query={query} />
            </a>
            {row.original.company ? <p className="text-xs text-muted-foreground"><Highlight text={row.original.company} query={query} /></p> : null}
          </>
        ),
        meta: { sortId: "name", className: "min-w-48", cardTitle: true },
      },
      {
        id: "phone",
        header: t("phone"),
        cell: ({ row: { original: r } }) =>
          r.primaryPhone ? (
            <a href={`tel:${r.primaryPhone}`} className="inline-flex min-h-11 items-center whitespace-nowrap hover:text-primary" aria-label={tc("call", { phone: r.phoneDisplay ?? r.primaryPhone })}>
              {r.phoneDisplay}
            </a>
          ) : null,
      },
      {
        id: "email",
        header: t("email"),
        cell: ({ row }) =>
          row.original.primaryEmail ? (
            <a href={`mailto:${row.original.primaryEmail}`} title={row.original.primaryEmail} className="block max-w-56 truncate hover:text-primary">
              {row.original.primaryEmail}
            </a>
          ) : null,
        
      },
      { id: "tags", header: t("tags"), cell: ({ row }) => <TagList tags={row.original.tags} /> },
      { id: "birthday", header: t("birthday"), cell: ({ row }) => row.original.birthdayDisplay, meta: { sortId: "birthday", className: nowrap } },
      { id: "created", header: t("created"), cell: ({ row }) => row.original.createdDisplay, meta: { sortId: "created", className: nowrap, defaultHidden: true } },
      { id: "lastOrder", header: t("lastOrder"), cell: ({ row }) => row.original.lastOrderDisplay, meta: { sortId: "lastOrder", className: nowrap, defaultHidden: true } },
      // Not sortable: no index orders clients by registered_at yet, and 100,000 rows would be sorted whole.
      { id: "registered", header: t("registered"), cell: ({ row }) => row.original.registeredDisplay, meta: { className: nowrap, defaultHidden: true } },
      ...custom,
    ];
  }, [t, tf, tc, query, customFields]);
}
