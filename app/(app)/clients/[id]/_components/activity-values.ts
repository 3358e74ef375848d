import { orderStatuses, type OrderStatus } from "@/db/schema/orders";
import { formatPhone } from "@/lib/phone";

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
    /** A changed field's name, and "yes"/"no", in the reader's language. */
    field: (field: string) => string;
    yesNo: (value: boolean) => string;
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
    product: typeof data.product === "string" ? data.product : "",
    changes: changesText(data.changes, format),
  };
}

/**
 * A customer's own edit, field by field: "телефоны: +7 701 111 22 33 → +7 702 …". Values are
 * the card's snapshot (lib: db/queries/clients.ts): text, numbers, yes/no, phone rows
 * [e164, label, primary] and address rows [kind, line1, line2, city, region, postal code,
 * country].
 */
function changesText(changes: unknown, format: { field: (field: string) => string; yesNo: (value: boolean) => string }): string {
  if (!changes || typeof changes !== "object") return "";
  const shown = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === "" || (Array.isArray(v) && !v.length)) return "—";
    if (typeof v === "boolean") return format.yesNo(v);
    if (Array.isArray(v)) {
      return v
        .map((row) => (Array.isArray(row) ? (field === "phones" ? formatPhone(String(row[0])) : row.slice(1).filter((x) => x !== null && x !== "").join(", ")) : String(row)))
        .join("; ");
    }
    return String(v);
  };
  const entries = { ...(changes as Record<string, { from?: unknown; to?: unknown }>) };
  // The birthday is three fields on the card and one to a reader: "12.05.1990", "12.05" (a
  // customer's change records all three when any changed).
  const birth = ["birthDay", "birthMonth", "birthYear"] as const;
  if (birth.some((f) => f in entries)) {
    const card = (side: "from" | "to") => {
      const [day, month, year] = birth.map((f) => entries[f]?.[side]);
      return typeof day === "number" && typeof month === "number" ? [day, month, year].filter((n) => typeof n === "number").map((n) => String(n).padStart(2, "0")).join(".") : null;
    };
    const merged = { from: card("from"), to: card("to") };
    for (const f of birth) delete entries[f];
    entries.birthDay = merged;
  }
  return Object.entries(entries)
    .map(([field, c]) => `${format.field(field)}: ${shown(field, c?.from)} → ${shown(field, c?.to)}`)
    .join("; ");
}
