/**
 * An absolute link into the app for mail sent outside a request (workflows, the sweep):
 * APP_URL, else AUTH_URL's origin, else this server on localhost. Requests use appOrigin()
 * in lib/request-context.ts instead, which can read the host.
 */
export function appUrl(path: string): string {
  const configured = process.env.APP_URL || (process.env.AUTH_URL ? new URL(process.env.AUTH_URL).origin : "");
  const origin = (configured || `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
  return `${origin}${path}`;
}
