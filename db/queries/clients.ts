import { and, asc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { ClientInput } from "@/lib/client-input";
import { phoneSearchDigits } from "@/lib/phone";
import { db } from "../client";
import { activities, auditLog, clientAddresses, clientEmails, clientPhones, clients, clientTags, companies, orders, tags, users } from "../schema";
import { reindexClient } from "./search-index";
import { syncDateReminders } from "./reminders";
import { lockWorkspaceNumbers, type Tx } from "./tx";

export type Client = typeof clients.$inferSelect;

/** Thrown when a save carries a version that is no longer the stored one. */
export class StaleVersionError extends Error {
  constructor() {
    super("stale version");
  }
}
export class ClientNumberTakenError extends Error {
  constructor() {
    super("client number taken");
  }
}

const scalarFields = [
  "lastName", "firstName", "middleName", "birthDay", "birthMonth", "birthYear", "nameDayDay", "nameDayMonth",
  "source", "responsibleId", "description", "remarks", "idDocType", "idDocSeries", "idDocNumber", "loyaltyCard",
  "discountPercent", "locale",
] as const;

const consentColumns = {
  notifications: "consentNotificationsAt",
  dataProcessing: "consentDataProcessingAt",
  commercial: "consentCommercialAt",
  thirdParty: "consentThirdPartyAt",
} as const;


async function numberTaken(tx: Tx, workspaceId: string, number: number, exceptId?: string) {
  const [row] = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.workspaceId, workspaceId), eq(clients.number, number), exceptId ? sql`${clients.id} <> ${exceptId}` : undefined));
  return Boolean(row);
}

async function companyIdFor(tx: Tx, workspaceId: string, name: string | null) {
  if (!name) return null;
  const [existing] = await tx
    .select({ id: companies.id })
    .from(companies)
    .where(and(eq(companies.workspaceId, workspaceId), sql`lower(${companies.name}) = lower(${name})`))
    .limit(1);
  if (existing) return existing.id;
  const [created] = await tx.insert(companies).values({ workspaceId, name }).returning({ id: companies.id });
  return created.id;
}

/** Tags by name, created on the fly with a default colour when new. */
async function tagIdsFor(tx: Tx, workspaceId: string, names: string[]) {
  if (!names.length) return [];
  await tx.insert(tags).values(names.map((name) => ({ workspaceId, name }))).onConflictDoNothing();
  const rows = await tx
    .select({ id: tags.id })
    .from(tags)
    .where(and(eq(tags.workspaceId, workspaceId), inArray(sql`lower(${tags.name})`, names.map((n) => n.toLowerCase()))));
  return rows.map((r) => r.id);
}

/** Replaces the client's phones, e-mails, addresses and tags with the input's. */
async function writeChildren(tx: Tx, workspaceId: string, clientId: string, input: ClientInput) {
  for (const table of [clientPhones, clientEmails, clientAddresses, clientTags]) {
    await tx.delete(table).where(and(eq(table.workspaceId, workspaceId), eq(table.clientId, clientId)));
  }
  if (input.phones.length) {
    await tx.insert(clientPhones).values(
      input.phones.map((p, position) => ({ workspaceId, clientId, e164: p.e164, label: p.label, isPrimary: p.isPrimary, position, ...phoneDigits(p.e164) })),
    );
  }
  if (input.emails.length) {
    await tx.insert(clientEmails).values(input.emails.map((e, position) => ({ workspaceId, clientId, address: e.address, label: e.label, isPrimary: e.isPrimary, position })));
  }
  if (input.addresses.length) {
    await tx.insert(clientAddresses).values(input.addresses.map((a) => ({ workspaceId, clientId, ...a })));
  }
  const tagIds = await tagIdsFor(tx, workspaceId, input.tags);
  if (tagIds.length) await tx.insert(clientTags).values(tagIds.map((tagId) => ({ workspaceId, clientId, tagId })));
}

function phoneDigits(e164: string) {
  const { national, reversed } = phoneSearchDigits(e164);
  return { nationalDigits: national, reversedDigits: reversed };
}

