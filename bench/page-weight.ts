/**
 * JavaScript a page loads, gzip-compressed, as SPEC §6 budgets it:
 *   node --import tsx bench/page-weight.ts http://localhost:3000/sign-in [cookie]
 * Run it against `npm start` (a production build), not the dev server.
 */
import { gzipSync } from "node:zlib";

const [url, cookie] = process.argv.slice(2);
if (!url) {
  console.error("usage: bench/page-weight.ts <url> [cookie]");
  process.exit(2);
}
const headers: Record<string, string> = cookie ? { cookie } : {};
const html = await (await fetch(url, { headers })).text();
// noModule scripts are polyfills only legacy browsers download.
const scripts = [...html.matchAll(/<script([^>]+)>/g)]
  .filter((m) => !/\bnoModule\b/i.test(m[1]))
  .flatMap((m) => [...m[1].matchAll(/src="([^"]+)"/g)].map((src) => new URL(src[1], url).href));
let total = 0;
for (const src of new Set(scripts)) {
  const body = Buffer.from(await (await fetch(src)).arrayBuffer());
  const gz = gzipSync(body).length;
  total += gz;
  console.log(`${(gz / 1024).toFixed(1).padStart(7)} KB  ${new URL(src).pathname}`);
}
console.log(`${(total / 1024).toFixed(1).padStart(7)} KB  total JavaScript (gzip) for ${url}`);
