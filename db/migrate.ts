import { closeDb, dbKind, migrate } from "./client";

await migrate();
console.log(`Migrations applied (${dbKind()}).`);
await closeDb();