/** `optOutSource` is who set a new e-mail opt-out: the consultant (manual) or the customer on her site. */
function columnsFrom(input: ClientInput, previous?: Client, optOutSource: "manual" | "site" = "manual") {
  const now = new Date();
  const consents = Object.fromEntries(
    Object.entries(consentColumns).map(([kind, column]) => {
      const given = input.consents[kind as keyof typeof consentColumns];
      // Keep the date a consent was first given; clear it when withdrawn.
      return [column, given ? (previous?.[column] ?? now) : null];
    }),
  ) as Record<(typeof consentColumns)[keyof typeof consentColumns], Date | null>;
  return {
    ...Object.fromEntries(scalarFields.map((f) => [f, input[f]])),
    ...consents,
    customFields: input.custom,
    emailOptOutAt: input.emailOptOut ? (previous?.emailOptOutAt ?? now) : null,
    emailOptOutSource: input.emailOptOut ? (previous?.emailOptOutAt ? previous.emailOptOutSource : optOutSource) : null,
    primaryPhone: input.phones.find((p) => p.isPrimary)?.e164 ?? null,
    primaryEmail: input.emails.find((e) => e.isPrimary)?.address ?? null,
  } as Partial<Client>;
}

/** Whether a client has a birthday or name day to be reminded of. */
function hasDates(c: Pick<Client, "birthDay" | "birthMonth" | "nameDayDay" | "nameDayMonth">) {
  return Boolean((c.birthDay && c.birthMonth) || (c.nameDayDay && c.nameDayMonth));
}

export async function createClient(workspaceId: string, actorId: string | null, input: ClientInput) {
  return db().transaction(async (tx) => {
    await lockWorkspaceNumbers(tx, workspaceId, "client");
    let number = input.number;
    if (number !== null) {
      if (await numberTaken(tx, workspaceId, number)) throw new ClientNumberTakenError();
    } else {
      const [row] = await tx.select({ max: sql<number>`coalesce(max(${clients.number}), 0)` }).from(clients).where(eq(clients.workspaceId, workspaceId));
      number = Number(row.max) + 1;
    }
    const companyId = await companyIdFor(tx, workspaceId, input.companyName);
    const [client] = await tx
      .insert(clients)
      .values({ ...(columnsFrom(input) as typeof clients.$inferInsert), workspaceId, number, companyId, lastName: input.lastName, firstName: input.firstName })
      .returning();
    await writeChildren(tx, workspaceId, client.id, input);
    await tx.insert(activities).values({ workspaceId, clientId: client.id, actorId, kind: "created" });
    await reindexClient(tx, workspaceId, client.id);
    if (hasDates(client)) await syncDateReminders(tx, workspaceId, [client.id]);
    return client;
  });
}

/** What a snapshot of the card looks like, to tell which fields an edit changed. */
async function snapshot(tx: Tx, workspaceId: string, clientId: string) {
  const card = await readCard(tx, workspaceId, clientId);
  if (!card) return null;
  return {
    ...Object.fromEntries(scalarFields.map((f) => [f, card.client[f]])),
    number: card.client.number,
    company: card.company?.name ?? null,
    custom: card.client.customFields,
    consents: Object.fromEntries(Object.entries(consentColumns).map(([k, c]) => [k, Boolean(card.client[c])])),
    emailOptOut: Boolean(card.client.emailOptOutAt),
    phones: card.phones.map((p) => [p.e164, p.label, p.isPrimary]),
    emails: card.emails.map((e) => [e.address, e.label, e.isPrimary]),
    addresses: card.addresses.map((a) => [a.kind, a.line1, a.line2, a.city, a.region, a.postalCode, a.country]),
    tags: card.tags.map((t) => t.name.toLowerCase()).sort(),
  } as Record<string, unknown>;
}

/**
 * Saves an edit if `version` is still the stored one; otherwise throws StaleVersionError and
 * changes nothing. Records which fields changed in the activity feed.
 */
