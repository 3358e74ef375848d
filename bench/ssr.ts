/**
 * The /clients server render, as SPEC §6 budgets it: one request at a time, then 20 at once.
 *
 *   DATABASE_URL=postgres://…bench npm run build && DATABASE_URL=… npm start    # a built app
 *   BENCH_URL=http://localhost:3000 npm run bench                            # then this
 *
 * Signs in as the bench workspace's owner (bench@clientbook.test, made by bench:seed), then
 * prints JSON lines `clients.ssr.c1` and `clients.ssr.c20` (p50/p95 ms, requests/s) for the
 * page of 100 by name, and one `clients.ssr.c20` line per saved view of hers (bench:seed saves
 * three; read through DATABASE_URL when it is set). Without BENCH_URL it does nothing.
 */
import { viewHref } from "@/components/data-table/view-href";
const base = process.env.BENCH_URL;
if (!base) {
  console.error("bench/ssr.ts: set BENCH_URL to a running production build to time the /clients render.");
  process.exit(0);
}
const email = process.env.BENCH_EMAIL ?? "bench@clientbook.test";
const password = process.env.BENCH_PASSWORD ?? "bench-password";

function cookiesOf(res: Response, jar: Map<string, string>) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const i = pair.indexOf("=");
    jar.set(pair.slice(0, i), pair.slice(i + 1));
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

async function signIn(): Promise<string> {
  const jar = new Map<string, string>();
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  let cookie = cookiesOf(csrfRes, jar);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/clients` }),
  });
  cookie = cookiesOf(res, jar);
  if (!cookie.includes("session-token")) throw new Error(`could not sign in as ${email} (status ${res.status})`);
  return cookie;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const round = (n: number) => Math.round(n * 10) / 10;

async function timeOne(url: string, cookie: string) {
  const t0 = performance.now();
  // A redirect (to sign-in) would time the wrong page: it fails the run instead.
  const res = await fetch(url, { headers: { cookie, "accept-language": "ru" }, redirect: "manual" });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - t0;
}

/** `concurrency` loops requesting `url` for `seconds`, after a warm-up. */
async function load(name: string, url: string, cookie: string, concurrency: number, seconds: number, view?: string) {
  for (let i = 0; i < 10; i++) await timeOne(url, cookie);
  const times: number[] = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) times.push(await timeOne(url, cookie));
    }),
  );
  times.sort((a, b) => a - b);
  console.log(
    JSON.stringify({ name, ...(view ? { view } : {}), p50_ms: round(quantile(times, 0.5)), p95_ms: round(quantile(times, 0.95)), rps: round(times.length / seconds), n: times.length }),
  );
}

/** The bench owner's saved client views, if the database is at hand. */
async function savedViews() {
  if (!process.env.DATABASE_URL) return [];
  const { execute, closeDb } = await import("@/db/client");
  const { sql } = await import("drizzle-orm");
  const rows = await execute<{ id: string; name: string; query: string }>(sql`
    select v.id, v.name, v.query from table_views v join users u on u.id = v.user_id
    where lower(u.email) = ${email} and v.table_key = 'clients' and v.name <> '' order by v.name`);
  await closeDb();
  return rows;
}

const cookie = await signIn();
const page = `${base}/clients?size=100`;
await load("clients.ssr.c1", page, cookie, 1, 10);
await load("clients.ssr.c20", page, cookie, 20, 15);
for (const view of await savedViews()) await load("clients.ssr.c20", `${base}${viewHref("/clients", view)}`, cookie, 20, 15, view.name);
