import { Pencil, Phone, Printer } from "lucide-react";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { z } from "zod";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { getOrder, markOrderViewed } from "@/db/queries/orders";
import { paymentMethods } from "@/db/schema/orders";
import { formatMoney, moneyInputValue } from "@/lib/money";
import { dateToZonedInput } from "@/lib/zoned-time";
import { statusTargets } from "@/lib/orders";
import { formatPhone, telLink } from "@/lib/phone";
import { currentLocale, requireMember } from "@/lib/request-context";
import { ArchiveOrderButton, ResendConfirmationButton } from "./_components/order-actions";
import { AddPaymentForm, DeletePaymentButton } from "./_components/payments";
import { StatusForms } from "./_components/status-forms";
import { paymentVariant, statusVariant } from "@/components/orders/order-badges";

type Params = { params: Promise<{ id: string }> };


async function load(params: Params["params"]) {
  const id = z.uuid().safeParse((await params).id);
  const member = await requireMember();
  return { member, detail: id.success ? await getOrder(member.workspace.id, id.data) : null };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { detail } = await load(params);
  return { title: detail ? (await getTranslations("orders.detail"))("title", { number: detail.order.number }) : undefined };
}

function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  return (
    <section className="flex min-w-0 flex-col gap-3 rounded-lg border bg-card p-4" data-testid={id}>
      <h2 className="font-semibold">{title}</h2>
      {children}
    </section>
  );
}

function Sum({ label, value, strong, testId }: { label: string; value: string; strong?: boolean; testId?: string }) {
  return (
    <div className={strong ? "flex justify-between gap-3 text-base font-semibold" : "flex justify-between gap-3 text-sm"}>
      <dt className={strong ? undefined : "text-muted-foreground"}>{label}</dt>
      <dd className="tabular-nums" data-testid={testId}>{value}</dd>
    </div>
  );
}