export async function updateClient(
  workspaceId: string,
  actorId: string | null,
  clientId: string,
  version: number,
  input: ClientInput,
  { by }: { by?: "customer" } = {},
) {
  return db().transaction(async (tx) => {
    const [previous] = await tx.select().from(clients).where(and(eq(clients.workspaceId, workspaceId), eq(clients.id, clientId))).for("update");
    if (!previous) return null;
    if (previous.version !== version) throw new StaleVersionError();
    const before = await snapshot(tx, workspaceId, clientId);
    if (input.number !== null && input.number !== previous.number) {
      await lockWorkspaceNumbers(tx, workspaceId, "client");
      if (await numberTaken(tx, workspaceId, input.number, clientId)) throw new ClientNumberTakenError();
    }
    const companyId = await companyIdFor(tx, workspaceId, input.companyName);
    const [client] = await tx
      .update(clients)
      .set({ ...columnsFrom(input, previous, by === "customer" ? "site" : "manual"), number: input.number ?? previous.number, companyId, version: previous.version + 1 })
      .where(and(eq(clients.workspaceId, workspaceId), eq(clients.id, clientId), eq(clients.version, version)))
      .returning();
    if (!client) throw new StaleVersionError();
    await writeChildren(tx, workspaceId, clientId, input);
    const after = await snapshot(tx, workspaceId, clientId);
    const fields = Object.keys(after ?? {}).filter((k) => JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k]));
    // The customer's own edits keep what each field was and became (the birthday's three parts
    // together), for her consultant to see.
    const birth = ["birthDay", "birthMonth", "birthYear"];
    const shown = fields.some((f) => birth.includes(f)) ? [...new Set([...fields, ...birth])] : fields;
    const data = by === "customer" ? { fields, by, changes: Object.fromEntries(shown.map((f) => [f, { from: before?.[f] ?? null, to: after?.[f] ?? null }])) } : { fields };
    if (fields.length) await tx.insert(activities).values({ workspaceId, clientId, actorId, kind: "updated", data });
    await reindexClient(tx, workspaceId, clientId);
    const dateFields = ["birthDay", "birthMonth", "nameDayDay", "nameDayMonth", "responsibleId"] as const;
    if (dateFields.some((f) => previous[f] !== client[f])) await syncDateReminders(tx, workspaceId, [clientId]);
    return { ...client, changedFields: fields };
  });
}

/** What a customer may change of her own card on the personal site ("My profile"). */
export type CustomerProfile = Pick<ClientInput, "firstName" | "lastName" | "birthDay" | "birthMonth" | "birthYear" | "emailOptOut"> & {
  /** E.164 numbers, the first one primary. */
  phones: string[];
  home: { line1: string | null; city: string | null; postalCode: string | null };
};

/**
 * A customer's edit of her own card: everything she cannot see stays as it is; the feed
 * records each changed field as "changed by the customer". Null when the client is not hers.
 */
export async function updateCustomerProfile(workspaceId: string, userId: string, clientId: string, profile: CustomerProfile) {
  const card = await readCard(db(), workspaceId, clientId);
  if (!card || card.client.customerUserId !== userId) return null;
  const c = card.client;
  const home = card.addresses.find((a) => a.kind === "home");
  const homeInput = { line2: null, region: null, country: null, ...(home && { line2: home.line2, region: home.region, country: home.country }), ...profile.home };
  const input: ClientInput = {
    ...(Object.fromEntries(scalarFields.map((f) => [f, c[f]])) as Pick<ClientInput, (typeof scalarFields)[number]>),
    number: c.number,
    companyName: card.company?.name ?? null,
    custom: c.customFields,
    consents: Object.fromEntries(Object.entries(consentColumns).map(([k, column]) => [k, Boolean(c[column])])) as ClientInput["consents"],
    emails: card.emails.map((e) => ({ address: e.address, label: e.label, isPrimary: e.isPrimary })),
    tags: card.tags.map((t) => t.name),
    addresses: [
      ...card.addresses.filter((a) => a.kind !== "home").map(({ kind, line1, line2, city, region, postalCode, country }) => ({ kind, line1, line2, city, region, postalCode, country })),
      ...(homeInput.line1 || homeInput.city || homeInput.postalCode ? [{ kind: "home" as const, ...homeInput }] : []),
    ],
    phones: profile.phones.map((e164, i) => ({ e164, label: card.phones.find((p) => p.e164 === e164)?.label ?? "mobile", isPrimary: i === 0 })),
    firstName: profile.firstName,
    lastName: profile.lastName,
    birthDay: profile.birthDay,
    birthMonth: profile.birthMonth,
    birthYear: profile.birthYear,
    emailOptOut: profile.emailOptOut,
  };
  return updateClient(workspaceId, userId, clientId, c.version, input, { by: "customer" });
}

