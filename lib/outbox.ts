/**
 * The local outbox shows every kept e-mail, password resets included, to anyone who opens
 * it: so only outside production, or when SHOW_OUTBOX=1 (the e2e run of a production build).
 */
export function outboxVisible(): boolean {
  return process.env.NODE_ENV !== "production" || process.env.SHOW_OUTBOX === "1";
}
