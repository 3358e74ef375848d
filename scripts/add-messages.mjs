#!/usr/bin/env node
// Merges translations into the four catalogues at once, so every key lands in every language:
//   node scripts/add-messages.mjs fragment.json
// where fragment.json is { "ru": { "clients": { … } }, "kk": { … }, "uk": { … }, "pl": { … } }.
// Existing keys are overwritten, others kept. A lock folder serialises concurrent runs.
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";

const locales = ["ru", "kk", "uk", "pl"];
const fragment = JSON.parse(readFileSync(process.argv[2], "utf8"));
for (const l of locales) if (!fragment[l]) throw new Error(`fragment lacks "${l}"`);

const merge = (into, from) => {
  for (const [k, v] of Object.entries(from)) {
    into[k] = v && typeof v === "object" && !Array.isArray(v) ? merge(into[k] && typeof into[k] === "object" ? into[k] : {}, v) : v;
  }
  return into;
};

const lock = "messages/.lock";
for (let i = 0; ; i++) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    if (i > 200) throw new Error("messages/.lock is held; remove it if no other run is going");
    await new Promise((r) => setTimeout(r, 50));
  }
}
try {
  for (const l of locales) {
    const file = `messages/${l}.json`;
    const merged = merge(JSON.parse(readFileSync(file, "utf8")), fragment[l]);
    writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  }
} finally {
  rmdirSync(lock);
}
console.log(`merged into ${locales.map((l) => `messages/${l}.json`).join(", ")}`);
