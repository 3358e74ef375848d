import { beforeAll, describe, expect, it } from "vitest";
import { clientInputSchema } from "@/lib/client-input";
import { withTestDb } from "../test-db";
import { createClient, getClientCard, listCompanyNames, updateCompany } from "./clients";
import { createCustomField, deleteCustomField, listCustomFields, moveCustomField, updateCustomField } from "./custom-fields";
import { addNote, listActivities, listNotes, updateOwnNote } from "./notes";
import { deleteTag, listTags, setTagOnClients, updateTag } from "./tags";
import { createUserWithWorkspace } from "./users";

withTestDb();

// "Can another workspace read or change this?" — for every resource of the client book.
const ws = { country: "PL", currency: "PLN" as const, timeZone: "Europe/Warsaw", defaultLocale: "pl" as const };
let mine = { ws: "", user: "" };
let theirs = { ws: "", user: "" };
let clientId = "";

beforeAll(async () => {
  const a = await createUserWithWorkspace({ name: "A", email: "a@iso.pl", passwordHash: "h", locale: "pl", workspace: { ...ws, name: "A", slug: "iso-a" } });
  const b = await createUserWithWorkspace({ name: "B", email: "b@iso.pl", passwordHash: "h", locale: "pl", workspace: { ...ws, name: "B", slug: "iso-b" } });
  mine = { ws: a.workspace.id, user: a.user.id };
  theirs = { ws: b.workspace.id, user: b.user.id };
  const input = clientInputSchema("PL", []).parse({ lastName: "Nowak", firstName: "Ewa", tags: "VIP", companyName: "Salon Ewa" });
  clientId = (await createClient(mine.ws, mine.user, input)).id;
});

describe("workspace isolation", () => {
  it("keeps notes and the activity feed to their workspace", async () => {
    const note = await addNote(mine.ws, mine.user, clientId, "Prefers warm tones");
    expect(await addNote(theirs.ws, theirs.user, clientId, "injected")).toBeNull();
    expect(await listNotes(theirs.ws, clientId)).toEqual([]);
    expect(await listActivities(theirs.ws, clientId)).toEqual([]);
    expect(await updateOwnNote(theirs.ws, theirs.user, note!.id, "changed")).toBe(false);
    expect(await updateOwnNote(theirs.ws, theirs.user, note!.id, null)).toBe(false);
    // Not even a colleague may edit someone else's note.
    expect(await updateOwnNote(mine.ws, theirs.user, note!.id, "changed")).toBe(false);
    expect((await listNotes(mine.ws, clientId)).map((n) => n.body)).toEqual(["Prefers warm tones"]);
  });

  it("keeps tags and companies to their workspace", async () => {
    const [vip] = await listTags(mine.ws);
    expect(await listTags(theirs.ws)).toEqual([]);
    expect(await listCompanyNames(theirs.ws)).toEqual([]);
    expect(await setTagOnClients(theirs.ws, vip.id, [clientId], false)).toBe(0);
    expect(await updateTag(theirs.ws, vip.id, { name: "Hacked", color: "red" })).toBeNull();
    expect(await deleteTag(theirs.ws, vip.id)).toBe(false);
    expect((await getClientCard(mine.ws, clientId))?.tags.map((t) => t.name)).toEqual(["VIP"]);
    const company = (await getClientCard(mine.ws, clientId))!.company!;
    const details = { name: "Hacked", address: null, website: null, phone: null, email: null };
    expect(await updateCompany(theirs.ws, company.id, details)).toBeNull();
    expect(await updateCompany(mine.ws, company.id, { ...details, name: "Salon Ewa Nowak" })).not.toBeNull();
    expect(await listCompanyNames(mine.ws)).toEqual(["Salon Ewa Nowak"]);
  });

  it("keeps custom fields to their workspace", async () => {
    const field = await createCustomField(mine.ws, { key: "skin", label: "Skin type", type: "select", options: ["dry", "oily"] });
    await createCustomField(mine.ws, { key: "scent", label: "Scent", type: "text", options: [] });
    expect(await listCustomFields(theirs.ws)).toEqual([]);
    expect(await updateCustomField(theirs.ws, field.id, { label: "Hacked", options: [] })).toBeNull();
    expect(await moveCustomField(theirs.ws, field.id, 1)).toBe(false);
    expect(await deleteCustomField(theirs.ws, field.id)).toBe(false);
    expect((await listCustomFields(mine.ws)).map((f) => f.label)).toEqual(["Skin type", "Scent"]);
    expect(await moveCustomField(mine.ws, field.id, 1)).toBe(true);
    expect((await listCustomFields(mine.ws)).map((f) => f.label)).toEqual(["Scent", "Skin type"]);
  });

  it("validates custom field values by type", () => {
    const schema = clientInputSchema("PL", [
      { key: "visits", type: "number", options: [] },
      { key: "skin", type: "select", options: ["dry", "oily"] },
      { key: "since", type: "date", options: [] },
      { key: "vip", type: "checkbox", options: [] },
    ]);
    const ok = schema.safeParse({ lastName: "A", firstName: "B", custom: { visits: "3", skin: "dry", since: "2024-02-29", vip: "on" } });
    expect(ok.success && ok.data.custom).toEqual({ visits: 3, skin: "dry", since: "2024-02-29", vip: true });
    const bad = schema.safeParse({ lastName: "A", firstName: "B", custom: { visits: "many", skin: "normal", since: "2023-02-30" } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["custom.visits", "custom.skin", "custom.since"]));
  });
});

describe("custom date values", () => {
  it("rejects impossible dates without failing", () => {
    const schema = clientInputSchema("PL", [{ key: "since", type: "date", options: [] }]);
    for (const since of ["2023-13-45", "2023-02-29", "29.02.2024", "9999-99-99"]) {
      expect(schema.safeParse({ lastName: "A", firstName: "B", custom: { since } }).success, since).toBe(false);
    }
  });
});
