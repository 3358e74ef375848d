import { and, asc, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { db } from "../client";
import { activities, clientAddresses, clients, contacts, memberships, reminders, users, type ContactChannel, type ContactDirection, type ReminderCategory } from "../schema";
import { announce, createReminder } from "./reminders";
import type { Tx } from "./tx";

export type Contact = typeof contacts.$inferSelect;

/** What the form sets (the client only when the contact is new: an edit keeps her). */
export type ContactInput = {
  at: Date;
  direction: ContactDirection;
  channel: ContactChannel;
  information: string | null;
  category: ReminderCategory | null;
  memberId: string | null;
  address: string | null;
};
/** "Remind me": a time and a title; the rest of the reminder comes from the contact. */
export type ContactReminderInput = { dueAt: Date; title: string };

/** The client or the member is not this workspace's. */
export class ContactLinkError extends Error {
  constructor(readonly field: "clientId" | "memberId") {
    super(`${field} not found`);
  }
}

/** How much of the information the activity feed keeps. */
const EXCERPT = 140;

const own = (workspaceId: string, id: string) => and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, id));

async function checkMember(tx: Tx, workspaceId: string, memberId: string | null) {
  if (!memberId) return;
  const [m] = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, memberId)));
  if (!m) throw new ContactLinkError("memberId");
}

/** The contact's reminder: due then, about her, in the contact's category, for its member. */
async function remindAbout(tx: Tx, workspaceId: string, actorId: string | null, contact: Contact, reminder: ContactReminderInput) {
  return createReminder(
    workspaceId,
    actorId,
    {
      title: reminder.title,
      description: null,
      dueAt: reminder.dueAt,
      allDay: false,
      clientId: contact.clientId,
      tagId: null,
      orderId: null,
      contactId: contact.id,
      category: contact.category,
      assigneeId: contact.memberId,
      recurrence: "none",
    },
    tx,
  );
}

/**
 * Logs a contact with a client, and with "remind me" its reminder, in one transaction: if
 * the reminder cannot be made, no contact is logged either. The client's feed shows it.
 */
export async function createContact(workspaceId: string, actorId: string | null, input: ContactInput & { clientId: string }, reminder: ContactReminderInput | null = null) {
  const result = await db().transaction(async (tx) => {
    const [client] = await tx.select({ id: clients.id }).from(clients).where(and(eq(clients.workspaceId, workspaceId), eq(clients.id, input.clientId)));
    if (!client) throw new ContactLinkError("clientId");
    await checkMember(tx, workspaceId, input.memberId);
    const [contact] = await tx.insert(contacts).values({ ...input, workspaceId, createdById: actorId }).returning();
    await tx.insert(activities).values({
      workspaceId,
      clientId: contact.clientId,
      actorId,
      kind: "contact_logged",
      data: { contactId: contact.id, at: contact.at.toISOString(), channel: contact.channel, direction: contact.direction, information: contact.information?.slice(0, EXCERPT) ?? null },
    });
    return { contact, reminder: reminder ? await remindAbout(tx, workspaceId, actorId, contact, reminder) : null };
  });
  // createReminder inside a transaction leaves the event to its caller, after the commit.
  if (result.reminder) announce([result.reminder]);
  return result;
}

/**
 * Saves an edit (the client stays); null when the contact is not this workspace's. "Remind
 * me" adds a reminder only when the contact has none: an existing one is edited as a reminder.
 */
export async function updateContact(workspaceId: string, actorId: string | null, id: string, input: ContactInput, reminder: ContactReminderInput | null = null) {
  const result = await db().transaction(async (tx) => {
    const [current] = await tx.select().from(contacts).where(own(workspaceId, id)).for("update");
    if (!current) return null;
    await checkMember(tx, workspaceId, input.memberId);
    const [contact] = await tx.update(contacts).set(input).where(own(workspaceId, id)).returning();
    const [existing] = await tx.select({ id: reminders.id }).from(reminders).where(and(eq(reminders.workspaceId, workspaceId), eq(reminders.contactId, id))).limit(1);
    return { contact, reminder: reminder && !existing ? await remindAbout(tx, workspaceId, actorId, contact, reminder) : null };
  });
  if (result?.reminder) announce([result.reminder]);
  return result;
}

