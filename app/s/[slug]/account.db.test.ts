import { and, eq, sql } from "drizzle-orm";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db, execute } from "@/db/client";
import { createClient, getClientCard } from "@/db/queries/clients";
import { findCustomerClient, listClientProducts } from "@/db/queries/customers";
import { createProduct } from "@/db/queries/products";
import { updateSiteSettings } from "@/db/queries/site";
import { createUserWithWorkspace, findUserById } from "@/db/queries/users";
import { activities, emailLog, notifications, reminders, users } from "@/db/schema";
import { withTestDb } from "@/db/test-db";
import type { ActionState } from "@/lib/action";
import { clientInputSchema } from "@/lib/client-input";
import type { Locale } from "@/lib/locales";
import { hashPassword, verifyPassword } from "@/lib/password";

// Customers' accounts on the personal site, with the request stubbed: the page language, the
// IP, and who is signed in (`request.userId`, read the way the app reads a session).
const request = vi.hoisted(() => ({ locale: "ru" as Locale, ip: "192.0.2.1", userId: null as string | null, signIns: [] as unknown[] }));
vi.mock("@/lib/request-context", async () => {
  const { findUserById } = await import("@/db/queries/users");
  const { findCustomerClient } = await import("@/db/queries/customers");
  return {
    currentLocale: async () => request.locale,
    currentMember: async () => null,
    currentSiteVisitor: async (workspaceId: string) => {
      const user = request.userId ? await findUserById(request.userId) : null;
      return user ? { user, client: await findCustomerClient(workspaceId, user.id) } : null;
    },
    requestIp: async () => request.ip,
    appOrigin: async () => "https://clientbook.test",
  };
});
// Signing in is Auth.js's: here it only records what it was asked.
vi.mock("@/lib/auth", () => ({
  signIn: async (_provider: string, options: unknown) => void request.signIns.push(options),
  signOut: async () => undefined,
  auth: async () => null,
}));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined, set: () => undefined }) }));
vi.mock("resend", () => ({ Resend: class {} }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("./actions");

withTestDb();

let anna = { ws: "", owner: "" };
let olga = { ws: "", owner: "" };
let cream = "";
let theirs = "";
let danaId = "";

function form(fields: Record<string, string | string[]>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) fd.append(k, one);
  return fd;
}
const failed = <T,>(r: ActionState<T>) => (r && !r.ok ? r : expect.unreachable(`expected a failure, got ${JSON.stringify(r)}`));
const ok = <T,>(r: ActionState<T>) => (r && r.ok ? r.data : expect.unreachable(`expected success, got ${JSON.stringify(r)}`));
const register = (slug: string, fields: Record<string, string>) => actions.registerAction(null, form({ slug, ...fields }));

beforeAll(async () => {
  const w = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const };
  const a = await createUserWithWorkspace({ name: "Анна", email: "anna@owner.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "Anna Beauty", slug: "anna" } });
  const b = await createUserWithWorkspace({ name: "Ольга", email: "olga@owner.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "Olga Beauty", slug: "olga" } });
  anna = { ws: a.workspace.id, owner: a.user.id };
  olga = { ws: b.workspace.id, owner: b.user.id };
  const site = { siteEnabled: true, siteBio: null, sitePhotoUrl: null, sitePhone: null, siteWhatsapp: null, siteTelegram: null, siteEmail: null, siteCategories: null };
  await updateSiteSettings(anna.ws, site);
  await updateSiteSettings(olga.ws, site);
  const product = (name: string) => ({ sku: null, name, category: "Уход", price: 5_000_00, active: true, imageUrl: null, description: null });
  cream = (await createProduct(anna.ws, product("Крем")).then((p) => p.id));
  theirs = (await createProduct(olga.ws, product("Чужой крем")).then((p) => p.id));
  // Dana is already in Anna's book by her phone, typed the local way.
  const dana = clientInputSchema("KZ", []).parse({ lastName: "Омарова", firstName: "Дана", phones: [{ value: "8 701 123 45 67" }] });
  danaId = (await createClient(anna.ws, null, dana)).id;
});

beforeEach(() => {
  request.locale = "ru";
  request.ip = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
  request.userId = null;
  request.signIns = [];
  vi.stubEnv("RESEND_API_KEY", "");
});
afterEach(() => vi.unstubAllEnvs());

describe("registration", () => {
  it("creates the account and the client, records the date, tells the consultant and signs her in", async () => {
    ok(await register("anna", { name: "Мария Ким", email: "Maria@Mail.kz", password: "secret-123", phone: "" }));
    const [user] = await db().select().from(users).where(eq(users.email, "maria@mail.kz"));
    expect(await verifyPassword(user.passwordHash, "secret-123")).toBe(true);
    const client = await findCustomerClient(anna.ws, user.id);
    expect(client).toMatchObject({ firstName: "Мария", lastName: "Ким", primaryEmail: "maria@mail.kz" });
    expect(client!.registeredAt).toBeInstanceOf(Date);
    expect(request.signIns).toEqual([{ email: "maria@mail.kz", password: "secret-123", redirectTo: "/s/anna/profile?welcome=1" }]);

    const notices = await db().select().from(notifications).where(eq(notifications.clientId, client!.id));
    expect(notices.map((n) => [n.userId, n.kind])).toEqual([[anna.owner, "site_registration"]]);
    const [reminder] = await db().select().from(reminders).where(eq(reminders.clientId, client!.id));
    expect(reminder).toMatchObject({ kind: "site_registration", assigneeId: null });
    expect(reminder.notifiedAt).not.toBeNull();
    const feed = await db().select().from(activities).where(eq(activities.clientId, client!.id));
    expect(feed.map((a) => a.kind).sort()).toEqual(["created", "reminder_created", "site_registered"]);
  });

  it("links the client she already is, matched by phone in any local spelling", async () => {
    ok(await register("anna", { name: "Дана", email: "dana@mail.kz", password: "dana-pass-1", phone: "+7 (701) 123-45-67" }));
    const [user] = await db().select().from(users).where(eq(users.email, "dana@mail.kz"));
    expect((await findCustomerClient(anna.ws, user.id))?.id).toBe(danaId);
    const [{ count }] = await execute<{ count: number }>(sql`select count(*)::int as count from clients where workspace_id = ${anna.ws}`);
    expect(count).toBe(2); // Dana and Maria, nobody new
  });

  it("one person, two consultants: the same e-mail and password join Olga's book with the same account", async () => {
    ok(await register("olga", { name: "Мария", email: "maria@mail.kz", password: "secret-123", phone: "" }));
    const accounts = await db().select().from(users).where(sql`lower(${users.email}) = 'maria@mail.kz'`);
    expect(accounts).toHaveLength(1);
    const inOlga = await findCustomerClient(olga.ws, accounts[0].id);
    const inAnna = await findCustomerClient(anna.ws, accounts[0].id);
    expect(inOlga && inAnna && inOlga.id !== inAnna.id).toBe(true);
    expect(request.signIns).toHaveLength(1);
  });

  it("with a known e-mail and another password: the same answer as any, a letter to the owner, nothing changed", async () => {
    await createUserWithWorkspace({
      name: "Зарина",
      email: "zarina@mail.kz",
      passwordHash: await hashPassword("her-own-pass"),
      locale: "kk",
      workspace: { name: "Z", slug: "zarina-ws", country: "KZ", currency: "KZT", timeZone: "Asia/Almaty", defaultLocale: "kk" },
    });
    const before = await execute(sql`select count(*)::int as n from clients where workspace_id = ${anna.ws}`);
    const data = ok(await register("anna", { name: "Кто-то", email: "zarina@mail.kz", password: "guessing-1", phone: "" }));
    expect(data.message).toBe("Мы написали на zarina@mail.kz");
    expect(data.message).not.toMatch(/занят|уже/);
    expect(request.signIns).toHaveLength(0);
    expect(await execute(sql`select count(*)::int as n from clients where workspace_id = ${anna.ws}`)).toEqual(before);
    const [letter] = await db().select().from(emailLog).where(eq(emailLog.to, "zarina@mail.kz"));
    expect(letter).toMatchObject({ template: "site-account-exists", locale: "kk" });
    expect(letter.html).toContain("https://clientbook.test/s/anna/sign-in");
  });

  it("refuses bad input field by field, and a bot gets the same answer and changes nothing", async () => {
    const bad = failed(await register("anna", { name: "", email: "not-an-email", password: "short", phone: "12" }));
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["email", "name", "password", "phone"]);
    const bot = ok(await register("anna", { name: "Bot", email: "bot@spam.io", password: "whatever-1", phone: "", website: "http://spam" }));
    expect(bot.message).toBe("Мы написали на bot@spam.io");
    expect(await db().select().from(users).where(eq(users.email, "bot@spam.io"))).toHaveLength(0);
  });

  it("is refused on an unknown site", async () => {
    expect(failed(await register("nobody", { name: "A", email: "a@b.kz", password: "long-enough", phone: "" })).formError).toBeTruthy();
  });
});

describe("my profile", () => {
  it("changes her card; the feed shows each change as the customer's, and the consultant is notified", async () => {
    const user = (await db().select().from(users).where(eq(users.email, "dana@mail.kz")))[0];
    request.userId = user.id;
    const data = ok(
      await actions.updateProfileAction(
        null,
        form({ slug: "anna", firstName: "Дана", lastName: "Омарова-Ли", "phones.0": "8 702 555 11 22", "phones.1": "+7 701 123 45 67", "phones.2": "", line1: "Абая 10", city: "Алматы", postalCode: "050000", birthDay: "14", birthMonth: "3", birthYear: "", emails: "on" }),
      ),
    );
    expect(data.message).toBe("Сохранено. Консультант уже видит изменения.");
    const card = (await getClientCard(anna.ws, danaId))!;
    expect(card.client.lastName).toBe("Омарова-Ли");
    expect(card.phones.map((p) => [p.e164, p.isPrimary])).toEqual([["+77025551122", true], ["+77011234567", false]]);
    expect(card.addresses).toMatchObject([{ kind: "home", line1: "Абая 10", city: "Алматы", postalCode: "050000" }]);
    expect([card.client.birthDay, card.client.birthMonth]).toEqual([14, 3]);

    const [feed] = await db().select().from(activities).where(and(eq(activities.clientId, danaId), eq(activities.kind, "updated")));
    expect(feed.actorId).toBe(user.id);
    expect(feed.data).toMatchObject({ by: "customer", changes: { lastName: { from: "Омарова", to: "Омарова-Ли" } } });
    expect(Object.keys(feed.data.changes as object).sort()).toEqual(["addresses", "birthDay", "birthMonth", "birthYear", "lastName", "phones"]);
    const notices = await db().select().from(notifications).where(and(eq(notifications.clientId, danaId), eq(notifications.kind, "profile_changed")));
    expect(notices).toHaveLength(1);
  });

  it("opting out of e-mails records the date and the source 'site'", async () => {
    const user = (await db().select().from(users).where(eq(users.email, "dana@mail.kz")))[0];
    request.userId = user.id;
    ok(await actions.updateProfileAction(null, form({ slug: "anna", firstName: "Дана", lastName: "Омарова-Ли", "phones.0": "+77025551122", line1: "Абая 10", city: "Алматы", postalCode: "050000", birthDay: "14", birthMonth: "3" })));
    const card = (await getClientCard(anna.ws, danaId))!;
    expect(card.client.emailOptOutAt).toBeInstanceOf(Date);
    expect(card.client.emailOptOutSource).toBe("site");
  });

  it("refuses a bad phone or date, signed-out visitors and accounts that are not this site's customers", async () => {
    const user = (await db().select().from(users).where(eq(users.email, "dana@mail.kz")))[0];
    request.userId = user.id;
    const bad = failed(await actions.updateProfileAction(null, form({ slug: "anna", firstName: "", "phones.0": "12", birthDay: "31", birthMonth: "2" })));
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["birthDay", "firstName", "phones.0"]);
    // Dana is not Olga's customer: her session changes nothing there.
    expect(failed(await actions.updateProfileAction(null, form({ slug: "olga", firstName: "X" }))).formError).toBe("Сессия закончилась. Войдите снова.");
    request.userId = null;
    expect(failed(await actions.updateProfileAction(null, form({ slug: "anna", firstName: "X" }))).formError).toBe("Сессия закончилась. Войдите снова.");
    expect((await getClientCard(anna.ws, danaId))!.client.firstName).toBe("Дана");
  });

  it("a signed-in account joins another consultant's book with one tap", async () => {
    const user = (await findUserById((await db().select().from(users).where(eq(users.email, "dana@mail.kz")))[0].id))!;
    request.userId = user.id;
    ok(await actions.joinSiteAction(null, form({ slug: "olga" })));
    expect(await findCustomerClient(olga.ws, user.id)).toMatchObject({ firstName: "Дана", primaryEmail: "dana@mail.kz" });
    ok(await actions.joinSiteAction(null, form({ slug: "olga" }))); // twice is once
    const [{ count }] = await execute<{ count: number }>(sql`select count(*)::int as count from clients where customer_user_id = ${user.id}`);
    expect(count).toBe(2);
  });
});

describe("the wishlist", () => {
  it("hearts a product on and off; the card lists it and the feed says so; another site's product is refused", async () => {
    const user = (await db().select().from(users).where(eq(users.email, "dana@mail.kz")))[0];
    request.userId = user.id;
    ok(await actions.toggleWishAction(null, form({ slug: "anna", productId: cream, on: "true" })));
    ok(await actions.toggleWishAction(null, form({ slug: "anna", productId: cream, on: "true" })));
    expect((await listClientProducts(anna.ws, danaId)).map((p) => [p.kind, p.name])).toEqual([["wish", "Крем"]]);
    expect(failed(await actions.toggleWishAction(null, form({ slug: "anna", productId: theirs, on: "true" }))).formError).toBeTruthy();
    ok(await actions.toggleWishAction(null, form({ slug: "anna", productId: cream, on: "false" })));
    expect(await listClientProducts(anna.ws, danaId)).toEqual([]);
    const feed = await db().select().from(activities).where(and(eq(activities.clientId, danaId), sql`${activities.kind} in ('wish_added', 'wish_removed')`));
    expect(feed.map((a) => [a.kind, a.data.product]).sort()).toEqual([["wish_added", "Крем"], ["wish_removed", "Крем"]]);
  });

  it("needs a customer of this site", async () => {
    request.userId = null;
    expect(failed(await actions.toggleWishAction(null, form({ slug: "anna", productId: cream, on: "true" }))).formError).toBe("Сессия закончилась. Войдите снова.");
  });
});

describe("signing in on the site", () => {
  it("goes through the credentials provider to her profile; a bot's honeypot gets a wrong password's answer", async () => {
    ok(await actions.siteSignInAction(null, form({ slug: "anna", email: " Maria@Mail.kz ", password: "secret-123" })));
    expect(request.signIns).toEqual([{ email: "maria@mail.kz", password: "secret-123", redirectTo: "/s/anna/profile" }]);
    const bot = failed(await actions.siteSignInAction(null, form({ slug: "anna", email: "maria@mail.kz", password: "secret-123", website: "x" })));
    expect(bot.formError).toBe("Неверный e-mail или пароль");
    expect(request.signIns).toHaveLength(1);
  });
});
