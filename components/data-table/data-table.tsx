"use client";

import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type RowSelectionState,
} from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useMemo, useState, useTransition, type ReactNode } from "react";
import { resetColumnsAction, saveColumnsAction } from "@/app/(app)/actions";
import { cn } from "@/lib/cn";
import { ColumnMenu, type ColumnChoice } from "./column-menu";
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
  }
}

/** What a bulk action gets: the ticked ids, or "every row the list's URL matches". */
export type Selection = { ids: string[]; allMatching: boolean; count: number; query: string; clear: () => void };

export type DataTableProps<T> = {
  columns: ColumnDef<T, unknown>[];
  data: T[];
  getRowId: (row: T) => string;
  total: number;
  state: { page: number; size: number; sort: string; dir: "asc" | "desc" };
  defaults: { sort: string; size: number };
  pageSizes: readonly number[];
  /** A row as a card on a phone (< 640 px). */
  renderCard: (row: T) => ReactNode;
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

/**
 * A native checkbox with a 44 px hit area; native because the table loads on every list
 * and each kilobyte of its JavaScript counts (SPEC §6).
 */
function SelectBox({ label, checked, indeterminate = false, onChange, className }: { label: string; checked: boolean; indeterminate?: boolean; onChange: (checked: boolean) => void; className?: string }) {
  return (
    <label className={cn("-m-3 inline-flex size-11 cursor-pointer items-center justify-center", className)}>
      <input
        type="checkbox"
        aria-label={label}
        checked={checked}
        ref={(el) => {
          if (el) el.indeterminate = indeterminate;
        }}
        onChange={(e) => onChange(e.target.checked)}
        className="size-5 cursor-pointer accent-primary"
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

function defaultColumns<T>(columns: ColumnDef<T, unknown>[]) {
  return columns.filter((c) => !c.meta?.defaultHidden).map((c) => c.id!);
}

/**
 * The one table of the app: sorting, paging and selection live in the URL and the server
 * does the work (SQL); this component draws rows, headers, cards and the bulk bar.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { columns, data, getRowId, total, state, defaults, pageSizes, renderCard, bulkActions, empty, caption, tableKey, columnLayout, views, activeViewId } = props;
  const t = useTranslations("dataTable");
  const { hrefWith, query, pending } = useUrlState();
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [allMatching, setAllMatching] = useState(false);
  const activeView = views.find((v) => v.id === activeViewId);
  const [choices, setChoices] = useState(() => toChoices(columns, activeView?.columns ?? columnLayout ?? defaultColumns(columns)));
  const visibleIds = choices.filter((c) => c.visible).map((c) => c.id);
  const [, startSaving] = useTransition();
  // Column changes go to the open view, or to the user's own layout.
  const changeColumns = (next: ColumnChoice[]) => {
    setChoices(next);
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
    if (activeViewId) return changeColumns(defaults);
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
          {pageAllSelected && !allMatching && total > data.length ? (
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
        <>
          <div className="hidden overflow-x-auto rounded-lg border bg-card sm:block">
            <table className="w-full text-sm">
              <caption className="sr-only">{caption}</caption>
              <thead className="border-b bg-muted/50 text-left">
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
                          className={cn("px-3 py-2 font-medium whitespace-nowrap text-muted-foreground", header.column.columnDef.meta?.className)}
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
                  <tr key={row.id} data-state={row.getIsSelected() ? "selected" : undefined} className="border-b last:border-0 hover:bg-muted/40 data-[state=selected]:bg-primary/5">
                    {row.getVisibleCells().map((cell) => (
                      <td key={cell.id} className={cn("px-3 py-2 align-middle", cell.column.columnDef.meta?.className)}>
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <ul className="flex flex-col gap-2 sm:hidden" aria-label={caption}>
            {table.getRowModel().rows.map((row) => (
              <li key={row.id} className="flex items-start gap-3 rounded-lg border bg-card p-3 data-[state=selected]:border-primary" data-state={row.getIsSelected() ? "selected" : undefined}>
                {bulkActions ? (
                  <SelectBox
                    className="mt-0"
                    label={t("selectRow")}
                    checked={row.getIsSelected()}
                    onChange={(v) => {
                      row.toggleSelected(v);
                      setAllMatching(false);
                    }}
                  />
                ) : null}
                <div className="min-w-0 flex-1">{renderCard(row.original)}</div>
              </li>
            ))}
          </ul>
        </>
      )}

      <Pagination page={state.page} size={state.size} total={total} pageSizes={pageSizes} defaultSize={defaults.size} />
    </div>
  );
}