async function readCard(tx: Tx | ReturnType<typeof db>, workspaceId: string, clientId: string) {
  const [row] = await tx
    .select({ client: clients, company: companies, siteAccountEmail: users.email })
    .from(clients)
    .leftJoin(companies, eq(companies.id, clients.companyId))
    // Her account on the personal site, if she has linked one.
    .leftJoin(users, eq(users.id, clients.customerUserId))
    .where(and(eq(clients.workspaceId, workspaceId), eq(clients.id, clientId)));
  if (!row) return null;
  const [phones, emails, addresses, tagRows] = await Promise.all([
    tx.select().from(clientPhones).where(and(eq(clientPhones.workspaceId, workspaceId), eq(clientPhones.clientId, clientId))).orderBy(asc(clientPhones.position)),
    tx.select().from(clientEmails).where(and(eq(clientEmails.workspaceId, workspaceId), eq(clientEmails.clientId, clientId))).orderBy(asc(clientEmails.position)),
    tx.select().from(clientAddresses).where(and(eq(clientAddresses.workspaceId, workspaceId), eq(clientAddresses.clientId, clientId))),
    tx
      .select({ id: tags.id, name: tags.name, color: tags.color })
      .from(clientTags)
      .innerJoin(tags, eq(tags.id, clientTags.tagId))
      .where(and(eq(clientTags.workspaceId, workspaceId), eq(clientTags.clientId, clientId)))
      .orderBy(asc(tags.name)),
  ]);
  return { client: row.client, company: row.company, siteAccountEmail: row.siteAccountEmail, phones, emails, addresses, tags: tagRows };
}

/** The whole card of one client of this workspace, or null (also for another's client). */
export function getClientCard(workspaceId: string, clientId: string) {
  return readCard(db(), workspaceId, clientId);
}
export type ClientCard = NonNullable<Awaited<ReturnType<typeof getClientCard>>>;

/** Archives (or brings back) clients of this workspace; returns how many changed. */
export async function setClientsArchived(workspaceId: string, actorId: string | null, clientIds: string[], archived: boolean) {
  if (!clientIds.length) return 0;
  return db().transaction(async (tx) => {
    const changed = await tx
      .update(clients)
      .set({ archivedAt: archived ? new Date() : null, version: sql`${clients.version} + 1` })
      .where(and(eq(clients.workspaceId, workspaceId), inArray(clients.id, clientIds), archived ? isNull(clients.archivedAt) : isNotNull(clients.archivedAt)))
      .returning({ id: clients.id });
    if (changed.length) {
      await tx.insert(activities).values(changed.map((c) => ({ workspaceId, clientId: c.id, actorId, kind: archived ? ("archived" as const) : ("unarchived" as const) })));
      // An archived client's birthday reminders go; a client brought back gets them again.
      await syncDateReminders(tx, workspaceId, changed.map((c) => c.id));
    }
    return changed.length;
  });
}

/**
 * GDPR erasure: only an archived client, with every row about her; the audit log keeps that
 * it happened (number and who), not what she was.
 */
export async function eraseClient(workspaceId: string, actorId: string | null, clientId: string) {
  return db().transaction(async (tx) => {
    const [gone] = await tx
      .delete(clients)
      .where(and(eq(clients.workspaceId, workspaceId), eq(clients.id, clientId), isNotNull(clients.archivedAt)))
      .returning({ id: clients.id, number: clients.number });
    if (!gone) return false;
    await tx.insert(auditLog).values({ workspaceId, actorId, action: "client.erased", entity: "client", entityId: gone.id, data: { number: gone.number } });
    return true;
  });
}

/**
 * The card header's figures [002]: her orders, sold (delivered totals), paid, balance =
 * sold − paid, visits (deliveries; meetings join with the contacts log), last order date.
 * Archived orders do not count. One index range of orders_client_idx.
 */
