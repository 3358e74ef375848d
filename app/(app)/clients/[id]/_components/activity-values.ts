import { orderStatuses, type OrderStatus } from "@/db/schema/orders";

const isStatus = (v: unknown): v is OrderStatus => (orderStatuses as readonly unknown[]).includes(v);

/**
 * The values an activity message may take ({fields}, {number}, {status}, {amount}, {to}),
 * from its stored data; what a kind does not record is empty. The number stays a string so
 * that "№ 1234" is not grouped like an amount.
 */
export function activityValues(
  data: Record<string, unknown>,
  format: {
    fields: (fields: unknown) => string;
    status: (status: OrderStatus) => string;
    money: (minor: number) => string;
    /** A reminder's readable title from what its events record (kind, step, order number). */
    reminder: (data: Record<string, unknown>) => string;
    /** A date (reminders' due, contacts' time) as the card shows dates. */
    date: (iso: string, allDay: boolean) => string;
    /** A contact's channel and direction, translated. */
    contact: (channel: string, direction: string) => { channel: string; direction: string };
  },
) {
  const contact = typeof data.channel === "string" && typeof data.direction === "string" ? format.contact(data.channel, data.direction) : { channel: "", direction: "" };
  return {
    title: typeof data.reminderId === "string" ? format.reminder(data) : "",
    due: typeof data.dueAt === "string" ? format.date(data.dueAt, data.allDay === true) : "",
    channel: contact.channel,
    direction: contact.direction,
    information: typeof data.information === "string" && data.information ? `: ${data.information}` : "",
    fields: format.fields(data.fields),
    number: typeof data.number === "number" || typeof data.number === "string" ? String(data.number) : "",
    // order_status keeps the new status in `to`; order_email_sent keeps the address there.
    status: isStatus(data.to) ? format.status(data.to) : "",
    amount: typeof data.amount === "number" ? format.money(data.amount) : "",
    to: typeof data.to === "string" ? data.to : "",
  };
}
