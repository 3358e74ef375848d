import { describe, expect, it } from "vitest";
import { isUniqueViolation } from "../errors";
import { withTestDb } from "../test-db";
import { createPasswordResetToken, createUserWithWorkspace, findUserByEmail, resetPasswordWithToken } from "./users";
import { findMembership, isSlugTaken, updateWorkspaceSettings } from "./workspaces";

withTestDb();

const workspace = (slug: string) => ({ name: `W ${slug}`, slug, country: "PL", currency: "PLN" as const, timeZone: "Europe/Warsaw", defaultLocale: "pl" as const });

describe("users and workspaces", () => {
  it("signs a user up as the owner of her new workspace", async () => {
    const { user, workspace: ws } = await createUserWithWorkspace({ name: "Ala", email: "ala@example.pl", passwordHash: "h", locale: "pl", workspace: workspace("ala") });
    const membership = await findMembership(user.id);
    expect(membership).toMatchObject({ role: "owner", workspace: { id: ws.id, slug: "ala", followUpCadence: [{ amount: 2, unit: "day" }, { amount: 2, unit: "week" }, { amount: 2, unit: "month" }] } });
  });

  it("keeps e-mails unique whatever their case, and writes nothing on a clash", async () => {
    await createUserWithWorkspace({ name: "Ewa", email: "ewa@example.pl", passwordHash: "h", locale: "pl", workspace: workspace("ewa") });
    const clash = createUserWithWorkspace({ name: "Ewa 2", email: "EWA@example.pl", passwordHash: "h", locale: "pl", workspace: workspace("ewa-2") });
    await expect(clash).rejects.toSatisfy(isUniqueViolation);
    expect(await isSlugTaken("ewa-2")).toBe(false); // the transaction rolled back
    expect((await findUserByEmail("Ewa@Example.pl"))?.name).toBe("Ewa");
  });

  it("changes one workspace's settings and no other's", async () => {
    const a = await createUserWithWorkspace({ name: "A", email: "a@example.pl", passwordHash: "h", locale: "pl", workspace: workspace("ws-a") });
    const b = await createUserWithWorkspace({ name: "B", email: "b@example.pl", passwordHash: "h", locale: "pl", workspace: workspace("ws-b") });
    await updateWorkspaceSettings(a.workspace.id, {
      name: "Renamed", slug: "ws-a-new", country: "UA", currency: "UAH", timeZone: "Europe/Kyiv", defaultLocale: "uk",
      followUpCadence: [{ amount: 3, unit: "day" }, { amount: 1, unit: "week" }, { amount: 1, unit: "month" }],
    });
    expect((await findMembership(a.user.id))?.workspace).toMatchObject({ name: "Renamed", slug: "ws-a-new", currency: "UAH" });
    expect((await findMembership(b.user.id))?.workspace).toMatchObject({ name: "W ws-b", slug: "ws-b", currency: "PLN" });
    expect(await isSlugTaken("ws-b", a.workspace.id)).toBe(true);
    expect(await isSlugTaken("ws-a-new", a.workspace.id)).toBe(false);
  });

  it("uses a reset token once, and never after it expires", async () => {
    const { user } = await createUserWithWorkspace({ name: "R", email: "r@example.pl", passwordHash: "old", locale: "pl", workspace: workspace("ws-r") });
    await createPasswordResetToken(user.id, "fresh", new Date(Date.now() + 60_000));
    await createPasswordResetToken(user.id, "stale", new Date(Date.now() - 1_000));
    expect(await resetPasswordWithToken("stale", "new-1")).toBe(false);
    expect(await resetPasswordWithToken("fresh", "new-2")).toBe(true);
    expect(await resetPasswordWithToken("fresh", "new-3")).toBe(false);
    expect((await findUserByEmail("r@example.pl"))?.passwordHash).toBe("new-2");
  });
});
