import { randomBytes } from "node:crypto";
import slugify from "slugify";

/** A site slug: lower-case Latin letters, digits and single hyphens, 3 to 40 characters. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,39}$/;

/** A readable, probably unique slug from a person's name ("Айгүль" → "ajguel-4f2a"). */
export function slugFromName(name: string): string {
  const base = slugify(name, { lower: true, strict: true }).slice(0, 30).replace(/-+$/, "") || "site";
  return `${base}-${randomBytes(2).toString("hex")}`;
}