export async function clientFigures(workspaceId: string, clientId: string) {
  const [row] = await db()
    .select({
      orders: sql<number>`count(*)::int`,
      sold: sql<number>`coalesce(sum(${orders.total}) filter (where ${orders.status} = 'delivered'), 0)::bigint`,
      paid: sql<number>`coalesce(sum(${orders.paid}), 0)::bigint`,
      visits: sql<number>`(count(*) filter (where ${orders.status} = 'delivered'))::int`,
      lastOrderAt: sql<string | null>`max(${orders.createdAt})`,
    })
    .from(orders)
    .where(and(eq(orders.workspaceId, workspaceId), eq(orders.clientId, clientId), isNull(orders.archivedAt)));
  const sold = Number(row.sold);
  const paid = Number(row.paid);
  return { orders: Number(row.orders), sold, paid, balance: sold - paid, visits: Number(row.visits), lastOrderAt: row.lastOrderAt ? new Date(row.lastOrderAt) : null };
}

/** Makes a member responsible for clients (or nobody, with null); returns how many changed. */
export async function setClientsResponsible(workspaceId: string, clientIds: string[], memberId: string | null) {
  if (!clientIds.length) return 0;
  const rows = await db()
    .update(clients)
    .set({ responsibleId: memberId, version: sql`${clients.version} + 1` })
    .where(and(eq(clients.workspaceId, workspaceId), inArray(clients.id, clientIds)))
    .returning({ id: clients.id });
  return rows.length;
}

/** Company names to pick from while typing a client's company. */
export async function listCompanyNames(workspaceId: string, limit = 500) {
  const rows = await db().select({ name: companies.name }).from(companies).where(eq(companies.workspaceId, workspaceId)).orderBy(asc(companies.name)).limit(limit);
  return rows.map((r) => r.name);
}

export type CompanyDetails = { name: string; address: string | null; website: string | null; phone: string | null; email: string | null };

/** Edits a company of this workspace (every client attached to it sees the change). */
export async function updateCompany(workspaceId: string, companyId: string, details: CompanyDetails) {
  return db().transaction(async (tx) => {
    const [row] = await tx.update(companies).set(details).where(and(eq(companies.workspaceId, workspaceId), eq(companies.id, companyId))).returning();
    if (!row) return null;
    // The company's name is a search word of each of its clients.
    const attached = await tx.select({ id: clients.id }).from(clients).where(and(eq(clients.workspaceId, workspaceId), eq(clients.companyId, companyId)));
    for (const c of attached) await reindexClient(tx, workspaceId, c.id);
    return row;
  });
}

/**
 * The active client of this workspace with this e-mail (any case), else with this phone
 * (E.164), the longest-known first; null when neither matches. A site order uses it to
 * find the guest in the client book.
 */
export async function findClientByContact(workspaceId: string, contact: { email: string | null; e164: string | null }) {
  const active = and(eq(clients.workspaceId, workspaceId), isNull(clients.archivedAt));
  if (contact.email) {
    const [row] = await db()
      .select({ client: clients })
      .from(clientEmails)
      .innerJoin(clients, and(eq(clients.workspaceId, clientEmails.workspaceId), eq(clients.id, clientEmails.clientId)))
      .where(and(active, eq(clientEmails.workspaceId, workspaceId), sql`lower(${clientEmails.address}) = lower(${contact.email})`))
      .orderBy(asc(clients.number))
      .limit(1);
    if (row) return row.client;
  }
  if (contact.e164) {
    const [row] = await db()
      .select({ client: clients })
      .from(clientPhones)
      .innerJoin(clients, and(eq(clients.workspaceId, clientPhones.workspaceId), eq(clients.id, clientPhones.clientId)))
      // national_digits is indexed (client_phones_national_idx); e164 then tells countries apart.
      .where(and(active, eq(clientPhones.workspaceId, workspaceId), eq(clientPhones.nationalDigits, phoneSearchDigits(contact.e164).national), eq(clientPhones.e164, contact.e164)))
      .orderBy(asc(clients.number))
      .limit(1);
    if (row) return row.client;
  }
  return null;
}
