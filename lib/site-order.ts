import { siteOrderEmail } from "@/components/emails/site-order-email";
import { findSender } from "@/db/queries/email-log";
import type { Client } from "@/db/queries/clients";
import { createNotifications } from "@/db/queries/notifications";
import { createOrder, type Order } from "@/db/queries/orders";
import { createReminder } from "@/db/queries/reminders";
import { siteProductsByIds, type PublicSite } from "@/db/queries/site";
import { listMembers } from "@/db/queries/workspaces";
import { sendEmail } from "./email";
import { isLocale, type Locale } from "./locales";
import { formatMoney } from "./money";
import { sendOrderConfirmation } from "./order-email";
import { formatPhone } from "./phone";
import { matchGuestClient, type GuestContact } from "./site-guest";
import type { CartLine } from "./site-cart";

/** A guest's order as the checkout form sends it, the phone already in E.164. */
export type GuestOrder = GuestContact & { note: string | null; lines: CartLine[] };

/** Nothing in the cart is on the site any more (or never was: another workspace's products). */
export class EmptyCartError extends Error {
  constructor() {
    super("empty cart");
  }
}

/**
 * A guest's order from the personal site [000]: the lines are read again from the site's
 * catalogue (prices too); a signed-in customer orders as her own client, a guest is matched to
 * a client of this workspace by e-mail or by phone, else a client is created; the order arrives as "new" from the site; every member gets an
 * in-app notification and the book a site_order reminder due now (already notified, so no
 * second notice goes); the owner gets an e-mail, and the customer her confirmation in the
 * page's language when she gave an e-mail.
 */
export async function placeSiteOrder(site: PublicSite, guest: GuestOrder, locale: Locale, origin: string, customer?: Client): Promise<Order> {
  const ws = site.workspace;
  const found = new Map((await siteProductsByIds(ws.id, ws.siteCategories, guest.lines.map((l) => l.productId))).map((p) => [p.id, p]));
  const items = guest.lines
    .filter((l) => found.has(l.productId))
    .map((l) => {
      const p = found.get(l.productId)!;
      return { productId: p.id, name: p.name, sku: p.sku, quantity: l.quantity, unitPrice: p.price };
    });
  if (!items.length) throw new EmptyCartError();

  const client = customer ?? (await matchGuestClient(site, guest, locale));
  const order = await createOrder(ws.id, null, { clientId: client.id, items, discountPercent: 0, note: guest.note }, "site");
  const clientName = [client.lastName, client.firstName].filter(Boolean).join(" ");

  const members = await listMembers(ws.id);
  await createNotifications(
    ws.id,
    members.map((m) => ({ userId: m.id, kind: "site_order" as const, data: { orderNumber: order.number, clientName }, clientId: client.id, orderId: order.id })),
  );
  const now = new Date();
  await createReminder(ws.id, null, {
    // Shown as "New order from the site № N" in the reader's language (lib/reminder-title.ts).
    title: `№ ${order.number}`,
    description: guest.note,
    dueAt: now,
    allDay: false,
    clientId: client.id,
    tagId: null,
    orderId: order.id,
    contactId: null,
    category: null,
    assigneeId: null,
    recurrence: "none",
    kind: "site_order",
    notifiedAt: now,
  });

  // Mail is a courtesy: a failure is logged and never undoes or blocks the order.
  try {
    const sender = await findSender(ws.id);
    if (sender?.owner?.email) {
      const ownerLocale = isLocale(sender.owner.locale) ? sender.owner.locale : sender.workspace.defaultLocale;
      await sendEmail({
        to: sender.owner.email,
        template: siteOrderEmail,
        templateName: "site-order",
        props: {
          name: sender.owner.name,
          number: order.number,
          clientName,
          phone: guest.e164 ? formatPhone(guest.e164) : null,
          email: guest.email,
          note: guest.note,
          items: items.map((i) => ({ name: i.name, quantity: i.quantity })),
          total: formatMoney(order.total, ws.currency, ownerLocale),
          url: `${origin}/orders/${order.id}`,
        },
        locale: ownerLocale,
        workspaceId: ws.id,
        clientId: client.id,
        orderId: order.id,
      });
    }
    if (guest.email) await sendOrderConfirmation(ws.id, null, order.id, { to: guest.email, locale, origin });
  } catch (error) {
    console.error("[site order mail]", error);
  }
  return order;
}
