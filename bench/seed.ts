/**
 * Seeds a PostgreSQL database for the list and search benchmarks (bench/run.ts):
 *
 *   DATABASE_URL=postgres://… npm run bench:seed -- --clients 100000 [--orders 300000] [--small 50] [--small-clients 2000]
 *
 * One workspace (slug `bench`) of N clients, 10% archived, plus `--small` workspaces
 * (`bench-01`…) of about `--small-clients` each. Each has a catalogue of 200 products and
 * orders (bench/orders.ts): `--orders` in the big one (3 per client by default) and as many
 * per client in the small ones. Re-running drops and recreates them all.
 * Rows are generated here and loaded with COPY; search terms and the typo dictionary are
 * computed with the app's own functions, exactly as `reindexClient` would store them.
 * Owner of every bench workspace: bench@clientbook.test / bench-NN@clientbook.test,
 * password "bench-password".
 */
import { randomUUID } from "node:crypto";
import { seededRandom } from "@/lib/seeded-random";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import postgres from "postgres";
import slugify from "slugify";
import { seedBenchReminders } from "./reminders";
import { closeDb, migrate } from "@/db/client";
import { saveView } from "@/db/queries/table-views";
import { createUserWithWorkspace } from "@/db/queries/users";
import { isValidDayMonth } from "@/lib/birthday";
import { hashPassword } from "@/lib/password";
import { parsePhone, phoneSearchDigits, type CountryCode } from "@/lib/phone";
import { emailTerms, normalizeWord, searchTerms } from "@/lib/search-text";
import { CopyData } from "./copy";
import {
  companyPatterns, emailDomains, fathers, feminine, femaleNames, maleNames, russianSpelling, sources, surnameStems,
  surnames, tagColors, tagNames, type Nation,
} from "./names";
import { orderTables, WorkspaceOrders } from "./orders";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("bench:seed needs DATABASE_URL (a PostgreSQL server); it never seeds the embedded PGlite database.");
  process.exit(2);
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} wants a whole number`);
    process.exit(2);
  }
  return value;
}
const N = arg("clients", 100_000);
const SMALL = arg("small", 50);
const SMALL_CLIENTS = arg("small-clients", 2_000);
const ORDERS_PER_CLIENT = arg("orders", 3 * N) / Math.max(N, 1);
const BENCH_PASSWORD = "bench-password";

const started = performance.now();
const lap = (what: string) => console.log(`${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s  ${what}`);

// ---------------------------------------------------------------------------------------
// Random numbers: seeded, so every run makes the same people (ids differ).

const { rnd, int, chance, pick, digits } = seededRandom(20240517);

/** Picks from a list ordered by frequency: item r has weight 1/(r+1)^s. */
function zipf<T>(items: readonly T[], s: number): () => T {
  const cumulative: number[] = [];
  let total = 0;
  items.forEach((_, r) => cumulative.push((total += 1 / (r + 1) ** s)));
  return () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo];
  };
}
function weighted<T extends string>(weights: Record<T, number>): () => T {
  const entries = Object.entries(weights) as [T, number][];
  const total = entries.reduce((s, [, w]) => s + w, 0);
  return () => {
    let x = rnd() * total;
    for (const [k, w] of entries) if ((x -= w) < 0) return k;
    return entries[entries.length - 1][0];
  };
}

// ---------------------------------------------------------------------------------------
// People.

const nations: Nation[] = ["kz", "ru", "ua", "pl"];
const surnamePickers = Object.fromEntries(
  nations.map((n) => {
    const rare = surnameStems[n].stems.flatMap((stem) => surnameStems[n].endings.map((e) => stem + e));
    // Common surnames first, then the rarer made-up ones; duplicates dropped.
    return [n, zipf([...new Set([...surnames[n], ...rare])], 0.75)];
  }),
) as Record<Nation, () => string>;
const femalePickers = Object.fromEntries(nations.map((n) => [n, zipf(femaleNames[n], 0.6)])) as Record<Nation, () => string>;
const malePickers = Object.fromEntries(nations.map((n) => [n, zipf(maleNames[n], 0.6)])) as Record<Nation, () => string>;

const nationLocale = { kz: "kk", ru: "ru", ua: "uk", pl: "pl" } as const;
const phoneCountryFor: Record<Nation, () => CountryCode> = {
  kz: weighted({ KZ: 95, RU: 5 } as Record<CountryCode, number>),
  ru: weighted({ RU: 60, KZ: 40 } as Record<CountryCode, number>),
  ua: weighted({ UA: 70, PL: 20, KZ: 10 } as Record<CountryCode, number>),
  pl: weighted({ PL: 90, UA: 10 } as Record<CountryCode, number>),
};

const mobilePrefixes: Partial<Record<CountryCode, string[]>> = {
  KZ: ["700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778"],
  RU: ["903", "905", "906", "909", "910", "912", "915", "916", "917", "919", "920", "921", "925", "926", "927", "929", "950", "951", "953", "960", "961", "965", "977", "985", "999"],
  UA: ["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"],
  PL: ["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"],
};
const landlinePrefixes: Partial<Record<CountryCode, string[]>> = {
  KZ: ["7272", "7273", "7172", "7212"],
  RU: ["495", "499", "812"],
  UA: ["44", "32", "57"],
  PL: ["22", "12", "61"],
};
const callingCode: Partial<Record<CountryCode, string>> = { KZ: "7", RU: "7", UA: "380", PL: "48" };
const nationalLength: Partial<Record<CountryCode, number>> = { KZ: 10, RU: 10, UA: 9, PL: 9 };

/** A random E.164 number of the country, with its national digits. */
function phoneNumber(country: CountryCode, landline: boolean): { e164: string; national: string } {
  const prefix = pick((landline ? landlinePrefixes : mobilePrefixes)[country]!);
  const national = prefix + digits(nationalLength[country]! - prefix.length);
  return { e164: `+${callingCode[country]}${national}`, national };
}

/**
 * Parsing every number with libphonenumber would take half the generation time, so the
 * prefixes are proven once (every generated number valid, and its national digits those of
 * `phoneSearchDigits`), and a sample of the real numbers is checked again as they are made.
 */
function checkPhone(e164: string, national: string, country: CountryCode) {
  const parsed = parsePhone(e164, country);
  if (!parsed.ok || parsed.e164 !== e164 || phoneSearchDigits(e164).national !== national) {
    throw new Error(`bench:seed made a phone number the app would not accept: ${e164}`);
  }
}
for (const country of ["KZ", "RU", "UA", "PL"] as CountryCode[]) {
  for (let i = 0; i < 2000; i++) {
    const landline = i % 2 === 1;
    const { e164, national } = phoneNumber(country, landline);
    checkPhone(e164, national, country);
  }
}

/** searchTerms of a list of texts is the union of each text's, and names repeat: cache. */
const termCache = new Map<string, string[]>();
function textTerms(text: string | null | undefined): string[] {
  if (!text) return [];
  let terms = termCache.get(text);
  if (!terms) termCache.set(text, (terms = searchTerms([text])));
  return terms;
}

const latin = (text: string) => slugify(normalizeWord(text), { lower: true, strict: true, replacement: "" });

function emailFor(first: string, last: string, nation: Nation, year: number | null): string {
  const f = latin(first) || "client";
  const l = latin(last) || "mail";
  const yy = year ? String(year).slice(2) : String(int(1, 99));
  const local = pick([`${f}.${l}`, `${f}${l}${yy}`, `${f[0]}${l}`, `${l}.${f}`, `${f}_${yy}`, `${f}${int(1, 999)}`, `${l}${f[0]}`]);
  return `${local}@${pick(emailDomains[nation])}`;
}

const table = {
  companies: new CopyData("companies", ["id", "workspace_id", "name", "created_at", "updated_at"]),
  tags: new CopyData("tags", ["id", "workspace_id", "name", "color", "created_at", "updated_at"]),
  clients: new CopyData("clients", [
    "id", "workspace_id", "number", "last_name", "first_name", "middle_name", "birth_day", "birth_month", "birth_year",
    "name_day_day", "name_day_month", "source", "discount_percent", "company_id", "consent_notifications_at",
    "consent_data_processing_at", "consent_commercial_at", "email_opt_out_at", "email_opt_out_source", "locale",
    "primary_phone", "primary_email", "last_order_at", "archived_at", "created_at", "updated_at",
  ]),
  phones: new CopyData("client_phones", [
    "id", "workspace_id", "client_id", "e164", "label", "is_primary", "national_digits", "reversed_digits", "position", "created_at", "updated_at",
  ]),
  emails: new CopyData("client_emails", ["id", "workspace_id", "client_id", "address", "label", "is_primary", "position", "created_at", "updated_at"]),
  clientTags: new CopyData("client_tags", ["workspace_id", "client_id", "tag_id", "created_at"]),
  terms: new CopyData("client_search_terms", ["workspace_id", "client_id", "term"]),
  dictionary: new CopyData("search_dictionary", ["workspace_id", "term"]),
};

// ---------------------------------------------------------------------------------------
// One workspace's clients.

const NOW = Date.now();
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
/** The bench owner's saved client views: a tag, a birthday week by birthday, the newest with a phone. */
function benchViews(tagId: string) {
  return [
    { name: "VIP", query: `tags=${tagId}&size=100`, columns: ["name", "phone", "email", "tags", "lastOrder"] },
    { name: "Birthdays", query: "bday=0301-0307&sort=birthday&size=100", columns: ["name", "birthday", "phone", "tags"] },
    { name: "Newest with a phone", query: "phone=yes&sort=created&dir=desc&size=100", columns: ["number", "name", "phone", "created", "tags"] },
  ];
}

const tagWeights = [0.3, 0.05, 0.12, 0.04, 0.03, 0.15, 0.12, 0.1, 0.06, 0.02];

function generateWorkspace(workspaceId: string, count: number, mix: Record<Nation, number>, archivedShare: number, orders: WorkspaceOrders) {
  const nationOf = weighted(mix);
  const since = NOW - 6 * 365 * DAY;
  const created = iso(since);

  const tagIds = tagNames.map((name, i) => {
    const id = randomUUID();
    table.tags.add([id, workspaceId, name, tagColors[i], created, created]);
    return id;
  });

  const companies = Array.from({ length: Math.max(3, Math.round(count / 300)) }, () => {
    const nation = nationOf();
    const { forms, words } = companyPatterns[nation];
    const name = pick(forms).replace("{w}", pick(words)).replace("{s}", feminine(surnamePickers[nation](), nation));
    const id = randomUUID();
    table.companies.add([id, workspaceId, name, created, created]);
    return { id, name };
  });

  const terms = new Map<string, string[]>();
  const dictionary = new Set<string>();

  for (let number = 1; number <= count; number++) {
    const id = randomUUID();
    const nation = nationOf();
    const woman = chance(0.88);
    let last = surnamePickers[nation]();
    if (woman) last = feminine(last, nation);
    let first = (woman ? femalePickers : malePickers)[nation]();
    let middle: string | null = null;
    if (nation !== "pl" && chance(nation === "ru" ? 0.8 : 0.6)) {
      const father = pick(fathers[nation]);
      middle = woman ? father.daughter : father.son;
    }
    if (nation === "kz" && chance(0.4)) {
      last = russianSpelling(last);
      first = russianSpelling(first);
      if (middle) middle = russianSpelling(middle);
    }

    // Numbers follow the order clients were added in, over six years.
    const createdMs = since + Math.floor(((number - 1 + rnd()) / count) * (NOW - since - DAY));
    const createdAt = iso(createdMs);
    const archivedMs = chance(archivedShare) ? createdMs + rnd() * (NOW - createdMs) : null;
    const archivedAt = archivedMs === null ? null : iso(archivedMs);
    const discount = chance(0.15) ? pick([5, 10, 15, 20]) : null;
    // Her orders come before she was archived; last_order_at is the newest unarchived one.
    const lastOrderAt = orders.client(id, createdMs, archivedMs ?? NOW, discount ?? 0);

    let birthDay: number | null = null;
    let birthMonth: number | null = null;
    let birthYear: number | null = null;
    if (chance(0.85)) {
      birthYear = chance(0.75) ? int(1955, 2006) : null;
      do {
        birthMonth = int(1, 12);
        birthDay = int(1, 31);
      } while (!isValidDayMonth(birthDay, birthMonth, birthYear));
    }
    const nameDay = chance(0.05) ? { month: int(1, 12), day: int(1, 28) } : null;

    const company = chance(0.12) ? pick(companies) : null;

    // Phones: the first is mobile and primary.
    const phoneCount = chance(0.7) ? 1 : chance(0.75) ? 2 : 3;
    const phones: string[] = [];
    for (let position = 0; position < phoneCount; position++) {
      const landline = position > 0 && chance(0.4);
      const country = position === 0 ? phoneCountryFor[nation]() : chance(0.8) ? phoneCountryFor[nation]() : pick(["KZ", "RU", "UA", "PL"] as CountryCode[]);
      const { e164, national } = phoneNumber(country, landline);
      if (phones.includes(e164)) continue;
      phones.push(e164);
      if (number % 50 === 0) checkPhone(e164, national, country);
      const reversed = [...national].reverse().join("");
      const label = position === 0 ? "mobile" : landline ? pick(["home", "work"]) : pick(["mobile", "other"]);
      table.phones.add([randomUUID(), workspaceId, id, e164, label, position === 0, national, reversed, position, createdAt, createdAt]);
    }

    const emails: string[] = [];
    if (chance(0.6)) {
      emails.push(emailFor(first, last, nation, birthYear));
      if (chance(0.08)) emails.push(emailFor(first, last, nation, null));
    }
    emails.forEach((address, position) =>
      table.emails.add([randomUUID(), workspaceId, id, address, position === 0 ? "personal" : "work", position === 0, position, createdAt, createdAt]),
    );

    tagIds.forEach((tagId, i) => {
      if (chance(tagWeights[i])) table.clientTags.add([workspaceId, id, tagId, createdAt]);
    });

    const consent = (p: number) => (chance(p) ? createdAt : null);
    const optOut = chance(0.03) ? iso(createdMs + rnd() * (NOW - createdMs)) : null;
    table.clients.add([
      id, workspaceId, number, last, first, middle, birthDay, birthMonth, birthYear, nameDay?.day, nameDay?.month,
      chance(0.5) ? pick(sources) : null, discount, company?.id ?? null,
      consent(0.6), consent(0.8), consent(0.3), optOut, optOut ? pick(["manual", "link"]) : null,
      chance(0.5) ? nationLocale[nation] : null, phones[0] ?? null, emails[0] ?? null, lastOrderAt, archivedAt, createdAt,
      archivedAt ?? lastOrderAt ?? createdAt,
    ]);

    // Exactly what reindexClient stores (no notes here).
    const nameTerms = [...new Set([last, first, middle, company?.name].flatMap(textTerms))];
    for (const term of new Set([...nameTerms, String(number), ...emails.flatMap(emailTerms)])) {
      const ids = terms.get(term);
      if (ids) ids.push(id);
      else terms.set(term, [id]);
    }
    for (const term of nameTerms) if (term.length >= 3) dictionary.add(term);
  }

  // In term order, so the term indexes fill page after page instead of at random.
  for (const term of [...terms.keys()].sort()) for (const clientId of terms.get(term)!) table.terms.add([workspaceId, clientId, term]);
  for (const term of [...dictionary].sort()) table.dictionary.add([workspaceId, term]);
  return orders.write();
}

// ---------------------------------------------------------------------------------------
// Main.

const sql = postgres(url, { max: 2, onnotice: () => {} });
try {
  await migrate();
  lap("migrated");

  // Drop the previous bench workspaces (and their owners).
  const old = await sql<{ id: string }[]>`select id from workspaces where slug = 'bench' or slug ~ '^bench-[0-9]+$'`;
  const oldIds = old.map((r) => r.id);
  if (oldIds.length) {
    const [{ others }] = await sql<{ others: number }[]>`select count(*)::int as others from workspaces where not (id = any(${oldIds}::uuid[]))`;
    if (others === 0) {
      // A database of bench workspaces only: empty every tenant table at once.
      await sql`truncate workspaces cascade`;
    } else {
      // Delete table by table (without firing a cascade per client row), then the workspaces.
      const tenantTables = await sql<{ table_name: string }[]>`
        select c.table_name from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
        where c.table_schema = 'public' and c.column_name = 'workspace_id' and t.table_type = 'BASE TABLE'`;
      await sql.begin(async (tx) => {
        await tx`set local session_replication_role = replica`;
        for (const { table_name } of tenantTables) await tx`delete from ${tx(table_name)} where workspace_id = any(${oldIds}::uuid[])`;
      });
      await sql`delete from workspaces where id = any(${oldIds}::uuid[])`;
    }
  }
  await sql`delete from users where lower(email) ~ '^bench(-[0-9]+)?@clientbook\\.test$'`;
  lap(`dropped ${oldIds.length} old bench workspace(s)`);

  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const owner = (n: number | null) => ({
    name: n === null ? "Bench" : `Bench ${n}`,
    email: n === null ? "bench@clientbook.test" : `bench-${String(n).padStart(2, "0")}@clientbook.test`,
    passwordHash,
    locale: "ru" as const,
  });
  const { user: benchUser, workspace: bench } = await createUserWithWorkspace({
    ...owner(null),
    workspace: { name: "Bench", slug: "bench", country: "KZ", currency: "KZT", timeZone: "Asia/Almaty", defaultLocale: "ru" },
  });
  const benchOrders = generateWorkspace(bench.id, N, { kz: 45, ru: 30, ua: 15, pl: 10 }, 0.1, new WorkspaceOrders(bench.id, benchUser.id, NOW, ORDERS_PER_CLIENT, "KZT"));
  lap(`generated ${N} clients and ${benchOrders} orders for workspace "bench"`);

  const smallSetups = [
    { country: "KZ", currency: "KZT", timeZone: "Asia/Almaty", defaultLocale: "kk", mix: { kz: 70, ru: 25, ua: 3, pl: 2 } },
    { country: "RU", currency: "RUB", timeZone: "Europe/Moscow", defaultLocale: "ru", mix: { kz: 5, ru: 85, ua: 8, pl: 2 } },
    { country: "UA", currency: "UAH", timeZone: "Europe/Kyiv", defaultLocale: "uk", mix: { kz: 1, ru: 10, ua: 85, pl: 4 } },
    { country: "PL", currency: "PLN", timeZone: "Europe/Warsaw", defaultLocale: "pl", mix: { kz: 1, ru: 4, ua: 20, pl: 75 } },
  ] as const;
  let smallTotal = 0;
  let smallOrders = 0;
  for (let i = 1; i <= SMALL; i++) {
    const setup = smallSetups[(i - 1) % smallSetups.length];
    const { user, workspace } = await createUserWithWorkspace({
      ...owner(i),
      workspace: {
        name: `Bench ${i}`, slug: `bench-${String(i).padStart(2, "0")}`, country: setup.country, currency: setup.currency,
        timeZone: setup.timeZone, defaultLocale: setup.defaultLocale,
      },
    });
    const count = Math.round(SMALL_CLIENTS * (0.75 + rnd() * 0.5));
    smallOrders += generateWorkspace(workspace.id, count, setup.mix, 0.1, new WorkspaceOrders(workspace.id, user.id, NOW, ORDERS_PER_CLIENT, setup.currency));
    smallTotal += count;
  }
  const tables: CopyData[] = [...Object.values(table), ...Object.values(orderTables)];
  tables.forEach((t) => t.flush());
  lap(`generated ${smallTotal} clients and ${smallOrders} orders in ${SMALL} small workspaces`);

  // Two connections load in parallel; foreign keys are not re-checked row by row (the rows
  // were made consistent above) when the role may switch that off.
  const [{ superuser }] = await sql<{ superuser: boolean }[]>`select rolsuper as superuser from pg_roles where rolname = current_user`;
  // Parents before children, for when foreign keys are checked.
  const queue = [
    table.companies, table.tags, table.clients, orderTables.products, orderTables.orders, table.terms, orderTables.items,
    table.phones, orderTables.payments, table.emails, table.clientTags, table.dictionary,
  ];
  // Each table in one transaction: its plain indexes (not those of keys) are dropped, the
  // rows copied, and the indexes built again in one sorted pass, which is several times
  // faster than inserting 1.5 million entries one by one. A failure rolls all of it back.
  async function loader() {
    const conn = await sql.reserve();
    try {
      if (superuser) await conn`set session_replication_role = replica`;
      await conn`set maintenance_work_mem = '256MB'`;
      for (let t = queue.shift(); t; t = queue.shift()) {
        const t0 = performance.now();
        await conn`begin`;
        try {
          const indexes = await conn<{ name: string; definition: string }[]>`
            select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
            from pg_index i where i.indrelid = ${t.table}::regclass
              and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`;
          for (const index of indexes) await conn.unsafe(`drop index ${index.name}`);
          const stream = await conn.unsafe(`copy ${t.table} (${t.columns.join(", ")}) from stdin`).writable();
          for (const chunk of t.chunks) if (!stream.write(chunk)) await once(stream, "drain");
          stream.end();
          await finished(stream);
          for (const index of indexes) await conn.unsafe(index.definition);
          await conn`commit`;
        } catch (error) {
          await conn`rollback`;
          throw error;
        }
        t.chunks = [];
        lap(`copied ${t.rows} rows into ${t.table} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      }
    } finally {
      conn.release();
    }
  }
  // Without the replica role, parents must be in before children: load one table at a time.
  await Promise.all(superuser ? [loader(), loader()] : [loader()]);

  lap(`made ${await seedBenchReminders(sql)} reminders in the bench workspace (2+2+2 calls, birthdays, manual)`);

  for (const t of ["workspaces", "users", "memberships", ...new Set(tables.map((t) => t.table))]) {
    await sql.unsafe(`vacuum (analyze) ${t}`);
  }
  lap("vacuum analyze done");

  // Three saved views of the bench owner, which bench/ssr.ts renders under load.
  const benchOwner = { workspaceId: bench.id, userId: benchUser.id, tableKey: "clients" };
  const [vipTag] = await sql<{ id: string }[]>`select id from tags where workspace_id = ${bench.id} order by name limit 1`;
  for (const view of benchViews(vipTag.id)) await saveView(benchOwner, { ...view, isDefault: false, shared: false });
  lap("saved 3 views");
  console.log(`bench:seed: ${N + smallTotal} clients and ${benchOrders + smallOrders} orders in ${SMALL + 1} workspaces in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await sql.end();
  await closeDb();
}
