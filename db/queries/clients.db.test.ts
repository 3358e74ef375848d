import { beforeAll, describe, expect, it } from "vitest";
import { clientInputSchema, type ClientInput } from "@/lib/client-input";
import { parseClientListParams } from "@/lib/client-list-params";
import { withTestDb } from "../test-db";
import { listClients } from "./client-list";
import { ClientNumberTakenError, createClient, eraseClient, getClientCard, setClientsArchived, StaleVersionError, updateClient } from "./clients";
import { createUserWithWorkspace } from "./users";

withTestDb();

const schema = clientInputSchema("KZ", []);
const input = (fields: Record<string, unknown>): ClientInput => {
  const parsed = schema.safeParse(fields);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
};
const list = (ws: string, sp: Record<string, string> = {}, today?: Date) => listClients(ws, parseClientListParams(sp), { today, timeZone: "Asia/Almaty" });
const names = (r: { rows: { lastName: string }[] }) => r.rows.map((x) => x.lastName);

let ws = "";
let other = "";
let actor = "";

beforeAll(async () => {
  const ws0 = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const };
  const a = await createUserWithWorkspace({ name: "A", email: "a@clients.kz", passwordHash: "h", locale: "ru", workspace: { ...ws0, name: "A", slug: "clients-a" } });
  const b = await createUserWithWorkspace({ name: "B", email: "b@clients.kz", passwordHash: "h", locale: "ru", workspace: { ...ws0, name: "B", slug: "clients-b" } });
  ws = a.workspace.id;
  other = b.workspace.id;
  actor = a.user.id;
  await createClient(ws, actor, input({ lastName: "Жұмабаева", firstName: "Айгүль", phones: [{ value: "8 701 123 45 67" }, { value: "+48 601-234-567", label: "work" }], primaryPhone: "1", emails: [{ address: "Aigul@Mail.kz" }], birthDay: "25", birthMonth: "12", tags: ["VIP"] }));
  await createClient(ws, actor, input({ lastName: "Ivanova", firstName: "Anna", birthDay: "5", birthMonth: "1", birthYear: "1990", companyName: "Сұлу ЛТД" }));
  await createClient(ws, actor, input({ lastName: "Łukasiewicz", firstName: "Ewa", birthDay: "15", birthMonth: "6" }));
  await createClient(ws, actor, input({ lastName: "Абрамова", firstName: "Ольга" }));
  await createClient(other, null, input({ lastName: "Жұмабаева", firstName: "Чужая", phones: [{ value: "87011234567" }] }));
});

