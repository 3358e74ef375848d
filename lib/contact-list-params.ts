import { contactChannels, type ContactChannel } from "./reminder-options";
import { addDays, isoDate as formatIsoDate, mondayOf, type LocalDate } from "./zoned-time";
import { isoDateParam, one, pageParam, type PageSize, pageSizes, type SearchParams, sizeParam, uuidParam } from "./url-params";

export const contactSorts = ["at", "client"] as const;
export type ContactSort = (typeof contactSorts)[number];
/** The period presets; a custom period is `from` and/or `to` without one. */
export const contactPeriods = ["today", "week", "month"] as const;
export type ContactPeriod = (typeof contactPeriods)[number];
export { pageSizes };

export type ContactFilters = {
  period?: ContactPeriod;
  /** ISO dates, inclusive, read in the workspace time zone (ignored when `period` is set). */
  from?: string;
  to?: string;
  client?: string;
  member?: string;
  /** The client has any of these tags. */
  tags?: string[];
  reminder?: "yes" | "no";
  channel?: ContactChannel;
};

export type ContactListParams = {
  /** The saved view the list was opened from (its columns apply). */
  view: string | null;
  q: string;
  sort: ContactSort;
  dir: "asc" | "desc";
  page: number;
  size: PageSize;
  filters: ContactFilters;
};

const uuid = uuidParam;
const isoDate = isoDateParam;

/**
 * The contacts list's state from the URL. Every value is checked against what is allowed; a
 * bad one falls back to its default instead of failing the page.
 */
export function parseContactListParams(sp: SearchParams): ContactListParams {
  // Newest first by default; a named sort without "dir" is ascending (as for every table).
  const sort = contactSorts.find((s) => s === one(sp.sort));
  const period = contactPeriods.find((p) => p === one(sp.period));
  const tags = [...new Set((one(sp.tags) ?? "").split(",").map((t) => uuid(t.trim())).filter((t): t is string => Boolean(t)))].slice(0, 20);
  const reminder = one(sp.reminder);
  return {
    view: uuid(one(sp.view)) ?? null,
    q: (one(sp.q) ?? "").slice(0, 100),
    sort: sort ?? "at",
    dir: sort ? (one(sp.dir) === "desc" ? "desc" : "asc") : one(sp.dir) === "asc" ? "asc" : "desc",
    page: pageParam(one(sp.page)),
    size: sizeParam(pageSizes, one(sp.size)),
    filters: {
      period,
      from: period ? undefined : isoDate(one(sp.from)),
      to: period ? undefined : isoDate(one(sp.to)),
      client: uuid(one(sp.client)),
      member: uuid(one(sp.member)),
      tags: tags.length ? tags : undefined,
      reminder: reminder === "yes" || reminder === "no" ? reminder : undefined,
      channel: contactChannels.find((c) => c === one(sp.channel)),
    },
  };
}

/** The URL query of a list state, leaving out defaults so links stay short. */
export function contactListQuery(p: ContactListParams): string {
  const f = p.filters;
  const entries: [string, string | undefined][] = [
    ["view", p.view ?? undefined],
    ["q", p.q || undefined],
    ["sort", p.sort === "at" && p.dir === "desc" ? undefined : p.sort],
    ["dir", p.dir === "desc" && p.sort !== "at" ? "desc" : undefined],
    ["page", p.page > 1 ? String(p.page) : undefined],
    ["size", p.size !== 20 ? String(p.size) : undefined],
    ["period", f.period],
    ["from", f.from],
    ["to", f.to],
    ["client", f.client],
    ["member", f.member],
    ["tags", f.tags?.join(",")],
    ["reminder", f.reminder],
    ["channel", f.channel],
  ];
  return new URLSearchParams(entries.filter((e): e is [string, string] => e[1] !== undefined)).toString();
}

/** How many filters (beyond search) are on, for the "Filters (3)" button. */
export function activeContactFilterCount(f: ContactFilters): number {
  return [f.period || f.from || f.to, f.client, f.member, f.tags, f.reminder, f.channel].filter(Boolean).length;
}

/**
 * The inclusive local dates a period covers, given today's local date: today; this week
 * (Monday to Sunday, as in all four languages' calendars); this calendar month; or the
 * custom from/to as given.
 */
export function periodDates(f: ContactFilters, today: LocalDate): { from?: string; to?: string } {
  switch (f.period) {
    case "today":
      return { from: formatIsoDate(today), to: formatIsoDate(today) };
    case "week": {
      const monday = mondayOf(today);
      return { from: formatIsoDate(monday), to: formatIsoDate(addDays(monday, 6)) };
    }
    case "month": {
      const last = new Date(Date.UTC(today.year, today.month, 0)).getUTCDate();
      return { from: formatIsoDate({ ...today, day: 1 }), to: formatIsoDate({ ...today, day: last }) };
    }
    default:
      return { from: f.from, to: f.to };
  }
}
