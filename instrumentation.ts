/**
 * Applies the committed migrations when the server starts (not during `next build`); without
 * Inngest, also starts the in-process reminder sweep and morning digests (SPEC §7).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { migrate } = await import("./db/client");
  await migrate();
  const { startInProcessWorkflows } = await import("./lib/reminder-notice");
  startInProcessWorkflows();
}
