/**
 * `npm test`: the whole suite, in the order CI needs it. Each step prints its own output;
 * the first failure stops the run with a non-zero exit code.
 *   1. typecheck and lint
 *   2. unit and database tests on PGlite (in-process)
 *   3. database tests again on PostgreSQL (TEST_DATABASE_URL, each file on a new database)
 *   4. `next build`, then the Playwright e2e suite against the built app on a fresh DATA_DIR
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import postgres from "postgres";

const started = Date.now();
const timings: string[] = [];

function run(name: string, command: string, env: Record<string, string> = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${command}`);
  const result = spawnSync(command, { shell: true, stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  timings.push(`${name.padEnd(28)} ${seconds.padStart(6)} s`);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status}) after ${seconds} s`);
    process.exit(result.status || 1);
  }
}

async function postgresReachable(url: string) {
  const sql = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

const pgUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const noDb = { DATABASE_URL: "" };

run("typecheck", "npx tsc --noEmit");
run("lint", "npx eslint . --max-warnings 0");
run("unit + db tests (PGlite)", "npx vitest run", noDb);
if (await postgresReachable(pgUrl)) {
  run("db tests (PostgreSQL)", "npx vitest run .db.test", { DATABASE_URL: pgUrl });
} else if (process.env.CI) {
  console.error(`PostgreSQL is not reachable at ${pgUrl}; CI must run the database tests on it.`);
  process.exit(1);
} else {
  console.warn(`\n! PostgreSQL not reachable at ${pgUrl}: its run of the database tests is skipped.`);
}
run("next build", "npx next build", { ...noDb, NEXT_TELEMETRY_DISABLED: "1" });
const e2eData = `.data/e2e-${Date.now()}`;
try {
  run("e2e (Playwright)", "npx playwright test", { ...noDb, E2E_DATA_DIR: e2eData, E2E_PORT: process.env.E2E_PORT ?? "3100" });
} finally {
  rmSync(e2eData, { recursive: true, force: true });
}

console.log(`\n${timings.join("\n")}\n${"total".padEnd(28)} ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s`);
