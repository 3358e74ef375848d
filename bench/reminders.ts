/**
 * Reminders for the seeded workspaces, made in SQL from what bench/seed.ts loaded: the
 * 2+2+2 calls of every delivered order (at 11:00 in the workspace's zone; those more than
 * three days old done), a yearly birthday reminder per client with a birthday, and one
 * manual reminder for every fifth client (due within two months either side of today,
 * a category, a third of them assigned). Run alone to redo them on a seeded database:
 *
 *   DATABASE_URL=postgres://… node --import tsx bench/reminders.ts
 */
import { pathToFileURL } from "node:url";
import type { Sql } from "postgres";
import postgres from "postgres";
import { reminderCategories } from "@/db/schema/reminders";

export async function seedBenchReminders(sql: Sql) {
  await sql`delete from reminders where workspace_id in (select id from workspaces where slug = 'bench' or slug like 'bench-%')`;
  await sql`
    insert into reminders (workspace_id, kind, title, due_at, notify_at, client_id, order_id, step, done_at, notified_at, created_at)
    select o.workspace_id, 'follow_up', '№ ' || o.number, d.due, d.due, o.client_id, o.id, d.step,
      case when d.due < now() - interval '3 days' then d.due + interval '2 hours' end,
      case when d.due < now() then d.due end, o.delivered_at
    from orders o join workspaces w on w.id = o.workspace_id
    cross join lateral (
      select s.step, ((((o.delivered_at at time zone w.time_zone)::date + s.span)::date + time '11:00') at time zone w.time_zone) as due
      from (values (0, interval '2 days'), (1, interval '14 days'), (2, interval '2 months')) s(step, span)) d
    where (w.slug = 'bench' or w.slug like 'bench-%') and o.status = 'delivered' and o.archived_at is null`;
  await sql`
    insert into reminders (workspace_id, kind, title, due_at, all_day, notify_at, client_id, step, recurrence, assignee_id)
    select c.workspace_id, 'birthday', 'birthday', b.day at time zone w.time_zone, true, (b.day + time '11:00') at time zone w.time_zone,
      c.id, 0, 'yearly', c.responsible_id
    from clients c join workspaces w on w.id = c.workspace_id
    cross join lateral (select case when make_date(extract(year from now())::int, c.birth_month, least(c.birth_day, 28)) >= current_date
      then make_date(extract(year from now())::int, c.birth_month, least(c.birth_day, 28))
      else make_date(extract(year from now())::int + 1, c.birth_month, least(c.birth_day, 28)) end::timestamp as day) b
    where (w.slug = 'bench' or w.slug like 'bench-%') and c.archived_at is null and c.birth_day is not null and c.birth_month is not null`;
  await sql`
    insert into reminders (workspace_id, kind, title, description, due_at, notify_at, client_id, category, assignee_id, done_at, notified_at)
    select c.workspace_id, 'manual', (array['Позвонить', 'Напомнить об оплате', 'Отправить каталог', 'Уточнить размер', 'Пригласить на мастер-класс'])[1 + c.number % 5],
      case when c.number % 3 = 0 then 'Спросить, понравился ли крем' end,
      r.due, r.due, c.id, (${sql.array([...reminderCategories])}::text[])[1 + c.number % ${reminderCategories.length}],
      case when c.number % 3 = 0 then m.user_id end,
      case when r.due < now() and c.number % 4 <> 0 then r.due + interval '1 hour' end,
      case when r.due < now() then r.due end
    from clients c join workspaces w on w.id = c.workspace_id
    join lateral (select user_id from memberships where workspace_id = c.workspace_id order by created_at limit 1) m on true
    cross join lateral (select now() + ((c.number * 7919) % 120 - 60) * interval '1 day' + ((c.number * 31) % 600) * interval '1 minute' as due) r
    where (w.slug = 'bench' or w.slug like 'bench-%') and c.number % 5 = 0`;
  await sql`vacuum (analyze) reminders`;
  const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from reminders r join workspaces w on w.id = r.workspace_id where w.slug = 'bench'`;
  return n;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    console.log(`reminders in the bench workspace: ${await seedBenchReminders(sql)}`);
  } finally {
    await sql.end();
  }
}
