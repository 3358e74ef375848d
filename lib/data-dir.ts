import path from "node:path";

/** DATA_DIR (default `.data`): PGlite, the generated secret and local uploads live here. */
export function dataDir(): string {
  // The comment keeps Next's file tracer from bundling whatever the folder holds.
  return path.resolve(/* turbopackIgnore: true */ process.env.DATA_DIR || ".data");
}
