import type { OrderStatus, PaymentStatus } from "@/db/schema/orders";

export type LineInput = { quantity: number; unitPrice: number };

/** Rounds half away from zero, in minor units. */
const round = (n: number) => Math.sign(n) * Math.round(Math.abs(n));

/**
 * An order's money, computed on the server only: each line is quantity × unit price; the
 * discount is a percentage of the subtotal, rounded to the minor unit.
 */
export function orderTotals(lines: LineInput[], discountPercent: number) {
  const lineTotals = lines.map((l) => l.quantity * l.unitPrice);
  const subtotal = lineTotals.reduce((a, b) => a + b, 0);
  const discount = round((subtotal * Math.min(Math.max(discountPercent, 0), 100)) / 100);
  return { lineTotals, subtotal, discount, total: subtotal - discount };
}

/** Unpaid, partial or paid, from what has been paid; never from (nor into) the order status. */
export function paymentStatusOf(total: number, paid: number): PaymentStatus {
  if (paid <= 0) return total === 0 ? "paid" : "unpaid";
  return paid >= total ? "paid" : "partial";
}

/**
 * The statuses a member can move an order to from `from`: any other step, forwards or back
 * (consultants correct mistakes), but never back to "new", which only an unopened site order has.
 */
export function statusTargets(from: OrderStatus): OrderStatus[] {
  return (["unprocessed", "processed", "delivered"] as const).filter((s) => s !== from);
}

/** The order of statuses, to tell a move back (noted in the history) from a move forward. */
export function isMoveBack(from: OrderStatus, to: OrderStatus): boolean {
  const rank: Record<OrderStatus, number> = { new: 0, unprocessed: 1, processed: 2, delivered: 3 };
  return rank[to] < rank[from];
}
