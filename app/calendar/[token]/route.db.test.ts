import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { calendarToken, createCalendarToken, revokeCalendarToken } from "@/db/queries/calendar";
import { createClient } from "@/db/queries/clients";
import { createReminder, setRemindersDone, type ReminderInput } from "@/db/queries/reminders";
import { createUserWithWorkspace } from "@/db/queries/users";
import { memberships, users } from "@/db/schema";
import { withTestDb } from "@/db/test-db";
import { clientInputSchema } from "@/lib/client-input";
import { GET } from "./route";

withTestDb();

const DAY = 86_400_000;
const soon = (days: number) => new Date(Date.now() + days * DAY);
let ws = "";
let owner = "";
let staff = "";
let clientId = "";
const ids: Record<string, string> = {};

const input = (title: string, extra: Partial<ReminderInput> = {}): ReminderInput => ({
  title, description: null, dueAt: soon(1), allDay: false, clientId: null, tagId: null, orderId: null, contactId: null,
  category: null, assigneeId: null, recurrence: "none", ...extra,
});

beforeAll(async () => {
  vi.stubEnv("APP_URL", "https://app.test");
  vi.spyOn(console, "info").mockImplementation(() => undefined); // "inngest not configured"
  const w = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const };
  const a = await createUserWithWorkspace({ name: "A", email: "a@feed.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "Студия Даны", slug: "feed-a" } });
  const b = await createUserWithWorkspace({ name: "B", email: "b@feed.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "B", slug: "feed-b" } });
  ws = a.workspace.id;
  owner = a.user.id;
  const [s] = await db().insert(users).values({ name: "S", email: "s@feed.kz", passwordHash: "h", locale: "kk" }).returning();
  staff = s.id;
  await db().insert(memberships).values({ workspaceId: ws, userId: staff, role: "staff" });

  const client = clientInputSchema("KZ", []).parse({ lastName: "Омарова", firstName: "Дана" });
  clientId = (await createClient(ws, owner, client)).id;
  const make = async (key: string, workspaceId: string, extra: Partial<ReminderInput> = {}) => {
    ids[key] = (await createReminder(workspaceId, owner, input(key, extra))).id;
  };
  await make("mine", ws, { assigneeId: owner, clientId, description: "Спросить, подошёл ли крем" });
  await make("unassigned", ws, { allDay: true, dueAt: soon(3) });
  await make("overdue", ws, { dueAt: soon(-10) });
  await make("tooOld", ws, { dueAt: soon(-40) });
  await make("done", ws, { assigneeId: owner });
  await make("staffs", ws, { assigneeId: staff });
  await make("otherWorkspace", b.workspace.id, { assigneeId: b.user.id });
  await setRemindersDone(ws, owner, [ids.done], true);
});

afterAll(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const get = (segment: string) => GET(new Request(`https://app.test/calendar/${segment}`), { params: Promise.resolve({ token: segment }) });

async function feed(token: string) {
  const res = await get(`${token}.ics`);
  expect(res.status).toBe(200);
  const events = new ICAL.Component(ICAL.parse(await res.text())).getAllSubcomponents("vevent");
  const summaries = events.map((e) => String(e.getFirstPropertyValue("summary")));
  return { res, events, summaries };
}

describe("GET /calendar/<token>.ics", () => {
  it("serves her open reminders and the unassigned ones of her workspace, as text/calendar", async () => {
    const token = (await createCalendarToken(ws, owner))!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await calendarToken(ws, owner)).toBe(token);
    const { res, events, summaries } = await feed(token);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("private, max-age=300");
    expect(summaries).toEqual(expect.arrayContaining(["mine", "unassigned", "overdue"]));
    for (const absent of ["tooOld", "done", "staffs", "otherWorkspace"]) expect(summaries).not.toContain(absent);

    const mine = events.find((e) => e.getFirstPropertyValue("summary") === "mine")!;
    expect(mine.getFirstPropertyValue("uid")).toBe(`${ids.mine}@clientbook`);
    expect(mine.getFirstPropertyValue("description")).toBe("Спросить, подошёл ли крем\nКлиент: Омарова Дана");
    expect(mine.getFirstPropertyValue("url")).toBe(`https://app.test/clients/${clientId}`);
    const unassigned = events.find((e) => e.getFirstPropertyValue("summary") === "unassigned")!;
    expect((unassigned.getFirstPropertyValue("dtstart") as ICAL.Time).isDate).toBe(true);
  });

  it("gives the staff member her own reminders and the unassigned ones, not the owner's", async () => {
    const { summaries } = await feed((await createCalendarToken(ws, staff))!);
    expect(summaries).toEqual(expect.arrayContaining(["staffs", "unassigned"]));
    expect(summaries).not.toContain("mine");
  });

  it("titles a generated birthday reminder in each reader's language, not with the stored title", async () => {
    const client = clientInputSchema("KZ", []).parse({ lastName: "Ким", firstName: "Алия", birthDay: "10", birthMonth: "3" });
    await createClient(ws, owner, client);
    const ru = (await feed((await calendarToken(ws, owner))!)).summaries;
    const kk = (await feed((await calendarToken(ws, staff))!)).summaries;
    expect(ru).not.toContain("birthday");
    expect(ru).toContain("День рождения: Ким Алия");
    expect(kk).toContain("Туған күні: Ким Алия");
  });

  it("answers 404 once the link is revoked or replaced", async () => {
    const old = (await calendarToken(ws, owner))!;
    const fresh = (await createCalendarToken(ws, owner))!;
    expect(fresh).not.toBe(old);
    expect((await get(`${old}.ics`)).status).toBe(404);
    expect((await get(`${fresh}.ics`)).status).toBe(200);
    await revokeCalendarToken(ws, owner);
    expect(await calendarToken(ws, owner)).toBeNull();
    const res = await get(`${fresh}.ics`);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
  });

  it("answers 404 for an unknown token and without the .ics suffix", async () => {
    const token = (await createCalendarToken(ws, owner))!;
    expect((await get(token)).status).toBe(404);
    expect((await get(`${token}.ical`)).status).toBe(404);
    expect((await get(`${"x".repeat(43)}.ics`)).status).toBe(404);
    expect((await get(".ics")).status).toBe(404);
  });
});
