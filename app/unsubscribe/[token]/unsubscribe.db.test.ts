import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { createClient } from "@/db/queries/clients";
import { listActivities } from "@/db/queries/notes";
import { createOrder } from "@/db/queries/orders";
import { createUserWithWorkspace } from "@/db/queries/users";
import { clients, emailLog } from "@/db/schema";
import { withTestDb } from "@/db/test-db";
import type { ActionState } from "@/lib/action";
import { clientInputSchema } from "@/lib/client-input";
import { createUnsubscribeToken, UNSUBSCRIBE_TTL_MS } from "@/lib/unsubscribe";

// The client's own opt-out [000][004]: the page's button (a public action), the one-click
// POST a mail provider sends, and the link and headers in the mail that carry the token.

vi.hoisted(() => {
  process.env.AUTH_SECRET = "unsubscribe-test-secret";
});
vi.mock("@/lib/request-context", () => ({
  currentLocale: async () => "ru",
  currentMember: async () => null,
  appOrigin: async () => "https://clientbook.test",
}));
const resendSend = vi.hoisted(() => vi.fn());
vi.mock("resend", () => ({
  Resend: class {
    emails = { send: resendSend };
  },
}));

const { unsubscribeAction } = await import("./actions");
const route = await import("@/app/api/unsubscribe/[token]/route");
const { sendOrderConfirmation } = await import("@/lib/order-email");

withTestDb();

let ws = "";
let other = "";

async function newClient(workspaceId: string, email: string) {
  const input = clientInputSchema("KZ", []).parse({ lastName: "Омарова", firstName: "Дана", locale: "ru", emails: [{ address: email }] });
  return (await createClient(workspaceId, null, input)).id;
}
const row = async (id: string) => (await db().select().from(clients).where(eq(clients.id, id)))[0];
const unsubscribedFeed = async (workspaceId: string, id: string) => (await listActivities(workspaceId, id)).filter((a) => a.kind === "unsubscribed");

function click(token: string) {
  const fd = new FormData();
  fd.append("token", token);
  return unsubscribeAction(null, fd);
}
function oneClick(token: string) {
  const request = new Request(`https://clientbook.test/api/unsubscribe/${token}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: "List-Unsubscribe=One-Click",
  });
  return route.POST(request, { params: Promise.resolve({ token }) });
}
const failed = <T,>(r: ActionState<T>) => (r && !r.ok ? r : expect.unreachable(`expected a failure, got ${JSON.stringify(r)}`));

beforeAll(async () => {
  const w = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const };
  ws = (await createUserWithWorkspace({ name: "Айгерим", email: "owner@a.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "A", slug: "unsub-a" } })).workspace.id;
  other = (await createUserWithWorkspace({ name: "Ольга", email: "owner@b.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "B", slug: "unsub-b" } })).workspace.id;
});
afterEach(() => {
  vi.unstubAllEnvs();
  resendSend.mockReset();
});

describe("unsubscribeAction (the page's button)", () => {
  it("opts the client out with the date and source site, notes it in her feed, and is idempotent", async () => {
    const id = await newClient(ws, "dana@example.kz");
    const before = await row(id);
    const started = Date.now();
    expect(await click(createUnsubscribeToken(ws, id))).toEqual({ ok: true, data: undefined });
    const after = await row(id);
    expect(after.emailOptOutSource).toBe("site");
    expect(after.emailOptOutAt!.getTime()).toBeGreaterThanOrEqual(started - 1000);
    expect(after.version).toBe(before.version + 1); // a card open in the app cannot save over it
    expect(await unsubscribedFeed(ws, id)).toMatchObject([{ data: { source: "site" } }]);

    expect(await click(createUnsubscribeToken(ws, id))).toMatchObject({ ok: true });
    const again = await row(id);
    expect(again.emailOptOutAt).toEqual(after.emailOptOutAt);
    expect(again.version).toBe(after.version);
    expect(await unsubscribedFeed(ws, id)).toHaveLength(1);
  });

  it("refuses a tampered or expired token with a translated error, changing nothing", async () => {
    const id = await newClient(ws, "tamper@example.kz");
    const token = createUnsubscribeToken(ws, id);
    const expired = createUnsubscribeToken(ws, id, { now: new Date(Date.now() - UNSUBSCRIBE_TTL_MS - 60_000) });
    for (const bad of [`${token.slice(0, -2)}xx`, expired, "garbage"]) {
      expect(failed(await click(bad)).formError).toBe("Ссылка для отписки неверна или устарела.");
    }
    expect((await row(id)).emailOptOutAt).toBeNull();
    expect(await unsubscribedFeed(ws, id)).toHaveLength(0);
  });

  it("does not reach another workspace's client through a token signed for this workspace", async () => {
    const theirs = await newClient(other, "theirs@example.kz");
    expect(failed(await click(createUnsubscribeToken(ws, theirs))).formError).toBeTruthy();
    // A forged token (any secret but the app's) for their own workspace fails too.
    expect(failed(await click(createUnsubscribeToken(other, theirs, { secret: "guessed" }))).formError).toBeTruthy();
    expect((await row(theirs)).emailOptOutAt).toBeNull();
  });
});

describe("one-click POST /api/unsubscribe/<token> (RFC 8058)", () => {
  it("answers 200 and opts the client out, again 200 without a second entry; 400 for a bad token", async () => {
    const id = await newClient(ws, "oneclick@example.kz");
    const token = createUnsubscribeToken(ws, id);
    expect((await oneClick(token)).status).toBe(200);
    expect((await oneClick(token)).status).toBe(200);
    expect(await row(id)).toMatchObject({ emailOptOutSource: "site" });
    expect(await unsubscribedFeed(ws, id)).toHaveLength(1);

    const fresh = await newClient(ws, "fresh@example.kz");
    expect((await oneClick(createUnsubscribeToken(ws, fresh, { secret: "wrong" }))).status).toBe(400);
    expect((await row(fresh)).emailOptOutAt).toBeNull();
  });

  it("sends a GET to the page with the button instead of unsubscribing", async () => {
    const id = await newClient(ws, "get@example.kz");
    const token = createUnsubscribeToken(ws, id);
    const response = await route.GET(new Request(`https://clientbook.test/api/unsubscribe/${token}`), { params: Promise.resolve({ token }) });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`https://clientbook.test/unsubscribe/${token}`);
    expect((await row(id)).emailOptOutAt).toBeNull();
  });
});

