import { orderStatuses, type OrderStatus } from "@/db/schema/orders";

const isStatus = (v: unknown): v is OrderStatus => (orderStatuses as readonly unknown[]).includes(v);

/**
 * The values an activity message may take ({fields}, {number}, {status}, {amount}, {to}),
 * from its stored data; what a kind does not record is empty. The number stays a string so
 * that "№ 1234" is not grouped like an amount.
 */
export function activityValues(
  data: Record<string, unknown>,
  format: { fields: (fields: unknown) => string; status: (status: OrderStatus) => string; money: (minor: number) => string },
) {
  return {
    fields: format.fields(data.fields),
    number: typeof data.number === "number" || typeof data.number === "string" ? String(data.number) : "",
    // order_status keeps the new status in `to`; order_email_sent keeps the address there.
    status: isStatus(data.to) ? format.status(data.to) : "",
    amount: typeof data.amount === "number" ? format.money(data.amount) : "",
    to: typeof data.to === "string" ? data.to : "",
  };
}
