"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { listClients } from "@/db/queries/client-list";
import { getClientCard } from "@/db/queries/clients";
import { clientCities, ContactLinkError, createContact, deleteContacts, getContact, updateContact } from "@/db/queries/contacts";
import { createAction, fail, validate } from "@/lib/action";
import { parseClientListParams } from "@/lib/client-list-params";
import { contactEditSchema, contactInputSchema } from "@/lib/contact-input";
import { formatPhone } from "@/lib/phone";
import { contactPoints } from "./_components/contact-points";

function contactErrors(error: unknown): never {
  if (error instanceof ContactLinkError) fail({ fieldErrors: { [error.field]: "notFound" } });
  throw error;
}

/** Back to her card when the form was opened from it, else to the log. */
const backTo = (raw: Record<string, unknown>, clientId: string) => (raw.back === "client" ? `/clients/${clientId}` : "/contacts");

function revalidate(clientId: string, withReminder: boolean) {
  revalidatePath("/contacts");
  revalidatePath(`/clients/${clientId}`);
  // "layout": the navigation counts due reminders.
  if (withReminder) revalidatePath("/", "layout");
}

export const createContactAction = createAction({ input: z.looseObject({}) }, async (raw, { member, workspaceId }) => {
  const { contact, reminder } = validate(contactInputSchema(member.workspace.timeZone), raw);
  try {
    await createContact(workspaceId, member.user.id, contact, reminder);
  } catch (error) {
    contactErrors(error);
  }
  revalidate(contact.clientId, Boolean(reminder));
  redirect(backTo(raw, contact.clientId));
});

export const updateContactAction = createAction({ input: z.looseObject({}) }, async (raw, { member, workspaceId }) => {
  const { contact: { id, ...input }, reminder } = validate(contactEditSchema(member.workspace.timeZone), raw);
  let saved;
  try {
    saved = await updateContact(workspaceId, member.user.id, id, input, reminder);
  } catch (error) {
    contactErrors(error);
  }
  if (!saved) fail({ formError: "notFound" });
  revalidate(saved.contact.clientId, Boolean(saved.reminder));
  redirect(backTo(raw, saved.contact.clientId));
});

export const deleteContactAction = createAction(
  { input: z.object({ id: z.uuid(), back: z.string().optional() }) },
  async ({ id, back }, { member, workspaceId }) => {
    const found = await getContact(workspaceId, id);
    if (!found) fail({ formError: "notFound" });
    await deleteContacts(workspaceId, member.user.id, [id]);
    revalidate(found.contact.clientId, Boolean(found.reminder));
    redirect(backTo({ back }, found.contact.clientId));
  },
);

/** The client picker: up to 20 unarchived clients matching what is typed, with phone, city and e-mail. */
export const searchContactClientsAction = createAction({ input: z.object({ q: z.string().trim().max(100) }) }, async ({ q }, { member, workspaceId }) => {
  if (!q) return [];
  const { rows } = await listClients(workspaceId, parseClientListParams({ q, size: "20" }), { timeZone: member.workspace.timeZone });
  const cities = await clientCities(workspaceId, rows.map((c) => c.id));
  return rows.map((c) => ({
    id: c.id,
    name: [c.lastName, c.firstName, c.middleName].filter(Boolean).join(" "),
    detail: [c.primaryPhone && formatPhone(c.primaryPhone), cities.get(c.id), c.primaryEmail].filter(Boolean).join(" · "),
  }));
});

/** What the contact form needs of a picked client: the phone and e-mail to pre-fill the address with. */
export const pickContactClientAction = createAction({ input: z.object({ id: z.uuid() }) }, async ({ id }, { workspaceId }) => {
  const card = await getClientCard(workspaceId, id);
  if (!card) fail({ formError: "notFound" });
  return contactPoints(card);
});
