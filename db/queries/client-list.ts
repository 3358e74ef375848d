import { sql, type SQL } from "drizzle-orm";
import { dayMonthRangeCondition, thisWeekRange, type DayMonth } from "@/lib/birthday";
import type { ClientFilters, ClientListParams } from "@/lib/client-list-params";
import { queryPhoneDigits } from "@/lib/phone";
import { escapeLike, queryWords } from "@/lib/search-text";
import { execute } from "../client";

export type ClientListRow = {
  id: string;
  number: number;
  lastName: string;
  firstName: string;
  middleName: string | null;
  primaryPhone: string | null;
  primaryEmail: string | null;
  birthDay: number | null;
  birthMonth: number | null;
  birthYear: number | null;
  company: string | null;
  createdAt: string;
  lastOrderAt: string | null;
  registeredAt: string | null;
  archivedAt: string | null;
  customFields: Record<string, string | number | boolean>;
  tags: { name: string; color: string }[];
};

/** Trigram distance (1 − similarity) beyond which a word is not taken for a typo. */
const MAX_TYPO_DISTANCE = 0.8;

const consentColumn = {
  notifications: sql`c.consent_notifications_at`,
  dataProcessing: sql`c.consent_data_processing_at`,
  commercial: sql`c.consent_commercial_at`,
  thirdParty: sql`c.consent_third_party_at`,
};

/** The advanced-search conditions on `clients c`, all scoped to one workspace already. */
function filterConditions(workspaceId: string, f: ClientFilters, today: Date, timeZone: string): SQL[] {
  const where: SQL[] = [];
  // Day-month ranges compare (month, day) pairs, which the birthday index can serve; a
  // range across the new year (20 Dec – 10 Jan) is two ranges.
  const range = (month: SQL, day: SQL, from: DayMonth, to: DayMonth) => {
    const pair = sql`(${month}, ${day})`;
    const lo = sql`(${from.month}::smallint, ${from.day}::smallint)`;
    const hi = sql`(${to.month}::smallint, ${to.day}::smallint)`;
    return dayMonthRangeCondition(from, to).kind === "between" ? sql`(${pair} >= ${lo} and ${pair} <= ${hi})` : sql`(${pair} >= ${lo} or ${pair} <= ${hi})`;
  };
  if (f.birthday) where.push(range(sql`c.birth_month`, sql`c.birth_day`, f.birthday.from, f.birthday.to));
  if (f.nameDayThisWeek) {
    const week = thisWeekRange(today, 1, timeZone);
    where.push(range(sql`c.name_day_month`, sql`c.name_day_day`, week.from, week.to));
  }
  if (f.createdFrom) where.push(sql`c.created_at >= (${f.createdFrom}::date::timestamp at time zone ${timeZone})`);
  if (f.createdTo) where.push(sql`c.created_at < ((${f.createdTo}::date + 1)::timestamp at time zone ${timeZone})`);
  if (f.tags?.length) {
    const tagIds = sql`array[${sql.join(f.tags.map((t) => sql`${t}::uuid`), sql`, `)}]`;
    where.push(
      f.tagMode === "all"
        ? sql`(select count(*) from client_tags ct where ct.workspace_id = ${workspaceId} and ct.client_id = c.id and ct.tag_id = any(${tagIds})) = ${f.tags.length}`
        : sql`exists (select 1 from client_tags ct where ct.workspace_id = ${workspaceId} and ct.client_id = c.id and ct.tag_id = any(${tagIds}))`,
    );
  }
  if (f.responsible) where.push(sql`c.responsible_id = ${f.responsible}`);
  if (f.source) where.push(sql`lower(c.source) = lower(${f.source})`);
  for (const consent of f.consents ?? []) where.push(sql`${consentColumn[consent]} is not null`);
  if (f.optOut) where.push(f.optOut === "yes" ? sql`c.email_opt_out_at is not null` : sql`c.email_opt_out_at is null`);
  if (f.hasPhone) where.push(f.hasPhone === "yes" ? sql`c.primary_phone is not null` : sql`c.primary_phone is null`);
  if (f.hasEmail) where.push(f.hasEmail === "yes" ? sql`c.primary_email is not null` : sql`c.primary_email is null`);
  if (f.registered) where.push(f.registered === "yes" ? sql`c.registered_at is not null` : sql`c.registered_at is null`);
  for (const [key, value] of Object.entries(f.custom ?? {})) where.push(sql`c.custom_fields ->> ${key} = ${value}`);
  return where;
}

