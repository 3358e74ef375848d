"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import type { SavedView } from "@/components/data-table/view-switcher";
import { EmptyState } from "@/components/ui/empty-state";
import type { ProductListParams } from "@/lib/product-list-params";
import { useProductColumns, type ProductRow } from "./products-columns";

// Bulk actions load when the first row is ticked.
const ProductBulkActions = dynamic(() => import("./bulk-actions").then((m) => m.ProductBulkActions), { ssr: false });

type Props = {
  rows: ProductRow[];
  total: number;
  /** There are more rows than `total` (a capped count). */
  more: boolean;
  params: ProductListParams;
  pageSizes: readonly number[];
  columnLayout: string[] | null;
  views: (SavedView & { columns: string[] })[];
};

export function ProductsTable({ rows, total, more, params, pageSizes, columnLayout, views }: Props) {
  const t = useTranslations("products");
  const columns = useProductColumns();
  const filtered = Boolean(params.category || params.active);
  const bare = !params.q && !filtered && !params.archived;
  const empty = (
    <EmptyState
      title={t(params.q ? "noResults" : filtered ? "noFilterResults" : params.archived ? "emptyArchive" : "emptyCatalogue", { q: params.q })}
      action={
        bare ? (
          <Link href="/products/new" className="inline-flex min-h-11 items-center font-medium text-primary underline-offset-4 hover:underline">
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
      tableKey="products"
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
      bulkActions={(selection) => <ProductBulkActions selection={selection} archived={params.archived} />}
    />
  );
}
