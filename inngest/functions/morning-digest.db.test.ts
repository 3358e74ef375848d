import { InngestTestEngine } from "@inngest/test";
import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { createClient } from "@/db/queries/clients";
import { createOrder } from "@/db/queries/orders";
import { createReminder, setRemindersDone, type ReminderInput } from "@/db/queries/reminders";
import { createUserWithWorkspace } from "@/db/queries/users";
import { digestRuns, emailLog, memberships, users, workspaces } from "@/db/schema";
import { withTestDb } from "@/db/test-db";
import { clientInputSchema } from "@/lib/client-input";
import { morningDigest } from "./morning-digest";

vi.mock("resend", () => ({ Resend: class {} }));

withTestDb();

// Thursday 4 March 2027, 08:30 in Warsaw (UTC+1): the week runs Monday 1 to Sunday 7 March.
const NOW = new Date("2027-03-04T07:30:00Z");
const at = (iso: string) => new Date(iso);

let ws = "";
let owner = "";
let staff = "";

const digest = () => new InngestTestEngine({ function: morningDigest }).execute();
const digestTo = (to: string) => db().select().from(emailLog).where(and(eq(emailLog.to, to), eq(emailLog.template, "reminder-digest")));
const input = (title: string, dueAt: Date, assigneeId: string | null, allDay = false): ReminderInput => ({
  title, description: null, dueAt, allDay, clientId: null, tagId: null, orderId: null, contactId: null, category: null, assigneeId, recurrence: "none",
});
const client = async (workspaceId: string, lastName: string, firstName: string, fields: Record<string, string | number | null>) =>
  createClient(workspaceId, null, clientInputSchema("PL", []).parse({ lastName, firstName, ...fields }));

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
  const a = await createUserWithWorkspace({
    name: "Анна", email: "anna@digest.pl", passwordHash: "h", locale: "ru",
    workspace: { country: "PL", currency: "PLN", timeZone: "Europe/Warsaw", defaultLocale: "ru", name: "Salon Anna", slug: "digest-a" },
  });
  ws = a.workspace.id;
  owner = a.user.id;
  const [ola] = await db().insert(users).values({ name: "Ola", email: "ola@digest.pl", passwordHash: "h", locale: "pl" }).returning();
  await db().insert(memberships).values({ workspaceId: ws, userId: ola.id, role: "staff" });
  staff = ola.id;

  await createReminder(ws, owner, input("Позвонить Дане", at("2027-03-04T09:00:00Z"), owner));
  await createReminder(ws, owner, input("Просроченный звонок", at("2027-03-02T09:00:00Z"), null));
  await createReminder(ws, owner, input("Zadzwonić do Ewy", at("2027-03-04T11:00:00Z"), staff));
  await createReminder(ws, owner, input("Завтрашний звонок", at("2027-03-05T09:00:00Z"), owner));
  const done = await createReminder(ws, owner, input("Сделанный звонок", at("2027-03-04T08:00:00Z"), owner));
  await setRemindersDone(ws, owner, [done.id], true);

  const dana = await client(ws, "Омарова", "Дана", { birthDay: 4, birthMonth: 3 }); // today; makes today's birthday reminder too
  await client(ws, "Ким", "Алия", { nameDayDay: 6, nameDayMonth: 3 }); // Saturday
  await client(ws, "Прошедшая", "Ира", { birthDay: 2, birthMonth: 3 }); // Tuesday, gone
  await client(ws, "Следующая", "Ева", { birthDay: 8, birthMonth: 3 }); // next week
  await client(ws, "Nowak", "Ewa", { birthDay: 4, birthMonth: 3, responsibleId: staff }); // Ola's client
  const line = { productId: null, name: "Krem", sku: null, quantity: 1, unitPrice: 120_00 };
  await createOrder(ws, null, { clientId: dana.id, items: [line], discountPercent: 0, note: null }, "site");

  // Almaty is at 12:30 now, past its digest hour: nothing for it, though it has a due reminder.
  const b = await createUserWithWorkspace({
    name: "Айгерим", email: "aigerim@digest.kz", passwordHash: "h", locale: "kk",
    workspace: { country: "KZ", currency: "KZT", timeZone: "Asia/Almaty", defaultLocale: "kk", name: "Beauty B", slug: "digest-b" },
  });
  await createReminder(b.workspace.id, b.user.id, input("Не сейчас", at("2027-03-04T05:00:00Z"), b.user.id));
  // Its digest hour (7 UTC) is now, but it has nothing to tell: no mail, and no run recorded.
  const c = await createUserWithWorkspace({
    name: "Empty", email: "empty@digest.pl", passwordHash: "h", locale: "pl",
    workspace: { country: "PL", currency: "PLN", timeZone: "UTC", defaultLocale: "pl", name: "Empty", slug: "digest-c" },
  });
  await db().update(workspaces).set({ digestHour: 7 }).where(eq(workspaces.id, c.workspace.id));
});

