import { z } from "zod";
import { paymentMethods } from "@/db/schema/orders";
import { moneyField as money, optionalText as optional } from "./form-fields";

// The order and payment forms as zod schemas. Lines arrive as nested FormData
// ("items.0.name", see formDataToObject); amounts as typed text, turned into minor units.

/** An empty select or hidden field is "not chosen", which reads as "required" rather than "invalid". */
const requiredId = z.preprocess((v) => v || undefined, z.uuid());

export const orderItemSchema = z.object({
  productId: z.preprocess((v) => v || null, z.uuid().nullable()),
  name: z.string().trim().min(1).max(200),
  sku: optional(100),
  quantity: z.coerce.number().int().min(1).max(9999),
  unitPrice: money({ positive: false }),
});

const orderFields = {
  items: z.array(orderItemSchema).min(1),
  discountPercent: z.coerce.number().int().min(0).max(100),
  note: optional(2000),
};

/** A new order: her client, at least one line, the discount and a note. */
export const orderInputSchema = z.object({ clientId: requiredId, ...orderFields });

/** An edit: the client stays; the version guards against a concurrent save. */
export const orderEditSchema = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1), ...orderFields });

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The offset of `timeZone` from UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(instant));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second")) - Math.floor(instant / 1000) * 1000;
}

/**
 * A datetime-local value ("2026-11-26T14:30") read as wall time in `timeZone`; null when it
 * is not a real date and time. In a spring-forward gap the later offset wins.
 */
export function zonedDateTimeToDate(value: string, timeZone: string): Date | null {
  const m = LOCAL_DATE_TIME.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((p) => Number(p ?? 0));
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  // The offset at the guess may differ from the offset at the answer across a DST change.
  const first = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(first, timeZone));
}

/** An instant as a datetime-local value in `timeZone` (minutes), e.g. the default "now". */
export function dateToZonedInput(date: Date, timeZone: string): string {
  const local = new Date(date.getTime() + offsetAt(date.getTime(), timeZone));
  return local.toISOString().slice(0, 16);
}

/** Payments and deliveries are recorded after the fact; a day ahead tolerates clocks and time zones. */
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

/** A datetime-local field in the workspace time zone, not more than a day ahead of `now`. */
export function pastDateTime(timeZone: string, now: () => Date = () => new Date()) {
  return z.string().transform((s, ctx) => {
    if (!s.trim()) {
      ctx.addIssue({ code: "custom", message: "required" });
      return z.NEVER;
    }
    const date = zonedDateTimeToDate(s, timeZone);
    if (!date) {
      ctx.addIssue({ code: "custom", message: "invalidDate" });
      return z.NEVER;
    }
    if (date.getTime() > now().getTime() + FUTURE_TOLERANCE_MS) {
      ctx.addIssue({ code: "custom", message: "futureDate" });
      return z.NEVER;
    }
    return date;
  });
}

/** A payment towards an order: more than zero, paid at a time not in the future. */
export function paymentInputSchema(timeZone: string, now?: () => Date) {
  return z.object({
    orderId: z.uuid(),
    amount: money({ positive: true }),
    method: z.enum(paymentMethods),
    paidAt: pastDateTime(timeZone, now),
    note: optional(500),
  });
}
