import { beforeAll, describe, expect, it, vi } from "vitest";
import { countUnread, createNotifications } from "@/db/queries/notifications";
import { createUserWithWorkspace } from "@/db/queries/users";
import { findMembership, type Membership } from "@/db/queries/workspaces";
import { withTestDb } from "@/db/test-db";
import type { Locale } from "@/lib/locales";

const context = vi.hoisted(() => ({ locale: "ru" as Locale, member: null as Membership | null }));
vi.mock("@/lib/request-context", () => ({
  currentLocale: async () => context.locale,
  currentMember: async () => context.member,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { markAllNotificationsReadAction, markNotificationReadAction } = await import("./actions");

withTestDb();

let a: Membership;
let b: Membership;

function form(fields: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
}

beforeAll(async () => {
  const w = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const };
  const ua = await createUserWithWorkspace({ name: "A", email: "a@notif.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "A", slug: "notif-a" } });
  const ub = await createUserWithWorkspace({ name: "B", email: "b@notif.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "B", slug: "notif-b" } });
  a = (await findMembership(ua.user.id))!;
  b = (await findMembership(ub.user.id))!;
});

describe("notification actions", () => {
  it("mark the signed-in member's own notifications read, never another's", async () => {
    const [mine] = await createNotifications(a.workspace.id, [
      { userId: a.user.id, kind: "site_order", data: { orderNumber: 3 } },
      { userId: a.user.id, kind: "site_registration", data: { clientName: "Омарова Дана" } },
    ]);
    const [theirs] = await createNotifications(b.workspace.id, [{ userId: b.user.id, kind: "site_order", data: { orderNumber: 1 } }]);

    context.member = a;
    expect(await markNotificationReadAction(null, form({ id: theirs.id }))).toEqual({ ok: true, data: undefined });
    expect(await countUnread(b.workspace.id, b.user.id)).toBe(1);
    expect(await markNotificationReadAction(null, form({ id: mine.id }))).toMatchObject({ ok: true });
    expect(await countUnread(a.workspace.id, a.user.id)).toBe(1);
    expect(await markNotificationReadAction(null, form({ id: "not-a-uuid" }))).toMatchObject({ ok: false });
    expect(await markAllNotificationsReadAction(null, form({}))).toEqual({ ok: true, data: "Все уведомления отмечены прочитанными" });
    expect(await countUnread(a.workspace.id, a.user.id)).toBe(0);
    expect(await countUnread(b.workspace.id, b.user.id)).toBe(1);

    context.member = null;
    expect(await markAllNotificationsReadAction(null, form({}))).toMatchObject({ ok: false, formError: expect.any(String) });
  });
});
