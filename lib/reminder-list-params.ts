import { reminderCategories, reminderKinds, type ReminderCategory, type ReminderKind } from "./reminder-options";
import { among, isoDateParam, one, pageParam, type PageSize, pageSizes, type SearchParams, sizeParam, uuidParam } from "./url-params";

export const reminderSorts = ["due", "title", "created"] as const;
export type ReminderSort = (typeof reminderSorts)[number];
export const reminderStates = ["open", "done", "all"] as const;
export type ReminderState = (typeof reminderStates)[number];
export const reminderPeriods = ["overdue", "today", "week", "range"] as const;
export type ReminderPeriod = (typeof reminderPeriods)[number];
export { pageSizes };

export type ReminderFilters = {
  period?: ReminderPeriod;
  /** ISO dates, inclusive, read in the workspace time zone (period "range"). */
  from?: string;
  to?: string;
  client?: string;
  /** A member's id, or "none" for the unassigned. */
  member?: string;
  category?: ReminderCategory;
  kind?: ReminderKind;
  /** Reminders of clients with this tag (interests), and those set for the tag as a group. */
  tag?: string;
};

export type ReminderListParams = {
  view: string | null;
  q: string;
  state: ReminderState;
  sort: ReminderSort;
  dir: "asc" | "desc";
  page: number;
  size: PageSize;
  filters: ReminderFilters;
};

const uuid = uuidParam;
const isoDate = isoDateParam;

/**
 * The reminder list's state from the URL; a bad value falls back to its default. A bare list
 * is the open reminders, soonest (and most overdue) first.
 */
export function parseReminderListParams(sp: SearchParams): ReminderListParams {
  const sort = among(reminderSorts, one(sp.sort));
  const from = isoDate(one(sp.from));
  const to = isoDate(one(sp.to));
  let period = among(reminderPeriods, one(sp.period));
  if (period === "range" && !from && !to) period = undefined;
  return {
    view: uuid(one(sp.view)) ?? null,
    q: (one(sp.q) ?? "").slice(0, 100),
    state: among(reminderStates, one(sp.state)) ?? "open",
    sort: sort ?? "due",
    dir: one(sp.dir) === "desc" ? "desc" : "asc",
    page: pageParam(one(sp.page)),
    size: sizeParam(pageSizes, one(sp.size)),
    filters: {
      period,
      from: period === "range" ? from : undefined,
      to: period === "range" ? to : undefined,
      client: uuid(one(sp.client)),
      member: one(sp.member) === "none" ? "none" : uuid(one(sp.member)),
      category: among(reminderCategories, one(sp.category)),
      kind: among(reminderKinds, one(sp.kind)),
      tag: uuid(one(sp.tag)),
    },
  };
}

/** The URL query of a list state, leaving out defaults so links stay short. */
export function reminderListQuery(p: ReminderListParams): string {
  const f = p.filters;
  const entries: [string, string | undefined][] = [
    ["view", p.view ?? undefined],
    ["q", p.q || undefined],
    ["state", p.state !== "open" ? p.state : undefined],
    ["sort", p.sort !== "due" ? p.sort : undefined],
    ["dir", p.dir === "desc" ? "desc" : undefined],
    ["page", p.page > 1 ? String(p.page) : undefined],
    ["size", p.size !== 20 ? String(p.size) : undefined],
    ["period", f.period],
    ["from", f.from],
    ["to", f.to],
    ["client", f.client],
    ["member", f.member],
    ["category", f.category],
    ["kind", f.kind],
    ["tag", f.tag],
  ];
  return new URLSearchParams(entries.filter((e): e is [string, string] => e[1] !== undefined)).toString();
}

/** How many filters (beyond search and state) are on, for the "Filters (3)" button. */
export function activeReminderFilterCount(f: ReminderFilters): number {
  return [f.period, f.client, f.member, f.category, f.kind, f.tag].filter(Boolean).length;
}
