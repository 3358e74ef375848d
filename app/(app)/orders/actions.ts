"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { listClients } from "@/db/queries/client-list";
import { getClientCard, StaleVersionError } from "@/db/queries/clients";
import {
  addPayment,
  createOrder,
  deletePayment,
  getOrder,
  OrderClientError,
  OrderProductError,
  OverpaymentError,
  setOrdersArchived,
  setOrdersStatus,
  updateOrder,
} from "@/db/queries/orders";
import { searchCatalogue } from "@/db/queries/products";
import { createAction, fail, validate } from "@/lib/action";
import { parseClientListParams } from "@/lib/client-list-params";
import { formatMoney } from "@/lib/money";
import { orderTotals } from "@/lib/orders";
import { sendOrderConfirmation } from "@/lib/order-email";
import { orderEditSchema, orderInputSchema, pastDateTime, paymentInputSchema } from "@/lib/order-input";
import { formatPhone } from "@/lib/phone";
import { appOrigin } from "@/lib/request-context";

function orderErrors(error: unknown): never {
  if (error instanceof OrderClientError) fail({ fieldErrors: { clientId: "notFound" } });
  if (error instanceof OrderProductError) fail({ fieldErrors: { [`items.${error.index}.name`]: "notFound" } });
  if (error instanceof StaleVersionError) fail({ formError: "conflict" });
  throw error;
}

export const createOrderAction = createAction({ input: orderInputSchema }, async (input, { member, workspaceId }) => {
  let order;
  try {
    order = await createOrder(workspaceId, member.user.id, input);
  } catch (error) {
    orderErrors(error);
  }
  // The confirmation is a courtesy: it skips clients without e-mail or who opted out, and a
  // failure to send never undoes or blocks the order (it can be sent again from its page).
  try {
    await sendOrderConfirmation(workspaceId, member.user.id, order.id, { origin: await appOrigin() });
  } catch (error) {
    console.error("[order confirmation]", error);
  }
  revalidatePath("/orders");
  revalidatePath(`/clients/${order.clientId}`);
  redirect(`/orders/${order.id}`);
});

export const updateOrderAction = createAction({ input: orderEditSchema }, async ({ id, version, ...input }, { member, workspaceId, locale, t }) => {
  let order;
  try {
    order = await updateOrder(workspaceId, member.user.id, id, version, input);
  } catch (error) {
    if (error instanceof OverpaymentError) {
      // remaining = new total − paid, so what was paid needs no second read.
      const paid = formatMoney(orderTotals(input.items, input.discountPercent).total - error.remaining, member.workspace.currency, locale);
      fail({ formError: { text: t("orders.form.belowPaid", { paid }) } });
    }
    orderErrors(error);
  }
  if (!order) fail({ formError: "notFound" });
  revalidatePath("/orders");
  revalidatePath(`/orders/${id}`);
  redirect(`/orders/${id}`);
});

const orderId = z.uuid();

export const setOrderStatusAction = createAction(
  { input: z.looseObject({ id: orderId, status: z.enum(["unprocessed", "processed", "delivered"]) }) },
  async ({ id, status, ...rest }, { member, workspaceId, t }) => {
    const deliveredAt =
      status === "delivered" ? validate(z.object({ deliveredAt: pastDateTime(member.workspace.timeZone) }), rest).deliveredAt : undefined;
    if (!(await getOrder(workspaceId, id))) fail({ formError: "notFound" });
    await setOrdersStatus(workspaceId, member.user.id, [id], status, deliveredAt);
    revalidatePath("/orders");
    revalidatePath(`/orders/${id}`);
    return t("orders.detail.statusChanged", { status: t(`orders.status.${status}`) });
  },
);

export const addPaymentAction = createAction({ input: z.looseObject({}) }, async (raw, { member, workspaceId, locale, t }) => {
  const input = validate(paymentInputSchema(member.workspace.timeZone), raw);
  const { orderId, ...payment } = input;
  let result;
  try {
    result = await addPayment(workspaceId, member.user.id, orderId, payment);
  } catch (error) {
    if (!(error instanceof OverpaymentError)) throw error;
    const left = formatMoney(Math.max(error.remaining, 0), member.workspace.currency, locale);
    fail({ fieldErrors: { amount: { text: error.remaining > 0 ? t("orders.payments.overpaid", { left }) : t("orders.payments.fullyPaid") } } });
  }
  if (!result) fail({ formError: "notFound" });
  revalidatePath("/orders");
  revalidatePath(`/orders/${orderId}`);
  return t("orders.payments.added");
});

export const deletePaymentAction = createAction(
  { input: z.object({ orderId, paymentId: z.uuid() }) },
  async ({ orderId, paymentId }, { member, workspaceId, t }) => {
    if (!(await deletePayment(workspaceId, member.user.id, orderId, paymentId))) fail({ formError: "notFound" });
    revalidatePath("/orders");
    revalidatePath(`/orders/${orderId}`);
    return t("orders.payments.deleted");
  },
);

export const archiveOrderAction = createAction(
  { input: z.object({ id: orderId, archived: z.enum(["1", "0"]) }) },
  async ({ id, archived }, { member, workspaceId, t }) => {
    if (!(await getOrder(workspaceId, id))) fail({ formError: "notFound" });
    await setOrdersArchived(workspaceId, member.user.id, [id], archived === "1");
    revalidatePath("/orders");
    revalidatePath(`/orders/${id}`);
    return archived === "1" ? t("orders.detail.archivedDone") : t("orders.detail.unarchivedDone");
  },
);

export const resendConfirmationAction = createAction({ input: z.object({ id: orderId }) }, async ({ id }, { member, workspaceId, t }) => {
  const sent = await sendOrderConfirmation(workspaceId, member.user.id, id, { origin: await appOrigin() });
  if (sent.ok) return t("orders.detail.sent", { to: sent.to });
  if (sent.reason === "not_found") fail({ formError: "notFound" });
  const reason = { no_email: "noEmail", opted_out: "optedOut", failed: "sendFailed" } as const;
  fail({ formError: { text: t(`orders.detail.${reason[sent.reason]}`) } });
});

const query = z.object({ q: z.string().trim().max(100) });

/** The client picker: up to 20 unarchived clients of the workspace matching what is typed. */
export const searchClientsAction = createAction({ input: query }, async ({ q }, { member, workspaceId }) => {
  if (!q) return [];
  const { rows } = await listClients(workspaceId, parseClientListParams({ q, size: "20" }), { timeZone: member.workspace.timeZone });
  return rows.map((c) => ({
    id: c.id,
    name: [c.lastName, c.firstName, c.middleName].filter(Boolean).join(" "),
    detail: [c.primaryPhone && formatPhone(c.primaryPhone), c.primaryEmail].filter(Boolean).join(" · "),
  }));
});

/** What the order form needs of a picked client: her loyalty discount. */
export const pickClientAction = createAction({ input: z.object({ id: z.uuid() }) }, async ({ id }, { workspaceId }) => {
  const card = await getClientCard(workspaceId, id);
  if (!card || card.client.archivedAt) fail({ formError: "notFound" });
  return { discountPercent: card.client.discountPercent ?? 0 };
});

/** The catalogue picker: active products by name, SKU or category, prices shown as the server formats them. */
export const searchCatalogueAction = createAction({ input: query }, async ({ q }, { member, workspaceId, locale }) => {
  const rows = await searchCatalogue(workspaceId, q, 20);
  return rows.map((p) => ({ ...p, priceLabel: formatMoney(p.price, member.workspace.currency, locale) }));
});
