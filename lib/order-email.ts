import { orderConfirmationEmail, type OrderConfirmationProps } from "@/components/emails/order-confirmation-email";
import { addOrderEmailActivity, findSender, type Sender } from "@/db/queries/email-log";
import { getOrder, type OrderDetail } from "@/db/queries/orders";
import { sendEmail } from "./email";
import { isLocale, type Locale } from "./locales";
import { formatMoney } from "./money";
import { unsubscribeLinks } from "./unsubscribe";

/** The consultant as her clients know her: the owner's name, else the business name. */
function consultantName(sender: Sender): string {
  return sender.owner?.name?.trim() || sender.workspace.name;
}

/** The mail's content, formatted in the recipient's language and the workspace currency. */
function confirmationProps(detail: OrderDetail, sender: Sender, locale: Locale): OrderConfirmationProps {
  const { order, client, items } = detail;
  const money = (minor: number) => formatMoney(minor, sender.workspace.currency, locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: sender.workspace.timeZone }).format(order.createdAt);
  const contacts = [consultantName(sender), sender.owner?.email, sender.workspace.name].filter((line): line is string => Boolean(line));
  return {
    consultant: consultantName(sender),
    clientName: [client.firstName, client.middleName].filter(Boolean).join(" "),
    number: order.number,
    date,
    items: items.map((i) => ({ name: i.name, quantity: i.quantity, price: money(i.unitPrice), total: money(i.lineTotal) })),
    subtotal: money(order.subtotal),
    discount: order.discount > 0 ? money(order.discount) : null,
    total: money(order.total),
    paid: money(order.paid),
    balance: money(order.total - order.paid),
    contacts: [...new Set(contacts)],
  };
}

/**
 * E-mails the order's client its confirmation in her language (hers, else the workspace's),
 * from the consultant's name. Skips a client without an e-mail or who opted out. Every attempt
 * lands in email_log with the client and order; a sent one also in her activity feed.
 * A site order passes the address and the page language the customer ordered with.
 * The mail carries her unsubscribe link and the List-Unsubscribe headers [000][004].
 */
export async function sendOrderConfirmation(
  workspaceId: string,
  actorId: string | null,
  orderId: string,
  options: { to?: string; locale?: Locale; origin?: string } = {},
): Promise<{ ok: true; to: string } | { ok: false; reason: "not_found" | "no_email" | "opted_out" | "failed" }> {
  const [detail, sender] = await Promise.all([getOrder(workspaceId, orderId), findSender(workspaceId)]);
  if (!detail || !sender) return { ok: false, reason: "not_found" };
  const { order, client } = detail;
  const to = (options.to ?? client.primaryEmail)?.trim();
  if (!to) return { ok: false, reason: "no_email" };
  if (client.emailOptOutAt) return { ok: false, reason: "opted_out" };

  const locale: Locale = options.locale ?? (isLocale(client.locale) ? client.locale : sender.workspace.defaultLocale);
  const unsubscribe = unsubscribeLinks(workspaceId, client.id, options.origin);
  const sent = await sendEmail({
    to,
    template: orderConfirmationEmail,
    templateName: "order-confirmation",
    props: { ...confirmationProps(detail, sender, locale), unsubscribeUrl: unsubscribe.page },
    locale,
    workspaceId,
    clientId: client.id,
    orderId: order.id,
    fromName: consultantName(sender),
    // Her answer should reach the consultant, not the no-reply address.
    headers: { ...unsubscribe.headers, ...(sender.owner?.email ? { "Reply-To": sender.owner.email } : {}) },
  });
  if (!sent.ok) return { ok: false, reason: "failed" };
  await addOrderEmailActivity(workspaceId, actorId, client.id, { orderId: order.id, number: order.number, to });
  return { ok: true, to };
}
