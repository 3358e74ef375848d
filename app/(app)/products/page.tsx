import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Plus } from "lucide-react";
import { PageHeader } from "@/components/layout/page-header";
import { buttonVariants } from "@/components/ui/button";
import { listProducts } from "@/db/queries/product-list";
import { listCategories } from "@/db/queries/products";
import { getTableSetup } from "@/db/queries/table-views";
import { openDefaultView } from "@/components/data-table/default-view";
import { formatMoney } from "@/lib/money";
import { parseProductListParams, productPageSizes } from "@/lib/product-list-params";
import { currentLocale, requireMember } from "@/lib/request-context";
import { ProductsTable } from "./_components/products-table";
import { ProductsToolbar } from "./_components/products-toolbar";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("products"))("title") };
}

export default async function ProductsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMember();
  const workspaceId = member.workspace.id;
  const raw = await searchParams;
  const params = parseProductListParams(raw);
  const owner = { workspaceId, userId: member.user.id, tableKey: "products" };
  const [{ rows, total, more }, categories, { views, columnLayout }, t, locale] = await Promise.all([
    listProducts(workspaceId, params),
    listCategories(workspaceId),
    getTableSetup(owner),
    getTranslations("products"),
    currentLocale(),
  ]);
  openDefaultView("/products", views, raw);
  // Prices are formatted here, in the reader's locale and the workspace's currency.
  const view = rows.map(({ price, ...r }) => ({ ...r, priceDisplay: formatMoney(price, member.workspace.currency, locale) }));

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t(more ? "countAtLeast" : "count", { count: total })}
        actions={
          <Link href="/products/new" className={buttonVariants()}>
            <Plus aria-hidden className="size-4" />
            {t("new")}
          </Link>
        }
      />
      <ProductsToolbar params={params} categories={categories} />
      <ProductsTable rows={view} total={total} more={more} params={params} pageSizes={productPageSizes} columnLayout={columnLayout} views={views} />
    </>
  );
}