describe("the order confirmation carries the unsubscribe link", () => {
  async function order(email: string) {
    const clientId = await newClient(ws, email);
    const o = await createOrder(ws, null, { clientId, items: [{ productId: null, name: "Крем", sku: null, quantity: 1, unitPrice: 1_000_00 }], discountPercent: 0, note: null });
    return { clientId, orderId: o.id };
  }

  it("shows the page link in the outbox mail, and the link works", async () => {
    vi.stubEnv("RESEND_API_KEY", "");
    const { clientId, orderId } = await order("link@example.kz");
    await sendOrderConfirmation(ws, null, orderId, { origin: "https://clientbook.test" });
    const [mail] = await db().select().from(emailLog).where(eq(emailLog.orderId, orderId));
    const link = mail.html.match(/https:\/\/clientbook\.test\/unsubscribe\/([\w-]+\.[\w-]+)/);
    expect(link).not.toBeNull();
    expect(mail.text).toContain("Отписаться от писем");
    expect(await click(link![1])).toMatchObject({ ok: true });
    expect((await row(clientId)).emailOptOutSource).toBe("site");
  });

  it("passes List-Unsubscribe and List-Unsubscribe-Post to Resend", async () => {
    vi.stubEnv("RESEND_API_KEY", "re_test");
    resendSend.mockResolvedValue({ data: { id: "re_1" }, error: null });
    const { clientId, orderId } = await order("headers@example.kz");
    await expect(sendOrderConfirmation(ws, null, orderId, { origin: "https://clientbook.test" })).resolves.toMatchObject({ ok: true });
    const { headers } = resendSend.mock.calls[0][0] as { headers: Record<string, string> };
    expect(headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Reply-To": "owner@a.kz" });
    const token = headers["List-Unsubscribe"].match(/^<https:\/\/clientbook\.test\/api\/unsubscribe\/([\w-]+\.[\w-]+)>$/)![1];
    expect((await oneClick(token)).status).toBe(200);
    expect((await row(clientId)).emailOptOutSource).toBe("site");
  });
});