/**
 * Clients matching the quick search, with a rank: 0 every word is a whole stored word,
 * 1 prefixes or phone digits, 2 near spellings (a typo). Searched first, in the small term
 * and phone indexes, so the list never walks 100,000 rows filtering (notes/search-at-scale.md).
 */
export async function searchHits(workspaceId: string, q: string): Promise<SQL | null> {
  // An e-mail is looked up whole, not split into words at "@" and ".".
  const words = q.includes("@") ? [] : queryWords(q);
  const digits = queryPhoneDigits(q);
  const parts: SQL[] = [];
  if (words.length) {
    const per = (exact: boolean) =>
      sql.join(
        words.map((forms) => {
          const match = sql.join(
            forms.map((f) => (exact ? sql`t.term = ${f}` : sql`t.term like ${`${escapeLike(f)}%`}`)),
            sql` or `,
          );
          return sql`(select t.client_id from client_search_terms t where t.workspace_id = ${workspaceId} and (${match}))`;
        }),
        sql` intersect `,
      );
    parts.push(sql`select client_id, 0 as rank from (${per(true)}) e`);
    parts.push(sql`select client_id, 1 as rank from (${per(false)}) p`);
  }
  if (digits) {
    const reversed = [...digits].reverse().join("");
    parts.push(sql`select p.client_id, 1 as rank from client_phones p where p.workspace_id = ${workspaceId}
      and (p.national_digits like ${`${digits}%`} or p.reversed_digits like ${`${reversed}%`})`);
  }
  if (q.includes("@")) {
    parts.push(sql`select e.client_id, 1 as rank from client_emails e where e.workspace_id = ${workspaceId}
      and lower(e.address) like ${`${escapeLike(q.trim().toLowerCase())}%`}`);
  }
  if (!parts.length) return null;
  const hits = sql`select client_id as id, min(rank)::int as rank from (${sql.join(parts, sql` union all `)}) hits group by client_id`;
  if (!words.some((forms) => forms[0].length >= 3)) return hits;
  // Only when nothing matches as typed are near spellings tried.
  const [{ found }] = await execute<{ found: boolean }>(sql`select exists (${hits}) as found`);
  return found ? hits : typoHits(workspaceId, words);
}

/**
 * Nearest dictionary words by trigram distance (GiST, per workspace), then their clients.
 * Only words nearly as close as the nearest count, and none that share too little.
 */
function typoHits(workspaceId: string, words: string[][]): SQL {
  const near = (word: string) => sql`select term from (
      select d.term, d.term <-> ${word} as distance, min(d.term <-> ${word}) over () as best
      from (select term from search_dictionary where workspace_id = ${workspaceId} order by term <-> ${word} limit 5) d
    ) n where distance < ${MAX_TYPO_DISTANCE} and distance <= best + 0.15`;
  // Each word in each of its spellings (as typed, and in Latin letters).
  const perWord = words.map(
    (forms) => sql`(select t.client_id from client_search_terms t where t.workspace_id = ${workspaceId}
      and t.term in (${sql.join(forms.map(near), sql` union `)}))`,
  );
  return sql`select distinct client_id as id, 2 as rank from (${sql.join(perWord, sql` intersect `)}) f`;
}

const orderBy: Record<ClientListParams["sort"], (dir: SQL) => SQL> = {
  name: (d) => sql`c.last_name collate "und-x-icu" ${d}, c.first_name collate "und-x-icu" ${d}, c.id ${d}`,
  number: (d) => sql`c.number ${d}`,
  created: (d) => sql`c.created_at ${d}, c.id ${d}`,
  // "nulls last" on id too, matching the descending indexes exactly (id is never null).
  birthday: (d) => sql`c.birth_month ${d} nulls last, c.birth_day ${d} nulls last, c.id ${d} nulls last`,
  lastOrder: (d) => sql`c.last_order_at ${d} nulls last, c.id ${d} nulls last`,
};

type ListOptions = { today?: Date; timeZone?: string; countLimit?: number };