afterAll(() => vi.useRealTimers());
beforeEach(() => vi.stubEnv("RESEND_API_KEY", ""));
afterEach(() => vi.unstubAllEnvs());

function expectText(text: string, present: string[], absent: string[]) {
  const lower = text.toLowerCase();
  for (const s of present) expect(lower, `has "${s}"`).toContain(s.toLowerCase());
  for (const s of absent) expect(lower, `lacks "${s}"`).not.toContain(s.toLowerCase());
}

describe("morning-digest", () => {
  it("sends each member of a workspace at its digest hour one digest in her language, and nobody else any", async () => {
    expect((await digest()).result).toEqual({ sent: 2 });

    const [ru, ...moreRu] = await digestTo("anna@digest.pl");
    expect(moreRu).toHaveLength(0);
    expect(ru).toMatchObject({ workspaceId: ws, locale: "ru", subject: "План на четверг, 4 марта" });
    expectText(
      ru.text,
      [
        "Доброе утро, Анна!",
        "Напоминания на сегодня и просроченные",
        "Позвонить Дане",
        "Просроченный звонок",
        "просрочено",
        "весь день — День рождения: Омарова Дана", // the generated reminder, titled in her language
        "Дни рождения и именины",
        "Омарова Дана — день рождения",
        "Позже на этой неделе",
        "Ким Алия — именины",
        "Новые заказы с сайта",
        "№ 1 — Омарова Дана",
        "/dashboard",
      ],
      ["Zadzwonić do Ewy", "Завтрашний звонок", "Сделанный звонок", "Прошедшая", "Следующая", "Nowak"],
    );

    const [pl] = await digestTo("ola@digest.pl");
    expect(pl).toMatchObject({ locale: "pl", subject: "Plan na czwartek, 4 marca" });
    expectText(
      pl.text,
      [
        "Dzień dobry, Ola!",
        "Przypomnienia na dziś i zaległe",
        "Zadzwonić do Ewy",
        "Просроченный звонок",
        "zaległe",
        "Urodziny: Nowak Ewa",
        "Urodziny i imieniny",
        "Nowak Ewa — urodziny",
        "Омарова Дана — urodziny",
        "Ким Алия — imieniny",
        "Nowe zamówienia ze strony",
        "nr 1 — Омарова Дана",
      ],
      ["Позвонить Дане", "Завтрашний звонок", "Прошедшая", "Следующая"],
    );

    expect(await digestTo("aigerim@digest.kz")).toHaveLength(0);
    expect(await digestTo("empty@digest.pl")).toHaveLength(0);
    expect((await db().select().from(digestRuns)).map((r) => [r.workspaceId, r.day])).toEqual([
      [ws, "2027-03-04"],
      [ws, "2027-03-04"],
    ]);
  });

  it("sends none twice on the same day, however often it runs in that hour", async () => {
    vi.setSystemTime(new Date("2027-03-04T07:59:00Z"));
    expect((await digest()).result).toEqual({ sent: 0 });
    expect(await digestTo("anna@digest.pl")).toHaveLength(1);
    expect(await digestTo("ola@digest.pl")).toHaveLength(1);
  });

  it("sends nothing outside the digest hour", async () => {
    vi.setSystemTime(new Date("2027-03-05T09:00:00Z")); // 10:00 in Warsaw the next day
    expect((await digest()).result).toEqual({ sent: 0 });
    expect(await digestTo("anna@digest.pl")).toHaveLength(1);
  });
});
