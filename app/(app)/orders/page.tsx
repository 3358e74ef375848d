import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { connection } from "next/server";
import { Plus } from "lucide-react";
import { PageHeader } from "@/components/layout/page-header";
import { buttonVariants } from "@/components/ui/button";
import { listOrders } from "@/db/queries/order-list";
import { searchCatalogue } from "@/db/queries/products";
import { getTableSetup } from "@/db/queries/table-views";
import { openDefaultView } from "@/components/data-table/default-view";
import { orderSources, orderStatuses, paymentStatuses } from "@/db/schema/orders";
import { formatMoney } from "@/lib/money";
import { activeOrderFilterCount, pageSizes, parseOrderListParams } from "@/lib/order-list-params";
import { requireMember } from "@/lib/request-context";
import type { OrderRow } from "./_components/orders-columns";
import { OrdersTable } from "./_components/orders-table";
import { OrdersToolbar } from "./_components/orders-toolbar";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders"))("title") };
}

/** How many catalogue products the filter's picker offers (a catalogue is hundreds). */
const PRODUCT_OPTIONS = 300;

export default async function OrdersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const member = await requireMember();
  const { id: workspaceId, currency, timeZone } = member.workspace;
  const raw = await searchParams;
  const params = parseOrderListParams(raw);
  const owner = { workspaceId, userId: member.user.id, tableKey: "orders" };
  const [{ rows, total, more }, products, t, format, locale, { views, columnLayout }] = await Promise.all([
    listOrders(workspaceId, params, { timeZone }),
    searchCatalogue(workspaceId, "", PRODUCT_OPTIONS),
    getTranslations("orders"),
    getFormatter(),
    getLocale(),
    getTableSetup(owner),
  ]);
  openDefaultView("/orders", views, raw);
  // Money and dates are formatted here, in the workspace's currency and time zone: the
  // browser then needs no currency or Kazakh calendar data, and gets only what it draws.
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const view: OrderRow[] = rows.map((r) => ({
    id: r.id,
    number: r.number,
    clientId: r.clientId,
    clientName: r.clientName,
    status: r.status,
    paymentStatus: r.paymentStatus,
    source: r.source,
    itemCount: r.itemCount,
    itemNames: r.itemNames,
    dateDisplay: format.dateTime(new Date(r.createdAt), { dateStyle: "short", timeZone }),
    totalDisplay: money(r.total),
    paidDisplay: money(r.paid),
    balanceDisplay: money(r.balance),
    owes: r.balance > 0,
  }));
  const filterCount = activeOrderFilterCount(params.filters);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t(more ? "list.countAtLeast" : "list.count", { count: total })}
        actions={
          <Link href="/orders/new" className={buttonVariants()}>
            <Plus aria-hidden className="size-4" />
            {t("new")}
          </Link>
        }
      />
      <OrdersToolbar
        params={params}
        filterCount={filterCount}
        options={{
          statuses: [...orderStatuses],
          payments: [...paymentStatuses],
          sources: [...orderSources],
          products: products.map((p) => ({ id: p.id, name: p.name })),
          // A client's orders all carry her name: no query needed to label the filter.
          clientName: params.filters.client ? (rows[0]?.clientName ?? null) : null,
        }}
      />
      <OrdersTable rows={view} total={total} more={more} params={params} filtered={filterCount > 0} pageSizes={pageSizes} columnLayout={columnLayout} views={views} />
    </>
  );
}