/** FROM, WHERE and ORDER BY of a list state; null when a search matched nothing. */
async function listQuery(workspaceId: string, params: ClientListParams, opts: ListOptions) {
  const where = [
    sql`c.workspace_id = ${workspaceId}`,
    // Written as the list indexes' own expression, so the archive uses them too.
    params.archived ? sql`(c.archived_at is null) is false` : sql`c.archived_at is null`,
    ...filterConditions(workspaceId, params.filters, opts.today ?? new Date(), opts.timeZone ?? "UTC"),
  ];
  const hits = params.q.trim() ? await searchHits(workspaceId, params.q) : null;
  if (params.q.trim() && !hits) return null;
  const dir = params.dir === "desc" ? sql`desc` : sql`asc`;
  const from = hits
    ? // "offset 0" keeps the search a separate step, run first (search-at-scale.md, trap 1).
      sql`clients c join (${hits} offset 0) h on h.id = c.id`
    : sql`clients c`;
  // With a search and the default sort, the best matches come first.
  const order = hits && params.sort === "name" && params.dir === "asc" ? sql`h.rank, ${orderBy.name(dir)}` : orderBy[params.sort](dir);
  return { from, where: sql.join(where, sql` and `), order };
}

/**
 * Lists count exactly up to this many rows and say "10,000+" beyond: an exact count of a
 * broad filter over 100,000 clients reads them all (100+ ms), a capped one stops early.
 */
export const COUNT_LIMIT = 10_000;

/**
 * One page of the client book: search first (if any), then filters, sort and paging in SQL.
 * `total` is exact unless `more` says there are more than COUNT_LIMIT.
 */
export async function listClients(workspaceId: string, params: ClientListParams, opts: ListOptions = {}) {
  const q = await listQuery(workspaceId, params, opts);
  if (!q) return { rows: [] as ClientListRow[], total: 0, more: false };
  const limit = opts.countLimit ?? COUNT_LIMIT;
  const offset = (params.page - 1) * params.size;
  // Page ids from the index first, then the few rows' details ("deferred join").
  const [rows, [{ total }]] = await Promise.all([
    execute<ClientListRow>(sql`
      with page as (select c.id from ${q.from} where ${q.where} order by ${q.order} limit ${params.size} offset ${offset})
      select c.id, c.number, c.last_name as "lastName", c.first_name as "firstName", c.middle_name as "middleName",
        c.primary_phone as "primaryPhone", c.primary_email as "primaryEmail", c.birth_day as "birthDay",
        c.birth_month as "birthMonth", c.birth_year as "birthYear", co.name as company,
        c.created_at as "createdAt", c.last_order_at as "lastOrderAt", c.registered_at as "registeredAt", c.archived_at as "archivedAt",
        c.custom_fields as "customFields",
        coalesce((select jsonb_agg(jsonb_build_object('name', t.name, 'color', t.color) order by t.name)
          from client_tags ct join tags t on t.id = ct.tag_id
          where ct.workspace_id = ${workspaceId} and ct.client_id = c.id), '[]'::jsonb) as tags
      from page join ${q.from} on c.id = page.id
      left join companies co on co.id = c.company_id and co.workspace_id = c.workspace_id
      where c.workspace_id = ${workspaceId}
      order by ${q.order}`),
    execute<{ total: number }>(sql`select count(*)::int as total from (select 1 from ${q.from} where ${q.where} limit ${limit + 1}) counted`),
  ]);
  return { rows: rows.map(normalizeRow), total: Math.min(total, limit), more: total > limit };
}

/** Every client id a list state matches (for "select all matching"), up to `limit`. */
export async function listClientIds(workspaceId: string, params: ClientListParams, opts: ListOptions = {}, limit = COUNT_LIMIT) {
  const q = await listQuery(workspaceId, params, opts);
  if (!q) return [];
  const rows = await execute<{ id: string }>(sql`select c.id from ${q.from} where ${q.where} order by ${q.order} limit ${limit}`);
  return rows.map((r) => r.id);
}

/** postgres.js and PGlite return timestamps and jsonb slightly differently: one shape. */
function normalizeRow(row: ClientListRow): ClientListRow {
  const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v ? new Date(String(v)).toISOString() : null);
  return {
    ...row,
    createdAt: iso(row.createdAt)!,
    lastOrderAt: iso(row.lastOrderAt),
    registeredAt: iso(row.registeredAt),
    archivedAt: iso(row.archivedAt),
    tags: typeof row.tags === "string" ? JSON.parse(row.tags) : row.tags,
    customFields: typeof row.customFields === "string" ? JSON.parse(row.customFields) : row.customFields,
  };
}
