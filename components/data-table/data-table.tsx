"use client";

import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type CellContext,
  type Column,
  type ColumnDef,
  type Row,
  type RowSelectionState,
  type Table,
} from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown, Columns3 } from "lucide-react";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition, type MouseEvent, type ReactNode } from "react";
import { resetColumnsAction, saveColumnsAction } from "@/app/(app)/actions";
import { cn } from "@/lib/cn";
import { Button } from "@/components/ui/button";
import type { ColumnChoice } from "./column-menu";
import { Pagination } from "./pagination";
import { ViewSwitcher, type SavedView } from "./view-switcher";
import { useUrlState } from "./use-url-state";

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData, TValue> {
    /** The URL sort id when the column is sortable (allow-listed by the page's parser). */
    sortId?: string;
    className?: string;
    /** Off until the user turns it on in the column menu. */
    defaultHidden?: boolean;
    /** On a phone, this column titles the row's card wherever it stands. */
    cardTitle?: boolean;
  }
}

/** What a bulk action gets: the ticked ids, or "every row the list's URL matches". */
export type Selection = { ids: string[]; allMatching: boolean; count: number; query: string; clear: () => void };

export type DataTableProps<T> = {
  columns: ColumnDef<T, unknown>[];
  data: T[];
  getRowId: (row: T) => string;
  total: number;
  /** The count stopped at `total`: there are more (no "last page", no "all matching"). */
  more?: boolean;
  state: { page: number; size: number; sort: string; dir: "asc" | "desc" };
  defaults: { sort: string; size: number };
  pageSizes: readonly number[];
  bulkActions?: (selection: Selection) => ReactNode;
  empty: ReactNode;
  caption: string;
  /** Where the user's setup is saved (table_views.table_key). */
  tableKey: string;
  /** The user's saved columns (visible, in order), or null for the defaults. */
  columnLayout: string[] | null;
  views: (SavedView & { columns: string[] })[];
  activeViewId: string | null;
};

/** The "Columns" button until its menu's code has loaded (it is not needed for the first paint). */
function ColumnsButton() {
  const t = useTranslations("dataTable");
  return (
    <Button variant="outline" disabled>
      <Columns3 aria-hidden className="size-4" />
      {t("columns")}
    </Button>
  );
}
const ColumnMenu = dynamic(() => import("./column-menu").then((m) => m.ColumnMenu), { ssr: false, loading: ColumnsButton });

/** How many of the visible columns a phone card shows. */
const cardColumns = 5;

/**
 * A native checkbox with a 44 px hit area; native because the table loads on every list
 * and each kilobyte of its JavaScript counts (SPEC §6).
 */
function SelectBox({ label, checked, indeterminate = false, onChange }: { label: string; checked: boolean; indeterminate?: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="select-box">
      <input
        type="checkbox"
        aria-label={label}
        checked={checked}
        ref={(el) => {
          if (el) el.indeterminate = indeterminate;
        }}
        onChange={(e) => onChange(e.target.checked)}
      />
    </label>
  );
}

function toChoices<T>(columns: ColumnDef<T, unknown>[], visible: string[]): ColumnChoice[] {
  const label = (c: ColumnDef<T, unknown>) => (typeof c.header === "string" ? c.header : (c.id ?? ""));
  const known = visible.map((id) => columns.find((c) => c.id === id)).filter((c): c is ColumnDef<T, unknown> => Boolean(c));
  const rest = columns.filter((c) => !known.includes(c));
  const choices = [...known.map((c) => ({ id: c.id!, label: label(c), visible: true })), ...rest.map((c) => ({ id: c.id!, label: label(c), visible: false }))];
  return choices.some((c) => c.visible) ? choices : choices.map((c, i) => ({ ...c, visible: i === 0 }));
}

/**
 * What a cell renderer gets. TanStack's own (row.getVisibleCells()) builds a cell object for
 * every column of every row through each feature's hooks: 6 ms of a 100-row page's server
 * render (bench/ssr.ts). The app's cells read only `row`, and the select column the table.
 */
