"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import type { SavedView } from "@/components/data-table/view-switcher";
import { EmptyState } from "@/components/ui/empty-state";
import type { ContactListParams } from "@/lib/contact-list-params";
import { useContactColumns, type ContactRow } from "./contacts-columns";

// Bulk actions load when the first row is ticked.
const ContactBulkActions = dynamic(() => import("./contact-bulk-actions").then((m) => m.ContactBulkActions), { ssr: false });

type Props = {
  rows: ContactRow[];
  total: number;
  /** There are more rows than `total` (a capped count). */
  more: boolean;
  params: ContactListParams;
  filtered: boolean;
  pageSizes: readonly number[];
  columnLayout: string[] | null;
  views: (SavedView & { columns: string[] })[];
};

export function ContactsTable({ rows, total, more, params, filtered, pageSizes, columnLayout, views }: Props) {
  const t = useTranslations("contacts");
  const columns = useContactColumns();
  const empty = (
    <EmptyState
      title={params.q ? t("list.noResults", { q: params.q }) : filtered ? t("list.noFilterResults") : t("list.empty")}
      action={
        !params.q && !filtered ? (
          <Link href="/contacts/new" className="inline-flex min-h-11 items-center font-medium text-primary underline-offset-4 hover:underline">
            {t("new")}
          </Link>
        ) : null
      }
    />
  );
  return (
    <DataTable
      // A new view brings its own columns: start the table afresh.
      key={params.view ?? ""}
      tableKey="contacts"
      columnLayout={columnLayout}
      views={views}
      activeViewId={params.view}
      caption={t("title")}
      columns={columns}
      data={rows}
      getRowId={(row) => row.id}
      total={total}
      more={more}
      state={{ page: params.page, size: params.size, sort: params.sort, dir: params.dir }}
      // No default sort id: the list's default (newest first) is descending, so every header
      // link names its sort and the parser reads a bare URL as time, descending.
      defaults={{ sort: "", size: 20 }}
      pageSizes={pageSizes}
      empty={empty}
      bulkActions={(selection) => <ContactBulkActions selection={selection} />}
    />
  );
}
