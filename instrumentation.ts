/** Applies the committed migrations when the server starts (not during `next build`). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { migrate } = await import("./db/client");
  await migrate();
}