function cellContext<T>(table: Table<T>, row: Row<T>, column: Column<T, unknown>) {
  return { table, row, column, getValue: () => row.getValue(column.id), renderValue: () => row.renderValue(column.id) } as CellContext<T, unknown>;
}

function defaultColumns<T>(columns: ColumnDef<T, unknown>[]) {
  return columns.filter((c) => !c.meta?.defaultHidden).map((c) => c.id!);
}

/**
 * The one table of the app: sorting, paging and selection live in the URL and the server
 * does the work (SQL); this component draws rows, headers, cards and the bulk bar.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { columns, data, getRowId, total, more = false, state, defaults, pageSizes, bulkActions, empty, caption, tableKey, columnLayout, views, activeViewId } = props;
  const t = useTranslations("dataTable");
  const { hrefWith, query, pending } = useUrlState();
  const router = useRouter();
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [allMatching, setAllMatching] = useState(false);
  const activeView = views.find((v) => v.id === activeViewId);
  const [choices, setChoices] = useState(() => toChoices(columns, activeView?.columns ?? columnLayout ?? defaultColumns(columns)));
  const visibleIds = choices.filter((c) => c.visible).map((c) => c.id);
  // A phone card: the title column first (or the first visible one), then the next few.
  const titleId = visibleIds.find((id) => columns.find((c) => c.id === id)?.meta?.cardTitle) ?? visibleIds[0];
  const cardIndex = new Map([titleId, ...visibleIds.filter((id) => id !== titleId)].map((id, i) => [id, i]));
  const [, startSaving] = useTransition();
  // Column changes go to the open view, or to the user's own layout; on a colleague's
  // shared view they last until she leaves it (saving it makes her own copy).
  const changeColumns = (next: ColumnChoice[]) => {
    setChoices(next);
    if (activeView?.owner) return;
    const form = new FormData();
    form.set("table", tableKey);
    if (activeViewId) form.set("view", activeViewId);
    for (const c of next) if (c.visible) form.append("columns", c.id);
    startSaving(async () => {
      await saveColumnsAction(null, form);
    });
  };
  const resetColumns = () => {
    const defaults = toChoices(columns, defaultColumns(columns));
    if (activeView) return changeColumns(defaults);
    setChoices(defaults);
    const form = new FormData();
    form.set("table", tableKey);
    startSaving(async () => {
      await resetColumnsAction(null, form);
    });
  };

  const allColumns = useMemo<ColumnDef<T, unknown>[]>(
    () =>
      bulkActions
        ? [
            {
              id: "select",
              header: ({ table }) => (
                <SelectBox
                  label={t("selectAll")}
                  checked={table.getIsAllPageRowsSelected()}
                  indeterminate={table.getIsSomePageRowsSelected()}
                  onChange={(v) => {
                    table.toggleAllPageRowsSelected(v);
                    setAllMatching(false);
                  }}
                />
              ),
              cell: ({ row }) => (
                <SelectBox
                  label={t("selectRow")}
                  checked={row.getIsSelected()}
                  onChange={(v) => {
                    row.toggleSelected(v);
                    setAllMatching(false);
                  }}
                />
              ),
              meta: { className: "w-10" },
            },
            ...columns,
          ]
        : columns,
    [bulkActions, columns, t],
  );

  // TanStack Table's instance is mutable, so the React Compiler leaves this component alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns: allColumns,
    getRowId,
    state: {
      rowSelection,
      columnVisibility: Object.fromEntries(choices.map((c) => [c.id, c.visible])),
      columnOrder: ["select", ...choices.map((c) => c.id)],
    },
    onRowSelectionChange: setRowSelection,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
  });

  const shownColumns = table.getVisibleLeafColumns();

  // Rows link with plain <a>: a hundred next/link components cost the server render and
  // prefetch a hundred cards. One listener gives them in-app navigation instead.
  const followLink = (e: MouseEvent) => {
    const a = (e.target as Element).closest("a");
    const href = a?.getAttribute("href");
    if (!href?.startsWith("/") || a!.target || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    router.push(href);
  };

  const selectedIds = Object.keys(rowSelection).filter((id) => rowSelection[id]);
  const clear = () => {
    setRowSelection({});
    setAllMatching(false);
  };
  const selection: Selection = { ids: selectedIds, allMatching, count: allMatching ? total : selectedIds.length, query, clear };
  const pageAllSelected = data.length > 0 && selectedIds.length === data.length;

  const sortHref = (sortId: string) => {
    const dir = state.sort === sortId && state.dir === "asc" ? "desc" : "asc";
    return hrefWith({ sort: sortId === defaults.sort ? undefined : sortId, dir: dir === "asc" ? undefined : dir, page: undefined });
  };

  return (
    <div className={cn("flex flex-col", pending && "opacity-60 transition-opacity")}>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <ViewSwitcher tableKey={tableKey} views={views} activeId={activeViewId} columns={visibleIds} query={query} />
        <ColumnMenu columns={choices} onChange={changeColumns} onReset={resetColumns} />
      </div>
      {bulkActions && selection.count > 0 ? (
        <div role="region" aria-label={t("actions")} className="sticky top-0 z-20 mb-2 flex flex-wrap items-center gap-2 rounded-lg border bg-card p-2 shadow-sm">
          <span className="px-2 text-sm font-medium">{allMatching ? t("allMatchingSelected", { count: total }) : t("selected", { count: selection.count })}</span>
          {pageAllSelected && !allMatching && !more && total > data.length ? (
            <button type="button" onClick={() => setAllMatching(true)} className="min-h-11 px-2 text-sm text-primary underline-offset-4 hover:underline">
              {t("selectAllMatching", { count: total })}
            </button>
          ) : null}
          <div className="flex flex-wrap items-center gap-2">{bulkActions(selection)}</div>
          <button type="button" onClick={clear} className="ml-auto min-h-11 px-2 text-sm text-muted-foreground hover:text-foreground">
            {t("clearSelection")}
          </button>
        </div>
      ) : null}

      {data.length === 0 ? (
        empty
      ) : (
        <div className="overflow-x-auto sm:rounded-lg sm:border sm:bg-card" onClick={followLink}>
          <table className="data-table">
            <caption className="sr-only">{caption}</caption>
            <thead className="border-b bg-muted/50">
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const sortId = header.column.columnDef.meta?.sortId;
                    const active = sortId && state.sort === sortId;
                    const label = flexRender(header.column.columnDef.header, header.getContext());
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        aria-sort={active ? (state.dir === "asc" ? "ascending" : "descending") : undefined}
                        className={header.column.columnDef.meta?.className}
                      >
                        {sortId ? (
                          <Link
                            href={sortHref(sortId)}
                            scroll={false}
                            title={active && state.dir === "asc" ? t("sortDesc") : t("sortAsc")}
                            className="inline-flex min-h-11 items-center gap-1 hover:text-foreground"
                          >
                            {label}
                            {active ? (
                              state.dir === "asc" ? <ArrowUp aria-hidden className="size-3.5" /> : <ArrowDown aria-hidden className="size-3.5" />
                            ) : (
                              <ArrowUpDown aria-hidden className="size-3.5 opacity-40" />
                            )}
                          </Link>
                        ) : (
                          label
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id} data-selected={row.getIsSelected() || undefined}>
                  {shownColumns.map((column) => {
                    // On a phone the row is a card: the first column is its title, the next
                    // few carry their labels, the rest wait for a wider screen.
                    const at = cardIndex.get(column.id) ?? -1;
                    const header = column.columnDef.header;
                    return (
                      <td
                        key={column.id}
                        className={column.columnDef.meta?.className}
                        data-select={column.id === "select" || undefined}
                        data-title={at === 0 || undefined}
                        data-label={at > 0 && at < cardColumns && typeof header === "string" ? header : undefined}
                        data-more={at >= cardColumns || undefined}
                      >
                        {flexRender(column.columnDef.cell, cellContext(table, row, column))}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <Pagination page={state.page} size={state.size} rows={data.length} total={total} more={more} pageSizes={pageSizes} defaultSize={defaults.size} />
    </div>
  );
}
