import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { PageHeader } from "@/components/layout/page-header";
import { getClientCard } from "@/db/queries/clients";
import { currentLocale, requireMember } from "@/lib/request-context";
import { pickedClient } from "../_components/client-summary";
import { moneyPattern } from "@/lib/money-pattern";
import { OrderForm } from "../_components/order-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders.form"))("newTitle") };
}

/** A new order; `?client=<id>` (from her card) picks the client and her loyalty discount. */
export default async function NewOrderPage({ searchParams }: { searchParams: Promise<{ client?: string | string[] }> }) {
  const member = await requireMember();
  const clientParam = z.uuid().safeParse((await searchParams).client);
  const [t, locale, card] = await Promise.all([
    getTranslations("orders.form"),
    currentLocale(),
    clientParam.success ? getClientCard(member.workspace.id, clientParam.data) : null,
  ]);
  const client = card && !card.client.archivedAt ? card : null;
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <OrderForm
        values={{ client: client && pickedClient(client), lines: [], discountPercent: String(client?.client.discountPercent ?? 0), note: "" }}
        money={moneyPattern(member.workspace.currency, locale)}
        cancelHref={client ? `/clients/${client.client.id}` : "/orders"}
      />
    </>
  );
}
