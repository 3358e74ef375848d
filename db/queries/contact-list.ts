import { sql, type SQL } from "drizzle-orm";
import { periodDates, type ContactListParams } from "@/lib/contact-list-params";
import { localDateOf } from "@/lib/zoned-time";
import { execute } from "../client";
import type { ContactChannel, ContactDirection, ReminderCategory } from "../schema";
import { COUNT_LIMIT, searchHits } from "./client-list";

export type ContactListRow = {
  id: string;
  at: string;
  clientId: string;
  clientName: string;
  direction: ContactDirection;
  channel: ContactChannel;
  /** The start of the information: enough for a table cell. */
  information: string | null;
  category: ReminderCategory | null;
  memberId: string | null;
  memberName: string | null;
  address: string | null;
  /** The linked reminder's due time and whether it is done (the earliest, if several). */
  reminderDueAt: string | null;
  reminderDone: boolean | null;
};

/** How much information a row carries: a cell shows one line of it. */
const INFORMATION_CHARS = 160;

// "at" reads contacts_at_idx (workspace_id, at, id) forwards or backwards; by client, her
// name first, then her contacts newest first.
const orderBy: Record<ContactListParams["sort"], (dir: SQL) => SQL> = {
  at: (d) => sql`k.at ${d}, k.id ${d}`,
  client: (d) => sql`c.last_name collate "und-x-icu" ${d}, c.first_name collate "und-x-icu" ${d}, c.id ${d}, k.at desc, k.id desc`,
};

type ListOptions = { timeZone?: string; today?: Date; countLimit?: number };

/** FROM, WHERE and ORDER BY of a list state; null when a search matched no client. */
async function listQuery(workspaceId: string, params: ContactListParams, opts: ListOptions) {
  const f = params.filters;
  const timeZone = opts.timeZone ?? "UTC";
  const { from: fromDate, to: toDate } = periodDates(f, localDateOf(opts.today ?? new Date(), timeZone));
  const where: SQL[] = [sql`k.workspace_id = ${workspaceId}`];
  if (fromDate) where.push(sql`k.at >= (${fromDate}::date::timestamp at time zone ${timeZone})`);
  if (toDate) where.push(sql`k.at < ((${toDate}::date + 1)::timestamp at time zone ${timeZone})`);
  if (f.client) where.push(sql`k.client_id = ${f.client}`);
  if (f.member) where.push(sql`k.member_id = ${f.member}`);
  if (f.channel) where.push(sql`k.channel = ${f.channel}`);
  if (f.tags?.length) {
    const tagIds = sql`array[${sql.join(f.tags.map((t) => sql`${t}::uuid`), sql`, `)}]`;
    where.push(sql`exists (select 1 from client_tags ct where ct.workspace_id = ${workspaceId} and ct.client_id = k.client_id and ct.tag_id = any(${tagIds}))`);
  }
  if (f.reminder) {
    const linked = sql`exists (select 1 from reminders r where r.workspace_id = ${workspaceId} and r.contact_id = k.id)`;
    where.push(f.reminder === "yes" ? linked : sql`not ${linked}`);
  }
  const joins: SQL[] = [];
  // Sorting by the client's name needs her row in the page query.
  if (params.sort === "client") joins.push(sql`join clients c on c.workspace_id = k.workspace_id and c.id = k.client_id`);
  const q = params.q.trim();
  if (q) {
    // The client, as the client book finds her: name, phone or e-mail.
    const hits = await searchHits(workspaceId, q);
    if (!hits) return null;
    // "offset 0" keeps the client search a separate step, run first.
    joins.push(sql`join (${hits} offset 0) h on h.id = k.client_id`);
  }
  const from = sql.join([sql`contacts k`, ...joins], sql` `);
  const dir = params.dir === "desc" ? sql`desc` : sql`asc`;
  return { from, where: sql.join(where, sql` and `), order: orderBy[params.sort](dir) };
}

type ListSql = NonNullable<Awaited<ReturnType<typeof listQuery>>>;

const pageIds = (q: ListSql, limit: number, offset: number) => sql`select k.id from ${q.from} where ${q.where} order by ${q.order} limit ${limit} offset ${offset}`;

/**
 * One page of the contacts log: filters, sort and paging in SQL, the page's ids first, then
 * those rows' details. `total` is exact unless `more` says there are more than the limit.
 */
export async function listContacts(workspaceId: string, params: ContactListParams, opts: ListOptions = {}) {
  const q = await listQuery(workspaceId, params, opts);
  if (!q) return { rows: [] as ContactListRow[], total: 0, more: false };
  const limit = opts.countLimit ?? COUNT_LIMIT;
  const offset = (params.page - 1) * params.size;
  const [rows, [{ total }]] = await Promise.all([
    execute<ContactListRow>(sql`
      with page as (${pageIds(q, params.size, offset)})
      select k.id, k.at, k.client_id as "clientId",
        concat_ws(' ', c.last_name, c.first_name, c.middle_name) as "clientName",
        k.direction, k.channel, left(k.information, ${INFORMATION_CHARS}) as information, k.category,
        k.member_id as "memberId", u.name as "memberName", k.address,
        r.due_at as "reminderDueAt", r.done_at is not null as "reminderDone"
      from page join contacts k on k.workspace_id = ${workspaceId} and k.id = page.id
      join clients c on c.workspace_id = k.workspace_id and c.id = k.client_id
      left join users u on u.id = k.member_id
      left join lateral (select due_at, done_at from reminders r where r.workspace_id = ${workspaceId} and r.contact_id = k.id order by due_at limit 1) r on true
      order by ${q.order}`),
    execute<{ total: number }>(sql`select count(*)::int as total from (select 1 from ${q.from} where ${q.where} limit ${limit + 1}) counted`),
  ]);
  return { rows: rows.map(normalizeRow), total: Math.min(total, limit), more: total > limit };
}

/** Every contact id a list state matches (for "select all matching"), up to `limit`. */
export async function listContactIds(workspaceId: string, params: ContactListParams, opts: ListOptions = {}, limit = COUNT_LIMIT) {
  const q = await listQuery(workspaceId, params, opts);
  if (!q) return [];
  const rows = await execute<{ id: string }>(pageIds(q, limit, 0));
  return rows.map((r) => r.id);
}

/** postgres.js and PGlite return timestamps slightly differently: one shape. */
function normalizeRow(row: ContactListRow): ContactListRow {
  const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v ? new Date(String(v)).toISOString() : null);
  return { ...row, at: iso(row.at)!, reminderDueAt: iso(row.reminderDueAt), reminderDone: row.reminderDueAt ? Boolean(row.reminderDone) : null };
}
