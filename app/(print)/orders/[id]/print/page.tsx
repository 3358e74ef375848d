import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { z } from "zod";
import { buttonVariants } from "@/components/ui/button";
import { findSender } from "@/db/queries/email-log";
import { getOrder } from "@/db/queries/orders";
import { formatMoney } from "@/lib/money";
import { formatPhone } from "@/lib/phone";
import { requireMember } from "@/lib/request-context";
import { PrintButton } from "../../../_components/print-button";

type Params = { params: Promise<{ id: string }> };

/** The member's own order (null for a bad id or another workspace's), read once per request. */
const loadOrder = cache(async (rawId: string) => {
  const member = await requireMember();
  const id = z.uuid().safeParse(rawId);
  return { member, detail: id.success ? await getOrder(member.workspace.id, id.data) : null };
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { detail } = await loadOrder((await params).id);
  if (!detail) return {};
  const t = await getTranslations("orders.print");
  return { title: t("metaTitle", { number: detail.order.number }), robots: { index: false } };
}

function Block({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section className="min-w-0 break-words">
      <h2 className="mb-1 text-xs font-semibold tracking-wide text-muted-foreground uppercase">{label}</h2>
      <div className="text-sm leading-6">{children}</div>
    </section>
  );
}

const num = "px-2 py-2 text-right tabular-nums whitespace-nowrap";

/** An order sheet / invoice on A4, in the reader's language (SPEC §4.3 "Print an invoice"). */
export default async function PrintOrderPage({ params }: Params) {
  const { id } = await params;
  const { member, detail } = await loadOrder(id);
  if (!detail) notFound();
  const { order, client, items, payments } = detail;
  const [t, to, format, locale, sender] = await Promise.all([
    getTranslations("orders.print"),
    getTranslations("orders"),
    getFormatter(),
    getLocale(),
    findSender(member.workspace.id),
  ]);
  const money = (minor: number) => formatMoney(minor, member.workspace.currency, locale);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const totals: [string, string, boolean?][] = [
    [t("subtotal"), money(order.subtotal)],
    ...(order.discount > 0 ? [[t("discount", { percent: order.discountPercent }), `−${money(order.discount)}`] as [string, string]] : []),
    [t("total"), money(order.total), true],
    [t("paid"), money(order.paid)],
    [t("balance"), money(order.total - order.paid), true],
  ];

  return (
    <div className="mx-auto flex max-w-[210mm] flex-col gap-4">
      <nav className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link href={`/orders/${order.id}`} className={buttonVariants({ variant: "outline" })}>
          <ArrowLeft aria-hidden />
          {t("back")}
        </Link>
        <PrintButton label={t("print")} />
      </nav>

      <article className="flex flex-col gap-6 rounded-lg border bg-card p-4 shadow-xs sm:p-10 print:rounded-none print:border-0 print:p-0 print:shadow-none">
        <header className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between print:flex-row print:items-start print:justify-between">
          <div>
            <h1 className="text-2xl font-semibold tracking-tight">{t("title", { number: order.number })}</h1>
            <p className="text-sm text-muted-foreground">{t("date", { date: date(order.createdAt) })}</p>
            <p className="mt-1 text-sm">
              {t("statusLabel")}: {to(`status.${order.status}`)} · {t("paymentLabel")}: {to(`paymentStatus.${order.paymentStatus}`)}
            </p>
            {order.archivedAt ? <p className="mt-1 text-sm font-medium text-warning">{t("archived")}</p> : null}
          </div>
          <Block label={t("consultant")}>
            <p className="font-semibold">{member.workspace.name}</p>
            {sender?.owner ? (
              <>
                <p>{sender.owner.name}</p>
                <p className="break-all">{sender.owner.email}</p>
              </>
            ) : null}
          </Block>
        </header>

        <Block label={t("client")}>
          <p className="font-semibold">{[client.lastName, client.firstName, client.middleName].filter(Boolean).join(" ")}</p>
          {client.primaryPhone ? <p>{formatPhone(client.primaryPhone)}</p> : null}
          {client.primaryEmail ? <p className="break-all">{client.primaryEmail}</p> : null}
        </Block>

        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b-2 text-left text-xs text-muted-foreground">
                <th className="py-2 pr-2 font-semibold">{t("item")}</th>
                <th className={`${num} font-semibold`}>{t("quantity")}</th>
                <th className={`${num} font-semibold`}>{t("price")}</th>
                <th className={`${num} pr-0 font-semibold`}>{t("lineTotal")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} className="border-b break-inside-avoid align-top">
                  <td className="py-2 pr-2">
                    {item.name}
                    {item.sku ? <span className="block text-xs text-muted-foreground">{t("sku")}: {item.sku}</span> : null}
                  </td>
                  <td className={num}>{format.number(item.quantity)}</td>
                  <td className={num}>{money(item.unitPrice)}</td>
                  <td className={`${num} pr-0`}>{money(item.lineTotal)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <dl className="ml-auto grid w-full max-w-xs grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm break-inside-avoid">
          {totals.map(([label, value, strong]) => (
            <div key={label} className={`contents ${strong ? "font-semibold" : ""}`}>
              <dt>{label}</dt>
              <dd className="text-right tabular-nums whitespace-nowrap">{value}</dd>
            </div>
          ))}
        </dl>

        <Block label={t("payments")}>
          {payments.length ? (
            <table className="w-full border-collapse">
              <thead>
                <tr className="border-b text-left text-xs text-muted-foreground">
                  <th className="py-1 pr-2 font-semibold">{t("paidAt")}</th>
                  <th className="px-2 py-1 font-semibold">{t("method")}</th>
                  <th className="py-1 pl-2 text-right font-semibold">{t("amount")}</th>
                </tr>
              </thead>
              <tbody>
                {payments.map((p) => (
                  <tr key={p.id} className="border-b align-top">
                    <td className="py-1 pr-2 whitespace-nowrap">{date(p.paidAt)}</td>
                    <td className="px-2 py-1">
                      {to(`method.${p.method}`)}
                      {p.note ? <span className="block text-xs text-muted-foreground">{p.note}</span> : null}
                    </td>
                    <td className="py-1 pl-2 text-right tabular-nums whitespace-nowrap">{money(p.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="text-muted-foreground">{t("noPayments")}</p>
          )}
        </Block>

        {order.note ? (
          <Block label={t("note")}>
            <p className="whitespace-pre-wrap">{order.note}</p>
          </Block>
        ) : null}
      </article>
    </div>
  );
}
