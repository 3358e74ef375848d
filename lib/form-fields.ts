import { z } from "zod";
import { parseMoney } from "./money";

// Field schemas every form shares; errors are keys of messages.errors.

/** Optional text: trimmed, empty becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || null);

/** An optional whole number from a form field: empty becomes null. */
export const optionalInt = (min: number, max: number) =>
  z.preprocess((v) => (v === "" || v === undefined || v === null ? null : v), z.coerce.number().int().min(min).max(max).nullable());

/** Only web links: a `javascript:` or `data:` URL must never become an <img src> or a link. */
export function isWebUrl(v: string): boolean {
  try {
    const url = new URL(v);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** Money as people type it ("12 500", "990,50") → minor units; `positive` refuses zero. */
export const moneyField = ({ positive = false } = {}) =>
  z.string().transform((s, ctx) => {
    if (!s.trim()) {
      ctx.addIssue({ code: "custom", message: "required" });
      return z.NEVER;
    }
    const value = parseMoney(s);
    if (value === null || (positive && value === 0)) {
      ctx.addIssue({ code: "custom", message: "invalidValue" });
      return z.NEVER;
    }
    return value;
  });
