import { optOutClientEmail } from "@/db/queries/email-opt-out";
import { verifyUnsubscribeToken } from "@/lib/unsubscribe";

// One-click unsubscribe (RFC 8058): the address in a mail's List-Unsubscribe header. The
// mail provider POSTs `List-Unsubscribe=One-Click` here; no session, the signed token is the key.

export const dynamic = "force-dynamic";

const plain = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Robots-Tag": "noindex" } });

export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const target = verifyUnsubscribeToken(decodeURIComponent((await params).token));
  const result = target && (await optOutClientEmail(target.workspaceId, target.clientId, "site"));
  if (!result) return plain("Invalid or expired link", 400);
  return plain("Unsubscribed", 200);
}

/** A person (or a client that GETs the header's address) gets the page with the button. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return Response.redirect(new URL(`/unsubscribe/${token}`, request.url), 303);
}
