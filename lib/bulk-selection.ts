import { z } from "zod";

/**
 * Which rows a list's bulk action touches (components/data-table/bulk-dialog.tsx posts it):
 * the ticked ids, or — with `all=1` — every row the list's URL state matches (`query` is that
 * URL's search part).
 */
export const bulkSelection = z.object({
  ids: z.preprocess((v) => (v === undefined ? [] : [v].flat()), z.array(z.uuid()).max(10_000)),
  all: z.preprocess((v) => v === "1", z.boolean()),
  query: z.string().max(4000).default(""),
});
export type BulkSelection = z.output<typeof bulkSelection>;

/** The ticked ids, or the ids `matching` finds for the list's search params. */
export function selectedIds(s: BulkSelection, matching: (searchParams: Record<string, string>) => Promise<string[]>) {
  return s.all ? matching(Object.fromEntries(new URLSearchParams(s.query))) : Promise.resolve(s.ids);
}
