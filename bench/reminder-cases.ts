/**
 * The reminder list cases of bench/run.ts: `reminders.list.*` times the app's listReminders
 * (100 a page) against a hand-written query giving the same page and capped total.
 */
import { sql, type SQL } from "drizzle-orm";
import { execute } from "@/db/client";
import { COUNT_LIMIT } from "@/db/queries/client-list";
import { listReminders } from "@/db/queries/reminder-list";
import { parseReminderListParams } from "@/lib/reminder-list-params";
import { seededRandom } from "@/lib/seeded-random";
import { addDays, localDateOf, zonedTime } from "@/lib/zoned-time";
import type { Case, Result } from "./case";

const SIZE = 100;
const { int, pick } = seededRandom(777);

export async function reminderCases(ws: string, opts: { listBudget: number; timeZone: string }): Promise<Case[]> {
  const { timeZone } = opts;
  const [members, clients, tags] = await Promise.all([
    execute<{ id: string }>(sql`select user_id as id from memberships where workspace_id = ${ws}`),
    execute<{ id: string }>(sql`select distinct client_id as id from reminders where workspace_id = ${ws} and client_id is not null limit 500`),
    execute<{ id: string }>(sql`select id from tags where workspace_id = ${ws}`),
  ]);
  const today = localDateOf(new Date(), timeZone);
  const start = zonedTime(today, 0, 0, timeZone).toISOString();
  const end = zonedTime(addDays(today, 1), 0, 0, timeZone).toISOString();

  /** The page (with client, order, tag and assignee joined) and the capped total, in parallel. */
  async function raw(where: SQL, order: string, page: number): Promise<Result> {
    const [rows, [{ total }]] = await Promise.all([
      execute(sql`with page as materialized (select r.id from reminders r where ${where} order by ${sql.raw(order)} limit ${SIZE} offset ${(page - 1) * SIZE})
        select r.*, concat_ws(' ', c.last_name, c.first_name) as client_name, o.number, t.name as tag_name, u.name as assignee_name
        from page join reminders r on r.workspace_id = ${ws} and r.id = page.id
        left join clients c on c.workspace_id = ${ws} and c.id = r.client_id
        left join orders o on o.workspace_id = ${ws} and o.id = r.order_id
        left join tags t on t.workspace_id = ${ws} and t.id = r.tag_id
        left join users u on u.id = r.assignee_id
        order by ${sql.raw(order)}`),
      execute<{ total: number }>(sql`select count(*)::int as total from (select 1 from reminders r where ${where} limit ${COUNT_LIMIT + 1}) n`),
    ]);
    return { rows: rows.length, total: Math.min(total, COUNT_LIMIT) };
  }
  const app = async (p: Record<string, string>): Promise<Result> => {
    const { rows, total } = await listReminders(ws, parseReminderListParams({ size: "100", ...p }), { timeZone });
    return { rows: rows.length, total };
  };
  const open = sql`r.workspace_id = ${ws} and r.done_at is null`;
  const due = "r.due_at, r.id";
  const c = (name: string, input: (i: number) => Record<string, string>, rawFor: (p: Record<string, string>) => Promise<Result>): Case => ({
    name: `reminders.list.${name}`,
    budget: opts.listBudget,
    input,
    app,
    raw: rawFor,
  });
  return [
    // The page as it opens: open reminders, most overdue first.
    c("open", () => ({ page: String(int(1, 5)) }), (p) => raw(open, due, Number(p.page))),
    c("overdue", () => ({ period: "overdue" }), () => raw(sql`${open} and r.due_at < now()`, due, 1)),
    c("today", () => ({ period: "today" }), () => raw(sql`${open} and r.due_at >= ${start}::timestamptz and r.due_at < ${end}::timestamptz`, due, 1)),
    c("done.desc", () => ({ state: "done", dir: "desc" }), () => raw(sql`r.workspace_id = ${ws} and r.done_at is not null`, "r.due_at desc, r.id desc", 1)),
    c("member", () => ({ member: pick(members).id }), (p) => raw(sql`${open} and r.assignee_id = ${p.member}`, due, 1)),
    c("category", () => ({ category: "will_pay" }), () => raw(sql`${open} and r.category = 'will_pay'`, due, 1)),
    c("kind=birthday", () => ({ kind: "birthday" }), () => raw(sql`${open} and r.kind = 'birthday'`, due, 1)),
    c("client", () => ({ client: pick(clients).id, state: "all" }), (p) => raw(sql`r.workspace_id = ${ws} and r.client_id = ${p.client}`, due, 1)),
    c(
      "tag",
      () => ({ tag: pick(tags).id }),
      (p) => raw(sql`${open} and (r.tag_id = ${p.tag} or exists (select 1 from client_tags ct where ct.workspace_id = ${ws} and ct.client_id = r.client_id and ct.tag_id = ${p.tag}))`, due, 1),
    ),
  ];
}