/**
 * Deletes contacts; returns how many went. Their reminders go with them (the foreign key
 * cascades), so the clients' feeds record those reminders as deleted.
 */
export async function deleteContacts(workspaceId: string, actorId: string | null, ids: string[]) {
  if (!ids.length) return 0;
  return db().transaction(async (tx) => {
    const linked = await tx
      .select()
      .from(reminders)
      .where(and(eq(reminders.workspaceId, workspaceId), inArray(reminders.contactId, ids)));
    const gone = await tx.delete(contacts).where(and(eq(contacts.workspaceId, workspaceId), inArray(contacts.id, ids))).returning({ id: contacts.id });
    const withClient = linked.filter((r) => r.clientId);
    if (withClient.length) {
      await tx.insert(activities).values(
        withClient.map((r) => ({ workspaceId, clientId: r.clientId!, actorId, kind: "reminder_deleted" as const, data: { reminderId: r.id, title: r.title, dueAt: r.dueAt.toISOString(), allDay: r.allDay } })),
      );
    }
    return gone.length;
  });
}

/** One contact of this workspace with its client's name and its reminder (if any), or null. */
export async function getContact(workspaceId: string, id: string) {
  const [row] = await db()
    .select({
      contact: contacts,
      clientName: sql<string>`concat_ws(' ', ${clients.lastName}, ${clients.firstName}, ${clients.middleName})`,
    })
    .from(contacts)
    .innerJoin(clients, and(eq(clients.workspaceId, contacts.workspaceId), eq(clients.id, contacts.clientId)))
    .where(own(workspaceId, id));
  if (!row) return null;
  const [reminder] = await db()
    .select({ id: reminders.id, title: reminders.title, dueAt: reminders.dueAt, doneAt: reminders.doneAt })
    .from(reminders)
    .where(and(eq(reminders.workspaceId, workspaceId), eq(reminders.contactId, id)))
    .orderBy(asc(reminders.dueAt))
    .limit(1);
  return { ...row, reminder: reminder ?? null };
}

/** A client's contacts, newest first, with the member's name and the reminder's due time: the card's tab. */
export function listClientContacts(workspaceId: string, clientId: string, limit = 50) {
  return db()
    .select({
      id: contacts.id,
      at: contacts.at,
      direction: contacts.direction,
      channel: contacts.channel,
      information: contacts.information,
      category: contacts.category,
      address: contacts.address,
      memberName: users.name,
      reminderDueAt: sql<Date | null>`(select min(r.due_at) from ${reminders} r where r.workspace_id = ${contacts.workspaceId} and r.contact_id = ${contacts.id})`.mapWith(
        (v: unknown) => (v === null ? null : new Date(v as string)),
      ),
    })
    .from(contacts)
    .leftJoin(users, eq(users.id, contacts.memberId))
    .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.clientId, clientId)))
    .orderBy(desc(contacts.at), desc(contacts.id))
    .limit(limit);
}
export type ClientContactRow = Awaited<ReturnType<typeof listClientContacts>>[number];

/** The first city among each client's addresses, for the client picker's second line. */
export async function clientCities(workspaceId: string, clientIds: string[]) {
  if (!clientIds.length) return new Map<string, string>();
  const rows = await db()
    .selectDistinctOn([clientAddresses.clientId], { clientId: clientAddresses.clientId, city: clientAddresses.city })
    .from(clientAddresses)
    .where(and(eq(clientAddresses.workspaceId, workspaceId), inArray(clientAddresses.clientId, clientIds), isNotNull(clientAddresses.city)))
    .orderBy(clientAddresses.clientId, asc(clientAddresses.kind));
  return new Map(rows.map((r) => [r.clientId, r.city!]));
}
