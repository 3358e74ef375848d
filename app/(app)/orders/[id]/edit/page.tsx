import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeader } from "@/components/layout/page-header";
import { getClientCard } from "@/db/queries/clients";
import { getOrder } from "@/db/queries/orders";
import { moneyInputValue } from "@/lib/money";
import { currentLocale, requireMember } from "@/lib/request-context";
import { pickedClient } from "../../_components/client-summary";
import { moneyPattern } from "@/lib/money-pattern";
import { OrderForm } from "../../_components/order-form";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const id = z.uuid().safeParse((await params).id);
  const member = await requireMember();
  const detail = id.success ? await getOrder(member.workspace.id, id.data) : null;
  return { title: detail ? (await getTranslations("orders.form"))("editTitle", { number: detail.order.number }) : undefined };
}

export default async function EditOrderPage({ params }: Params) {
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const member = await requireMember();
  const ws = member.workspace.id;
  const detail = await getOrder(ws, id.data);
  if (!detail) notFound();
  const [t, locale, card] = await Promise.all([getTranslations("orders.form"), currentLocale(), getClientCard(ws, detail.order.clientId)]);
  const { order, items } = detail;
  return (
    <>
      <PageHeader title={t("editTitle", { number: order.number })} />
      <OrderForm
        values={{
          id: order.id,
          version: order.version,
          client: card && pickedClient(card),
          lines: items.map((i) => ({ productId: i.productId, name: i.name, sku: i.sku ?? "", quantity: String(i.quantity), unitPrice: moneyInputValue(i.unitPrice) })),
          discountPercent: String(order.discountPercent),
          note: order.note ?? "",
        }}
        money={moneyPattern(member.workspace.currency, locale)}
        cancelHref={`/orders/${order.id}`}
      />
    </>
  );
}
