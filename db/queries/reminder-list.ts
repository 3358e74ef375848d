import { sql, type SQL } from "drizzle-orm";
import type { ReminderListParams } from "@/lib/reminder-list-params";
import { addDays, localDateOf, mondayOf, parseIsoDate, zonedTime } from "@/lib/zoned-time";
import { execute } from "../client";
import type { Recurrence, ReminderCategory, ReminderKind } from "../schema";
import { COUNT_LIMIT, searchHits } from "./client-list";

export type ReminderListRow = {
  id: string;
  title: string;
  description: string | null;
  kind: ReminderKind;
  step: number | null;
  dueAt: string;
  allDay: boolean;
  doneAt: string | null;
  category: ReminderCategory | null;
  recurrence: Recurrence;
  clientId: string | null;
  clientName: string | null;
  orderId: string | null;
  orderNumber: number | null;
  tagName: string | null;
  assigneeName: string | null;
  version: number;
};

// Each sort reads reminders_open_due_idx (or reminders_due_idx) in order, or sorts a page's worth.
const orderBy: Record<ReminderListParams["sort"], (dir: SQL) => SQL> = {
  due: (d) => sql`r.due_at ${d}, r.id ${d}`,
  title: (d) => sql`lower(r.title) ${d}, r.id ${d}`,
  created: (d) => sql`r.created_at ${d}, r.id ${d}`,
};

type ListOptions = { timeZone: string; now?: Date; countLimit?: number };

/** The instants a period covers in the workspace's time zone: [from, to). */
function periodBounds(f: ReminderListParams["filters"], timeZone: string, now: Date): { from?: Date; to?: Date } {
  const today = localDateOf(now, timeZone);
  const midnight = (d: { year: number; month: number; day: number }) => zonedTime(d, 0, 0, timeZone);
  switch (f.period) {
    case "overdue":
      return { to: now };
    case "today":
      return { from: midnight(today), to: midnight(addDays(today, 1)) };
    case "week": {
      const monday = mondayOf(today);
      return { from: midnight(monday), to: midnight(addDays(monday, 7)) };
    }
    case "range": {
      const from = f.from ? parseIsoDate(f.from) : null;
      const to = f.to ? parseIsoDate(f.to) : null;
      return { from: from ? midnight(from) : undefined, to: to ? midnight(addDays(to, 1)) : undefined };
    }
    default:
      return {};
  }
}

/** FROM and WHERE of a list state; null when a search can match nothing. */
async function listQuery(workspaceId: string, params: ReminderListParams, opts: ListOptions) {
  const f = params.filters;
  const where: SQL[] = [sql`r.workspace_id = ${workspaceId}`];
  if (params.state === "open") where.push(sql`r.done_at is null`);
  if (params.state === "done") where.push(sql`r.done_at is not null`);
  const bounds = periodBounds(f, opts.timeZone, opts.now ?? new Date());
  if (bounds.from) where.push(sql`r.due_at >= ${bounds.from.toISOString()}::timestamptz`);
  if (bounds.to) where.push(sql`r.due_at < ${bounds.to.toISOString()}::timestamptz`);
  if (f.client) where.push(sql`r.client_id = ${f.client}`);
  if (f.member === "none") where.push(sql`r.assignee_id is null`);
  else if (f.member) where.push(sql`r.assignee_id = ${f.member}`);
  if (f.category) where.push(sql`r.category = ${f.category}`);
  if (f.kind) where.push(sql`r.kind = ${f.kind}`);
  if (f.tag) {
    // Probed per reminder while the open list is read in due order: a page stops early.
    where.push(sql`(r.tag_id = ${f.tag} or exists (select 1 from client_tags ct where ct.workspace_id = ${workspaceId} and ct.client_id = r.client_id and ct.tag_id = ${f.tag}))`);
  }
  const q = params.q.trim();
  if (q) {
    // The title, or the client as the client book finds her (name, phone, e-mail).
    const title = sql`r.title ilike ${`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`;
    const hits = await searchHits(workspaceId, q);
    where.push(hits ? sql`(${title} or r.client_id in (select h.id from (${hits} offset 0) h))` : title);
  }
  const dir = params.dir === "desc" ? sql`desc` : sql`asc`;
  return { where: sql.join(where, sql` and `), order: orderBy[params.sort](dir) };
}

/**
 * One page of reminders with their client, order, group and assignee: the page's ids first
 * (from an index), then those rows' details. `total` is exact unless `more` says it was capped.
 */
export async function listReminders(workspaceId: string, params: ReminderListParams, opts: ListOptions) {
  const q = await listQuery(workspaceId, params, opts);
  const limit = opts.countLimit ?? COUNT_LIMIT;
  const offset = (params.page - 1) * params.size;
  const [rows, [{ total }]] = await Promise.all([
    execute<ReminderListRow>(sql`
      with page as (select r.id from reminders r where ${q.where} order by ${q.order} limit ${params.size} offset ${offset})
      select r.id, r.title, r.description, r.kind, r.step, r.due_at as "dueAt", r.all_day as "allDay", r.done_at as "doneAt",
        r.category, r.recurrence, r.client_id as "clientId", r.order_id as "orderId", r.version,
        concat_ws(' ', c.last_name, c.first_name) as "clientName", o.number as "orderNumber", t.name as "tagName", u.name as "assigneeName"
      from page join reminders r on r.workspace_id = ${workspaceId} and r.id = page.id
      left join clients c on c.workspace_id = r.workspace_id and c.id = r.client_id
      left join orders o on o.workspace_id = r.workspace_id and o.id = r.order_id
      left join tags t on t.workspace_id = r.workspace_id and t.id = r.tag_id
      left join users u on u.id = r.assignee_id
      order by ${q.order}`),
    execute<{ total: number }>(sql`select count(*)::int as total from (select 1 from reminders r where ${q.where} limit ${limit + 1}) counted`),
  ]);
  return { rows: rows.map(normalizeRow), total: Math.min(total, limit), more: total > limit };
}

/** Every reminder id a list state matches (for "select all matching"), up to `limit`. */
export async function listReminderIds(workspaceId: string, params: ReminderListParams, opts: ListOptions, limit = COUNT_LIMIT) {
  const q = await listQuery(workspaceId, params, opts);
  const rows = await execute<{ id: string }>(sql`select r.id from reminders r where ${q.where} order by ${q.order} limit ${limit}`);
  return rows.map((r) => r.id);
}

/** postgres.js and PGlite return timestamps slightly differently: one shape. */
function normalizeRow(row: ReminderListRow): ReminderListRow {
  const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v ? new Date(String(v)).toISOString() : null);
  return { ...row, dueAt: iso(row.dueAt)!, doneAt: iso(row.doneAt), clientName: row.clientName || null, orderNumber: row.orderNumber == null ? null : Number(row.orderNumber) };
}
