import { closeDb, dbKind, migrate } from "./client";
import { seed } from "./seed";

// `npm run dev` runs this first: creates DATA_DIR, migrates and loads the demo data.
await migrate();
await seed();
console.log(`Database ready (${dbKind()}).`);
await closeDb();
