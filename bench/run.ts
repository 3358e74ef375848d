/**
 * Client list, search, order list, reminder list and client figures timings over the seeded `bench`
 * workspace (SPEC §6):
 *
 *   DATABASE_URL=postgres://… npm run bench:seed -- --clients 100000 --orders 300000   # once
 *   DATABASE_URL=postgres://… npm run bench [-- --iterations 60] [--only search]
 *
 * `--only <text>` runs the cases whose name contains it; `--module <file>` times a candidate
 * copy of db/queries/client-list.ts instead of the real one.
 * Prints one JSON object per line: the app's p50/p95 (`listClients`, or `listOrders` and
 * `clientFigures` for the cases of bench/order-cases.ts), and `raw_p50_ms` / `raw_p95_ms`
 * of a hand-written query giving the same page and total the fastest way the indexes allow
 * (notes/search-at-scale.md) — the floor. Each case warms up, then alternates app and raw
 * calls with a different input every iteration. Progress and sanity warnings go to stderr.
 * Timings on a shared machine are noisy: compare runs, don't assert on them.
 */
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { sql, type SQL } from "drizzle-orm";
import { closeDb, execute } from "@/db/client";
import { COUNT_LIMIT, type listClients as ListClients } from "@/db/queries/client-list";
import { parseClientListParams } from "@/lib/client-list-params";
import { seededRandom } from "@/lib/seeded-random";
import { queryPhoneDigits } from "@/lib/phone";
import { escapeLike, normalizeWord, queryWords, searchTerms } from "@/lib/search-text";
import type { Case, Result } from "./case";
import { orderCases } from "./order-cases";
import { reminderCases } from "./reminder-cases";

if (!process.env.DATABASE_URL) {
  console.error("npm run bench needs DATABASE_URL pointing at a database seeded with `npm run bench:seed`.");
  process.exit(2);
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}
const ITERATIONS = Number(arg("iterations") ?? 60);
const WARMUP = Number(arg("warmup") ?? 10);
const ONLY = arg("only");
// `--module path/to/client-list.ts` times a candidate copy of the list queries instead.
const MODULE = arg("module");
const { listClients }: { listClients: typeof ListClients } = await import(
  MODULE ? pathToFileURL(path.resolve(MODULE)).href : "@/db/queries/client-list"
);
const TIME_ZONE = "Asia/Almaty";
const LIST_BUDGET = 25;
const SEARCH_BUDGET = 50;

const { int, pick } = seededRandom(42);

// ---------------------------------------------------------------------------------------
// The workspace and real values to search for.

const [bench] = await execute<{ id: string }>(sql`select id from workspaces where slug = 'bench'`);
if (!bench) {
  console.error("No workspace with slug `bench`: run `npm run bench:seed` against this DATABASE_URL first.");
  process.exit(2);
}
const ws = bench.id;

type Sample = { number: number; last_name: string; first_name: string; email: string | null; national: string | null };
// Random active clients, so the words and numbers searched are spread like the data.
const sample = await execute<Sample>(sql`
  select c.number, c.last_name, c.first_name, c.primary_email as email,
    (select p.national_digits from client_phones p where p.workspace_id = ${ws} and p.client_id = c.id order by random() limit 1) as national
  from clients c tablesample system (5) where c.workspace_id = ${ws} and c.archived_at is null limit 3000`);
