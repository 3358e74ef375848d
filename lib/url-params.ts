// Reading a list's state from the URL: every table's parser (lib/*-list-params.ts) checks
// each value with these and falls back to its default on anything else. No zod: toolbars
// (client components) share the parsers' types and the browser should not load a validator.

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a parameter, trimmed; empty is absent. */
export const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An id, lower-cased, or undefined. */
export const uuidParam = (v: string | undefined) => (v && UUID.test(v) ? v.toLowerCase() : undefined);

/** "2026-02-30" is not a date: the day must survive a round trip through Date. */
export function isoDateParam(v: string | undefined): string | undefined {
  if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return undefined;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v ? v : undefined;
}

/** One of the allowed values, or undefined. */
export const among = <T extends string>(allowed: readonly T[], v: string | undefined) => allowed.find((a) => a === v);

/** The page sizes every list offers [001]. */
export const pageSizes = [10, 20, 50, 100] as const;
export type PageSize = (typeof pageSizes)[number];

/** A page number from 1 to 100,000 (1 for anything else). */
export const pageParam = (v: string | undefined) => Math.min(Math.max(Number.parseInt(v ?? "1", 10) || 1, 1), 100_000);

/** One of the offered page sizes, else 20. */
export const sizeParam = <T extends number>(sizes: readonly T[], v: string | undefined): T => sizes.find((s) => String(s) === v) ?? (20 as T);
