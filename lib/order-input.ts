import { z } from "zod";
import { zonedDateTimeToDate } from "./zoned-time";
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
