import { z } from "zod";
import { consentKinds, type ConsentKind } from "@/db/schema/clients";
import type { DayMonth } from "./birthday";
import { isValidDayMonth } from "./birthday";
import { one, pageParam, pageSizes, sizeParam, type PageSize, type SearchParams } from "./url-params";

export const clientSorts = ["name", "number", "created", "birthday", "lastOrder"] as const;
export type ClientSort = (typeof clientSorts)[number];
export { pageSizes, type PageSize } from "./url-params";
type YesNo = "yes" | "no";

export type ClientFilters = {
  birthday?: { from: DayMonth; to: DayMonth };
  nameDayThisWeek?: boolean;
  createdFrom?: string;
  createdTo?: string;
  tags?: string[];
  tagMode: "any" | "all";
  responsible?: string;
  source?: string;
  consents?: ConsentKind[];
  optOut?: YesNo;
  hasPhone?: YesNo;
  hasEmail?: YesNo;
  /** Has she registered on the personal site (clients.registered_at is set)? */
  registered?: YesNo;
  custom?: Record<string, string>;
};

export type ClientListParams = {
  /** The saved view the list was opened from (its columns apply). */
  view: string | null;
  q: string;
  archived: boolean;
  sort: ClientSort;
  dir: "asc" | "desc";
  page: number;
  size: PageSize;
  filters: ClientFilters;
};

const isoDate = z.iso.date();
const uuid = z.uuid();

/** "1220" → 20 December; anything else → undefined. */
function dayMonth(mmdd: string | undefined): DayMonth | undefined {
  if (!mmdd || !/^\d{4}$/.test(mmdd)) return undefined;
  const month = Number(mmdd.slice(0, 2));
  const day = Number(mmdd.slice(2));
  return isValidDayMonth(day, month) ? { day, month } : undefined;
}
const mmdd = (d: DayMonth) => `${String(d.month).padStart(2, "0")}${String(d.day).padStart(2, "0")}`;
const yesNo = (v: string | undefined): YesNo | undefined => (v === "yes" || v === "no" ? v : undefined);

/**
 * The client list's state from the URL. Every value is checked against what is allowed; a
 * bad one falls back to its default instead of failing the page.
 */
export function parseClientListParams(sp: SearchParams): ClientListParams {
  const sort = clientSorts.find((s) => s === one(sp.sort)) ?? "name";
  const size = sizeParam(pageSizes, one(sp.size));
  const page = pageParam(one(sp.page));
  const [bFrom, bTo] = (one(sp.bday) ?? "").split("-");
  const from = dayMonth(bFrom);
  const to = dayMonth(bTo);
  const list = (v: string | undefined) => (v ? v.split(",").map((s) => s.trim()).filter(Boolean) : []);
  const tags = list(one(sp.tags)).filter((t) => uuid.safeParse(t).success).slice(0, 20);
  const consents = list(one(sp.consent)).filter((c): c is ConsentKind => (consentKinds as readonly string[]).includes(c));
  const custom = Object.fromEntries(
    Object.entries(sp)
      .filter(([k]) => /^cf\.[a-z0-9_]{1,40}$/.test(k))
      .map(([k, v]) => [k.slice(3), one(v)?.slice(0, 200)])
      .filter((e): e is [string, string] => Boolean(e[1])),
  );
  const date = (v: string | undefined) => (v && isoDate.safeParse(v).success ? v : undefined);
  return {
    view: uuid.safeParse(one(sp.view)).success ? one(sp.view)! : null,
    q: (one(sp.q) ?? "").slice(0, 100),
    archived: one(sp.archived) === "1",
    sort,
    dir: one(sp.dir) === "desc" ? "desc" : "asc",
    page,
    size,
    filters: {
      birthday: from && to ? { from, to } : undefined,
      nameDayThisWeek: one(sp.nameday) === "week" || undefined,
      createdFrom: date(one(sp.createdFrom)),
      createdTo: date(one(sp.createdTo)),
      tags: tags.length ? tags : undefined,
      tagMode: one(sp.tagMode) === "all" ? "all" : "any",
      responsible: uuid.safeParse(one(sp.resp)).success ? one(sp.resp) : undefined,
      source: one(sp.source)?.slice(0, 100),
      consents: consents.length ? consents : undefined,
      optOut: yesNo(one(sp.optout)),
      hasPhone: yesNo(one(sp.phone)),
      hasEmail: yesNo(one(sp.email)),
      registered: yesNo(one(sp.registered)),
      custom: Object.keys(custom).length ? custom : undefined,
    },
  };
}

/** The URL query of a list state, leaving out defaults so links stay short. */
export function clientListQuery(p: ClientListParams): string {
  const f = p.filters;
  const entries: [string, string | undefined][] = [
    ["view", p.view ?? undefined],
    ["q", p.q || undefined],
    ["archived", p.archived ? "1" : undefined],
    ["sort", p.sort !== "name" ? p.sort : undefined],
    ["dir", p.dir !== "asc" ? p.dir : undefined],
    ["page", p.page > 1 ? String(p.page) : undefined],
    ["size", p.size !== 20 ? String(p.size) : undefined],
    ["bday", f.birthday ? `${mmdd(f.birthday.from)}-${mmdd(f.birthday.to)}` : undefined],
    ["nameday", f.nameDayThisWeek ? "week" : undefined],
    ["createdFrom", f.createdFrom],
    ["createdTo", f.createdTo],
    ["tags", f.tags?.join(",")],
    ["tagMode", f.tags && f.tagMode === "all" ? "all" : undefined],
    ["resp", f.responsible],
    ["source", f.source],
    ["consent", f.consents?.join(",")],
    ["optout", f.optOut],
    ["phone", f.hasPhone],
    ["email", f.hasEmail],
    ["registered", f.registered],
    ...Object.entries(f.custom ?? {}).map(([k, v]): [string, string] => [`cf.${k}`, v]),
  ];
  return new URLSearchParams(entries.filter((e): e is [string, string] => e[1] !== undefined)).toString();
}

/** How many filters (beyond search and archive) are on, for the "Filters (3)" button. */
export function activeFilterCount(f: ClientFilters): number {
  return [f.birthday, f.nameDayThisWeek, f.createdFrom || f.createdTo, f.tags, f.responsible, f.source, f.consents, f.optOut, f.hasPhone, f.hasEmail, f.registered].filter(Boolean).length + Object.keys(f.custom ?? {}).length;
}
