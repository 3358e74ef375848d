import { describe, expect, it } from "vitest";
import { createUserWithWorkspace } from "@/db/queries/users";
import { withTestDb } from "@/db/test-db";
import { BADGE_CAP, countNavBadges } from "./nav-badges";
import { createNotifications, countUnread } from "./notifications";
import { countNewOrders } from "./orders";
import { countDueReminders, createReminder } from "./reminders";

withTestDb();

describe("the navigation's badges", () => {
  it("count in one query what the three counts count one by one, for this member only", async () => {
    const w = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const };
    const a = await createUserWithWorkspace({ name: "A", email: "a@badges.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "A", slug: "badges-a" } });
    const ws = a.workspace.id;
    const reminder = { description: null, allDay: false, clientId: null, tagId: null, orderId: null, contactId: null, category: null, recurrence: "none" as const };
    await createReminder(ws, a.user.id, { ...reminder, title: "Позвонить", dueAt: new Date(Date.now() - 3600_000), assigneeId: a.user.id });
    await createReminder(ws, a.user.id, { ...reminder, title: "Завтра", dueAt: new Date(Date.now() + 3 * 86400_000), assigneeId: a.user.id });
    await createNotifications(ws, [{ userId: a.user.id, kind: "profile_changed", data: { clientName: "X" } }]);
    const until = new Date(Date.now() + 86400_000);
    const badges = await countNavBadges(ws, a.user.id, until);
    expect(badges).toEqual({ orders: await countNewOrders(ws), reminders: await countDueReminders(ws, a.user.id, until), unread: await countUnread(ws, a.user.id) });
    expect(badges.reminders).toBeGreaterThanOrEqual(1);
    expect(badges.unread).toBeGreaterThanOrEqual(1);
  });

  it("stop at the cap that the badge shows as 99+", async () => {
    const w = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const };
    const a = await createUserWithWorkspace({ name: "B", email: "b@badges.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "B", slug: "badges-b" } });
    const ws = a.workspace.id;
    await createNotifications(ws, Array.from({ length: BADGE_CAP + 5 }, () => ({ userId: a.user.id, kind: "profile_changed" as const, data: { clientName: "X" } })));
    expect(await countUnread(ws, a.user.id)).toBe(BADGE_CAP + 5);
    expect((await countNavBadges(ws, a.user.id, new Date())).unread).toBe(BADGE_CAP);
  });
});