describe("clients", () => {
  it("numbers clients per workspace and keeps numbers unique", async () => {
    const { rows } = await list(ws, { sort: "number" });
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4]);
    expect((await list(other)).rows[0].number).toBe(1);
    await expect(createClient(ws, actor, input({ lastName: "X", firstName: "Y", number: "2" }))).rejects.toBeInstanceOf(ClientNumberTakenError);
  });

  it("stores phones in E.164 with exactly one primary, and e-mails lower-cased", async () => {
    const [first] = (await list(ws, { q: "Жұмабаева" })).rows;
    const card = await getClientCard(ws, first.id);
    expect(card?.phones.map((p) => [p.e164, p.isPrimary])).toEqual([["+77011234567", false], ["+48601234567", true]]);
    expect(card?.client.primaryPhone).toBe("+48601234567");
    expect(card?.emails[0].address).toBe("aigul@mail.kz");
    expect(card?.tags.map((t) => t.name)).toEqual(["VIP"]);
  });

  it("sorts names the way readers expect, Latin before Cyrillic", async () => {
    expect(names(await list(ws))).toEqual(["Ivanova", "Łukasiewicz", "Абрамова", "Жұмабаева"]);
    expect(names(await list(ws, { dir: "desc" }))).toEqual(["Жұмабаева", "Абрамова", "Łukasiewicz", "Ivanova"]);
    expect(names(await list(ws, { sort: "birthday" }))).toEqual(["Ivanova", "Łukasiewicz", "Жұмабаева", "Абрамова"]);
  });

  it("counts exactly up to the count limit and says 'more' beyond it", async () => {
    const params = parseClientListParams({ size: "10" });
    expect(await listClients(ws, params, { countLimit: 4 })).toMatchObject({ total: 4, more: false });
    const capped = await listClients(ws, params, { countLimit: 3 });
    expect(capped).toMatchObject({ total: 3, more: true });
    expect(capped.rows).toHaveLength(4); // the page itself is not cut
  });

  it("finds clients by any word, e-mail, company, phone digits in any format, across scripts and typos", async () => {
    for (const q of ["жумабаева", "Айгүль", "aigul@mail", "Сулу", "7011234567", "+7 701", "45 67", "8 701 12", "ivanova", "Иванова", "lukasiewicz", "Łukas", "Ивонова", "Абрамва", "3"]) {
      const found = names(await list(ws, { q }));
      expect(found.length, q).toBeGreaterThan(0);
    }
    expect(names(await list(ws, { q: "Ивонова" }))).toEqual(["Ivanova"]);
    expect(names(await list(ws, { q: "ewa łukasiewicz" }))).toEqual(["Łukasiewicz"]);
    expect(names(await list(ws, { q: "zzzzqqq" }))).toEqual([]);
  });

  it("filters birthdays across the new year, with or without a year", async () => {
    expect(names(await list(ws, { bday: "1220-0110" })).sort()).toEqual(["Ivanova", "Жұмабаева"]);
    expect(names(await list(ws, { bday: "0601-0630" }))).toEqual(["Łukasiewicz"]);
  });

  it("refuses a stale edit and records which fields an edit changed", async () => {
    const [anna] = (await list(ws, { q: "Ivanova" })).rows;
    const card = (await getClientCard(ws, anna.id))!;
    const base = { lastName: "Ivanova", firstName: "Anna", birthDay: "5", birthMonth: "1", birthYear: "1990", companyName: "Сұлу ЛТД" };
    const saved = await updateClient(ws, actor, anna.id, card.client.version, input({ ...base, middleName: "Petrovna" }));
    expect(saved?.version).toBe(card.client.version + 1);
    await expect(updateClient(ws, actor, anna.id, card.client.version, input({ ...base, firstName: "Stale" }))).rejects.toBeInstanceOf(StaleVersionError);
    expect((await getClientCard(ws, anna.id))?.client.firstName).toBe("Anna");
  });

  it("archives, finds in the archive, unarchives, and erases only from the archive", async () => {
    const [olga] = (await list(ws, { q: "Абрамова" })).rows;
    expect(await eraseClient(ws, actor, olga.id)).toBe(false);
    expect(await setClientsArchived(ws, actor, [olga.id], true)).toBe(1);
    expect(names(await list(ws))).not.toContain("Абрамова");
    expect(names(await list(ws, { archived: "1" }))).toEqual(["Абрамова"]);
    expect(await setClientsArchived(ws, actor, [olga.id], false)).toBe(1);
    expect(names(await list(ws))).toContain("Абрамова");
    await setClientsArchived(ws, actor, [olga.id], true);
    expect(await eraseClient(ws, actor, olga.id)).toBe(true);
    expect(await getClientCard(ws, olga.id)).toBeNull();
  });

  it("keeps workspaces apart: another workspace cannot read, change, archive, erase or search", async () => {
    const [mine] = (await list(ws, { q: "Жұмабаева" })).rows;
    expect(await getClientCard(other, mine.id)).toBeNull();
    expect(await updateClient(other, null, mine.id, 1, input({ lastName: "Hacked", firstName: "X" }))).toBeNull();
    expect(await setClientsArchived(other, null, [mine.id], true)).toBe(0);
    expect(await eraseClient(other, null, mine.id)).toBe(false);
    expect(names(await list(other, { q: "Айгүль" }))).toEqual([]);
    expect((await list(other, { q: "7011234567" })).rows.map((r) => r.firstName)).toEqual(["Чужая"]);
    expect((await getClientCard(ws, mine.id))?.client.lastName).toBe("Жұмабаева");
  });
});
