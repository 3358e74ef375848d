"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import type { SavedView } from "@/components/data-table/view-switcher";
import { EmptyState } from "@/components/ui/empty-state";
import type { ClientListParams } from "@/lib/client-list-params";
import dynamic from "next/dynamic";

// Bulk actions load when the first row is ticked.
const ClientBulkActions = dynamic(() => import("./bulk-actions").then((m) => m.ClientBulkActions), { ssr: false });
import { useClientColumns, type ClientRow, type CustomColumn } from "./clients-columns";

type Props = {
  rows: ClientRow[];
  total: number;
  /** There are more rows than `total` (a capped count). */
  more: boolean;
  params: ClientListParams;
  pageSizes: readonly number[];
  tags: { id: string; name: string; color: string }[];
  members: { id: string; name: string }[];
  customFields: CustomColumn[];
  columnLayout: string[] | null;
  views: (SavedView & { columns: string[] })[];
};

export function ClientsTable({ rows, total, more, params, pageSizes, tags, members, customFields, columnLayout, views }: Props) {
  const t = useTranslations("clients");
  const columns = useClientColumns(params.q, customFields);
  const filtered = Object.entries(params.filters).some(([k, v]) => k !== "tagMode" && v !== undefined);
  const empty = (
    <EmptyState
      title={t(params.q ? "noResults" : filtered ? "noFilterResults" : params.archived ? "emptyArchive" : "emptyBook", { q: params.q })}
      action={
        !params.q && !filtered && !params.archived ? (
          <Link href="/clients/new" className="font-medium text-primary underline-offset-4 hover:underline">
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
      tableKey="clients"
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
      defaults={{ sort: "name", size: 20 }}
      pageSizes={pageSizes}
      empty={empty}
      bulkActions={(selection) => <ClientBulkActions selection={selection} archived={params.archived} tags={tags} members={members} />}
    />
  );
}