const [{ clients: clientCount }] = await execute<{ clients: number }>(sql`select count(*)::int as clients from clients where workspace_id = ${ws}`);
const tagRows = await execute<{ id: string }>(sql`select id from tags where workspace_id = ${ws} order by name`);
console.error(`bench workspace: ${clientCount} clients, ${sample.length} sampled, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);

const surnamesSample = sample.map((s) => s.last_name);
const latinSurnames = sample
  .map((s) => searchTerms([s.last_name]))
  .filter((t) => t.length === 2 && /^[a-z]+$/.test(t[1]))
  .map((t) => t[1][0].toUpperCase() + t[1].slice(1));
const firstPrefixes = sample.map((s) => s.first_name.slice(0, 3).toLowerCase());
const phones = sample.filter((s) => s.national).map((s) => s.national!);
// "8 701 …" is how people in the +7 zone type their own numbers.
const plus7 = phones.filter((n) => n.length === 10 && /^[79]/.test(n));
const emails = sample.filter((s) => s.email).map((s) => s.email!);

/** A surname with one letter changed, that no stored word starts with. */
async function typos(count: number): Promise<string[]> {
  const letters = "аеиоулнрстквмдбпгзя";
  const out: string[] = [];
  for (const surname of surnamesSample) {
    if (out.length >= count) break;
    const word = normalizeWord(surname);
    if (!/^[а-я]{6,}$/.test(word)) continue;
    const at = int(1, word.length - 2);
    const letter = pick([...letters].filter((l) => l !== word[at]));
    const typo = word.slice(0, at) + letter + word.slice(at + 1);
    const forms = queryWords(typo)[0];
    const [{ found }] = await execute<{ found: boolean }>(sql`select exists (select 1 from client_search_terms
      where workspace_id = ${ws} and (${sql.join(forms.map((f) => sql`term like ${`${escapeLike(f)}%`}`), sql` or `)})) as found`);
    if (!found) out.push(typo[0].toUpperCase() + typo.slice(1));
  }
  return out;
}
const typoWords = await typos(300);

// ---------------------------------------------------------------------------------------
// The raw queries: the same page of 100 (same columns) and the same total.

/** The list's columns for a set of ordered ids, like listClients returns them. */
const pageColumns = sql`c.id, c.number, c.last_name, c.first_name, c.middle_name, c.primary_phone, c.primary_email,
  c.birth_day, c.birth_month, c.birth_year, co.name as company, c.created_at, c.last_order_at, c.registered_at, c.archived_at,
  coalesce((select jsonb_agg(jsonb_build_object('name', t.name, 'color', t.color) order by t.name)
    from client_tags ct join tags t on t.id = ct.tag_id where ct.workspace_id = ${ws} and ct.client_id = c.id), '[]'::jsonb) as tags`;
const companyJoin = sql`left join companies co on co.id = c.company_id and co.workspace_id = c.workspace_id`;

type Order = { order: string; nullable?: string[] };
const orders: Record<string, { asc: Order; desc: Order }> = {
  name: {
    asc: { order: `c.last_name collate "und-x-icu", c.first_name collate "und-x-icu", c.id` },
    desc: { order: `c.last_name collate "und-x-icu" desc, c.first_name collate "und-x-icu" desc, c.id desc` },
  },
  number: { asc: { order: "c.number" }, desc: { order: "c.number desc" } },
  created: { asc: { order: "c.created_at, c.id" }, desc: { order: "c.created_at desc, c.id desc" } },
  birthday: {
    asc: { order: "c.birth_month, c.birth_day, c.id" },
    desc: { order: "c.birth_month desc, c.birth_day desc, c.id desc", nullable: ["birth_month", "birth_day"] },
  },
  lastOrder: { asc: { order: "c.last_order_at, c.id" }, desc: { order: "c.last_order_at desc, c.id desc", nullable: ["last_order_at"] } },
};

/**
 * Ids of one page straight off a list index ("deferred join"). The app sorts descending with
 * nulls last, which a backward scan of an ascending index cannot give (it puts nulls
 * first): the rows with a value and the rows without are each read in index order, at most
 * offset + 100 of each, and put one after the other.
 */
function pageIds(where: SQL, o: Order, offset: number): SQL {
  if (!o.nullable) return sql`select c.id from clients c where ${where} order by ${sql.raw(o.order)} limit 100 offset ${offset}`;
  const cols = sql.raw(o.nullable.map((col) => `c.${col}`).join(", "));
  const first = sql.raw(o.nullable[0]);
  const limit = offset + 100;
  return sql`select id from (
      (select 0 as part, c.id, ${cols} from clients c where ${where} and c.${first} is not null order by ${sql.raw(o.order)} limit ${limit})
      union all
      (select 1 as part, c.id, ${cols} from clients c where ${where} and c.${first} is null order by ${sql.raw(o.order)} limit ${limit})
    ) c order by part, ${sql.raw(o.order)} limit 100 offset ${offset}`;
}

/** Page and total (capped at COUNT_LIMIT) in parallel, as the app does. */
async function rawList(where: SQL, o: Order, offset: number, countWhere: SQL = where) {
  const [rows, [{ total }]] = await Promise.all([
    execute(sql`with page as materialized (${pageIds(where, o, offset)})
      select ${pageColumns} from page join clients c on c.id = page.id ${companyJoin}
      where c.workspace_id = ${ws} order by ${sql.raw(o.order)}`),
    execute<{ total: number }>(sql`select count(*)::int as total from (select 1 from clients c where ${countWhere} limit ${COUNT_LIMIT + 1}) n`),
  ]);
  return { rows: rows.length, total: Math.min(total, COUNT_LIMIT) };
}

/**
 * Search: the hits first (`hits` selects client_id), then only they are checked against the
 * archive, counted and sorted. Unlike the app, which keeps at most 1,000 hits, this is exact.
 */
async function rawSearch(hits: SQL) {
  const rows = await execute<{ total: number }>(sql`
    with found as materialized (
      select c.id, c.last_name, c.first_name from clients c
      where c.workspace_id = ${ws} and c.archived_at is null and c.id = any(array(${hits}))),
    page as (select id from found f order by f.last_name collate "und-x-icu", f.first_name collate "und-x-icu", f.id limit 100)
    select ${pageColumns}, (select count(*) from found)::int as total
    from page join clients c on c.id = page.id ${companyJoin}
    order by c.last_name collate "und-x-icu", c.first_name collate "und-x-icu", c.id`);
  return { rows: rows.length, total: rows[0]?.total ?? 0 };
}

/** Distinct clients having a word starting with any of the forms (prefix btree). */
const termPrefix = (forms: string[]) =>
  sql`select client_id from client_search_terms where workspace_id = ${ws}
    and (${sql.join(forms.map((f) => sql`term like ${`${escapeLike(f)}%`}`), sql` or `)})`;

const active = sql`c.workspace_id = ${ws} and (c.archived_at is null) = true`;

// ---------------------------------------------------------------------------------------
// The cases.

/** `app` is the client list unless the case names another app function (bench/order-cases.ts). */
async function clientListApp(p: Record<string, string>): Promise<Result> {
  const { rows, total } = await listClients(ws, parseClientListParams({ size: "100", ...p }), { timeZone: TIME_ZONE });
  return { rows: rows.length, total };
}

const sorts = ["name", "number", "created", "birthday", "lastOrder"] as const;
const cases: Case[] = [];

for (const sort of sorts) {
  for (const dir of ["asc", "desc"] as const) {
    cases.push({
      name: `clients.list.sort=${sort}${dir === "desc" ? ".desc" : ""}`,
      budget: LIST_BUDGET,
      input: () => ({ sort, dir, page: String(int(1, 10)) }),
      raw: (p) => rawList(active, orders[sort][dir], (Number(p.page) - 1) * 100),
    });
  }
}

// Page 500 of 100: the floor is a keyset page (after the last row of page 499), taken here
// from the index once per iteration outside the timing.
const keysets = new Map<string, { last: string; first: string; id: string }>();
cases.push({
  name: "clients.list.page=500",
  budget: LIST_BUDGET,
  input: () => ({ sort: "name", page: String(int(491, 510)) }),
  raw: async (p) => {
    const key = keysets.get(p.page)!;
    const after = sql`(c.last_name collate "und-x-icu", c.first_name collate "und-x-icu", c.id) > (${key.last} collate "und-x-icu", ${key.first} collate "und-x-icu", ${key.id}::uuid)`;
    const where = sql`${active} and ${after}`;
    return rawList(where, orders.name.asc, 0, active);
  },
});
for (let page = 491; page <= 510; page++) {
  const [key] = await execute<{ last: string; first: string; id: string }>(sql`
    select c.last_name as last, c.first_name as first, c.id from clients c where ${active}
    order by ${sql.raw(orders.name.asc.order)} limit 1 offset ${(page - 1) * 100 - 1}`);
  keysets.set(String(page), key);
}

// Birthdays between 15–28 December and 3–15 January (across the new year).
cases.push({
  name: "clients.list.filter=birthday-new-year",
  budget: LIST_BUDGET,
  input: () => {
    const from = int(15, 28);
    const to = int(3, 15);
    return { bday: `12${from}-01${String(to).padStart(2, "0")}`, page: "1" };
  },
  raw: (p) => {
    const from = Number(p.bday.slice(2, 4));
    const to = Number(p.bday.slice(7, 9));
    // Row comparisons on (month, day) use the birthday index for the count.
    const range = sql`((c.birth_month, c.birth_day) >= (12, ${from}) or (c.birth_month, c.birth_day) <= (1, ${to}))`;
    return rawList(sql`${active} and ${range}`, orders.name.asc, 0);
  },
});

cases.push({
  name: "clients.list.filter=tag",
  budget: LIST_BUDGET,
  input: () => ({ tags: pick(tagRows).id, page: String(int(1, 3)) }),
  raw: async (p) => {
    const tagged = sql`exists (select 1 from client_tags ct where ct.workspace_id = ${ws} and ct.client_id = c.id and ct.tag_id = ${p.tags}::uuid)`;
    const [page, [{ total }]] = await Promise.all([
      rawList(sql`${active} and ${tagged}`, orders.name.asc, (Number(p.page) - 1) * 100, sql`false`),
      // The count from the tag's index, checking only those clients.
      execute<{ total: number }>(sql`select count(*)::int as total from (select 1 from client_tags ct join clients c on c.id = ct.client_id
        where ct.workspace_id = ${ws} and ct.tag_id = ${p.tags}::uuid and ${active} limit ${COUNT_LIMIT + 1}) n`),
    ]);
    return { rows: page.rows, total: Math.min(total, COUNT_LIMIT) };
  },
});

cases.push({
  name: "clients.list.archived",
  budget: LIST_BUDGET,
  input: () => ({ archived: "1", page: String(int(1, 10)) }),
  // "= false" would be folded into "archived_at is not null", which no index has; "is false"
  // matches the (archived_at is null) column of the list indexes.
  raw: (p) => rawList(sql`c.workspace_id = ${ws} and (c.archived_at is null) is false`, orders.name.asc, (Number(p.page) - 1) * 100),
});

// Search.
cases.push({
  name: "clients.search.surname",
  budget: SEARCH_BUDGET,
  input: () => ({ q: pick(surnamesSample) }),
  raw: (p) => rawSearch(termPrefix(queryWords(p.q)[0])),
});
cases.push({
  name: "clients.search.first-name-prefix3",
  budget: SEARCH_BUDGET,
  input: () => ({ q: pick(firstPrefixes) }),
  raw: (p) => rawSearch(termPrefix(queryWords(p.q)[0])),
});
cases.push({
  name: "clients.search.latin-surname",
  budget: SEARCH_BUDGET,
  input: () => ({ q: pick(latinSurnames) }),
  raw: (p) => rawSearch(termPrefix(queryWords(p.q)[0])),
});
cases.push({
  name: "clients.search.phone-tail",
  budget: SEARCH_BUDGET,
  input: () => {
    const n = pick(phones);
    return { q: n.slice(-int(4, 7)) };
  },
  raw: (p) => {
    const reversed = [...p.q].reverse().join("");
    return rawSearch(sql`select client_id from client_phones where workspace_id = ${ws} and reversed_digits like ${`${reversed}%`}
      union select client_id from client_phones where workspace_id = ${ws} and national_digits like ${`${p.q}%`}`);
  },
});
cases.push({
  name: "clients.search.phone-full-8",
  budget: SEARCH_BUDGET,
  input: () => {
    const n = pick(plus7);
    return { q: `8 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}` };
  },
  raw: (p) => rawSearch(sql`select client_id from client_phones where workspace_id = ${ws} and national_digits like ${`${queryPhoneDigits(p.q)}%`}`),
});
cases.push({
  name: "clients.search.email-prefix",
  budget: SEARCH_BUDGET,
  input: () => {
    const e = pick(emails);
    const at = e.indexOf("@");
    return { q: e.slice(0, at + 1 + int(0, 3)) };
  },
  raw: (p) => rawSearch(sql`select client_id from client_emails where workspace_id = ${ws}
    and lower(address) like ${`${escapeLike(p.q.toLowerCase())}%`}`),
});
cases.push({
  name: "clients.search.surname-typo",
  budget: SEARCH_BUDGET,
  input: () => ({ q: pick(typoWords) }),
  raw: (p) => {
    const word = normalizeWord(p.q);
    // Five nearest dictionary words (GiST, in this workspace), the closest of them, their clients.
    return rawSearch(sql`select distinct t.client_id from client_search_terms t where t.workspace_id = ${ws} and t.term in (
      select term from (
        select term, d, min(d) over () as best from (
          select term, term <-> ${word} as d from search_dictionary where workspace_id = ${ws} order by term <-> ${word} limit 5) n
      ) near where d < 0.8 and d <= best + 0.15)`);
  },
});
cases.push({
  name: "clients.search.number",
  budget: SEARCH_BUDGET,
  input: () => ({ q: String(pick(sample).number) }),
  raw: (p) => rawSearch(sql`select id as client_id from clients where workspace_id = ${ws} and number = ${Number(p.q)}`),
});

cases.push(...(await orderCases(ws, { listBudget: LIST_BUDGET, timeZone: TIME_ZONE })));
cases.push(...(await reminderCases(ws, { listBudget: LIST_BUDGET, timeZone: TIME_ZONE })));

// ---------------------------------------------------------------------------------------
// Timing.

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
const round = (ms: number) => Math.round(ms * 10) / 10;

for (const c of cases) {
  if (ONLY && !c.name.includes(ONLY)) continue;
  const app = c.app ?? clientListApp;
  for (let i = 0; i < WARMUP; i++) {
    const p = c.input(i);
    await app(p);
    await c.raw(p);
  }
  const appTimes: number[] = [];
  const rawTimes: number[] = [];
  let empty = 0;
  let differ = 0;
  for (let i = 0; i < ITERATIONS; i++) {
    const p = c.input(i);
    // Alternate which goes first, so neither always gets the other's warm cache.
    const runApp = async () => {
      const t0 = performance.now();
      const r = await app(p);
      appTimes.push(performance.now() - t0);
      return r;
    };
    const runRaw = async () => {
      const t0 = performance.now();
      const r = await c.raw(p);
      rawTimes.push(performance.now() - t0);
      return r;
    };
    let a: Result;
    let r: Result;
    if (i % 2) {
      a = await runApp();
      r = await runRaw();
    } else {
      r = await runRaw();
      a = await runApp();
    }
    if (!a.rows) empty++;
    if (a.rows !== r.rows || a.total !== r.total) differ++;
  }
  appTimes.sort((x, y) => x - y);
  rawTimes.sort((x, y) => x - y);
  console.log(
    JSON.stringify({
      name: c.name,
      p50_ms: round(percentile(appTimes, 0.5)),
      p95_ms: round(percentile(appTimes, 0.95)),
      raw_p50_ms: round(percentile(rawTimes, 0.5)),
      raw_p95_ms: round(percentile(rawTimes, 0.95)),
      budget_ms: c.budget,
      n: ITERATIONS,
    }),
  );
  if (empty) console.error(`  ${c.name}: ${empty} of ${ITERATIONS} app calls returned no rows`);
  if (differ) console.error(`  ${c.name}: app and raw disagreed on rows or total in ${differ} of ${ITERATIONS} iterations`);
}
console.error(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
await closeDb();