export default async function OrderPage({ params }: Params) {
  const loaded = await load(params);
  const { member } = loaded;
  let detail = loaded.detail;
  if (!detail) notFound();
  const ws = member.workspace.id;
  // Opening a site order is what moves it from "new" to "unprocessed" (SPEC §4.3).
  if (detail.order.status === "new" && (await markOrderViewed(ws, detail.order.id))) detail = (await getOrder(ws, detail.order.id)) ?? detail;

  const [t, to, format, locale] = await Promise.all([getTranslations("orders.detail"), getTranslations("orders"), getFormatter(), currentLocale()]);
  const { order, client, items, payments } = detail;
  const money = (minor: number) => formatMoney(minor, member.workspace.currency, locale);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const now = dateToZonedInput(new Date(), member.workspace.timeZone);
  const balance = order.total - order.paid;
  const clientName = [client.lastName, client.firstName, client.middleName].filter(Boolean).join(" ");

  return (
    <div className="flex max-w-5xl flex-col gap-5">
      {order.archivedAt ? (
        <div role="status" className="flex flex-wrap items-center gap-3 rounded-lg border border-warning/40 bg-warning/10 p-3 text-sm">
          <span className="flex-1">{t("archived", { date: when(order.archivedAt) })}</span>
          <ArchiveOrderButton orderId={order.id} archived />
        </div>
      ) : null}

      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title", { number: order.number })}</h1>
        <p className="text-sm text-muted-foreground">
          {t("created", { date: when(order.createdAt) })} · {to(`source.${order.source}`)}
        </p>
        <div className="flex flex-wrap gap-2">
          <Badge variant={statusVariant[order.status]} data-testid="order-status">{to(`status.${order.status}`)}</Badge>
          <Badge variant={paymentVariant[order.paymentStatus]} data-testid="order-payment-status">{to(`paymentStatus.${order.paymentStatus}`)}</Badge>
          {order.status === "delivered" && order.deliveredAt ? (
            <span className="text-sm text-muted-foreground">{t("deliveredOn", { date: when(order.deliveredAt) })}</span>
          ) : null}
        </div>
      </header>

      <div className="flex flex-wrap items-start gap-2">
        <Link href={`/orders/${order.id}/edit`} className={buttonVariants()}>
          <Pencil aria-hidden className="size-4" />
          {t("edit")}
        </Link>
        <Link href={`/orders/${order.id}/print`} className={buttonVariants({ variant: "outline" })}>
          <Printer aria-hidden className="size-4" />
          {t("print")}
        </Link>
        <ResendConfirmationButton orderId={order.id} />
        {order.archivedAt ? null : <ArchiveOrderButton orderId={order.id} archived={false} />}
      </div>

      <div className="grid gap-5 lg:grid-cols-[1.4fr_1fr]">
        <div className="flex min-w-0 flex-col gap-5">
          <Section title={t("items")} id="order-items">
            <ul className="flex flex-col divide-y">
              {items.map((item) => (
                <li key={item.id} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 py-2">
                  <div className="min-w-0 flex-1">
                    <p className="break-words">{item.name}</p>
                    {item.sku ? <p className="text-xs text-muted-foreground">{t("sku")}: {item.sku}</p> : null}
                  </div>
                  <p className="text-sm text-muted-foreground tabular-nums">
                    {format.number(item.quantity)} × {money(item.unitPrice)}
                  </p>
                  <p className="w-full text-right font-medium tabular-nums sm:w-auto sm:min-w-28">{money(item.lineTotal)}</p>
                </li>
              ))}
            </ul>
            <dl className="flex flex-col gap-1 border-t pt-3">
              <Sum label={t("subtotal")} value={money(order.subtotal)} />
              {order.discount > 0 ? <Sum label={t("discount", { percent: order.discountPercent })} value={`−${money(order.discount)}`} /> : null}
              <Sum label={t("total")} value={money(order.total)} strong testId="order-total" />
              <Sum label={t("paid")} value={money(order.paid)} testId="order-paid" />
              <Sum label={t("balance")} value={money(balance)} strong testId="order-balance" />
            </dl>
            {order.note ? (
              <div className="border-t pt-3 text-sm">
                <p className="text-muted-foreground">{t("note")}</p>
                <p className="whitespace-pre-wrap break-words">{order.note}</p>
              </div>
            ) : null}
          </Section>

          <Section title={to("payments.title")} id="order-payments">
            {payments.length ? (
              <ul className="flex flex-col divide-y">
                {payments.map((p) => (
                  <li key={p.id} className="flex items-center gap-3 py-2">
                    <div className="min-w-0 flex-1">
                      <p className="font-medium tabular-nums">
                        {money(p.amount)} <span className="text-sm font-normal text-muted-foreground">· {to(`method.${p.method}`)}</span>
                      </p>
                      <p className="text-xs text-muted-foreground">{when(p.paidAt)}</p>
                      {p.note ? <p className="text-sm break-words">{p.note}</p> : null}
                    </div>
                    <DeletePaymentButton orderId={order.id} paymentId={p.id} amount={money(p.amount)} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-muted-foreground">{to("payments.empty")}</p>
            )}
            {balance > 0 ? (
              <div className="border-t pt-3">
                <AddPaymentForm orderId={order.id} balance={moneyInputValue(balance)} now={now} methods={paymentMethods} />
              </div>
            ) : null}
          </Section>
        </div>

        <div className="flex min-w-0 flex-col gap-5">
          <Section title={t("client")}>
            <Link href={`/clients/${client.id}`} className="inline-flex min-h-11 items-center font-medium break-words text-primary hover:underline">
              {clientName}
            </Link>
            {client.primaryPhone ? (
              <a href={telLink(client.primaryPhone)} className={buttonVariants({ variant: "outline", className: "self-start" })}>
                <Phone aria-hidden className="size-4" />
                {formatPhone(client.primaryPhone)}
              </a>
            ) : null}
            {client.primaryEmail ? <p className="text-sm break-all text-muted-foreground">{client.primaryEmail}</p> : null}
          </Section>
          <Section title={t("status")}>
            <StatusForms orderId={order.id} targets={statusTargets(order.status)} now={now} />
          </Section>
        </div>
      </div>
    </div>
  );
}
