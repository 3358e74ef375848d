"use server";

import type { CountryCode } from "libphonenumber-js";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { listClientIds } from "@/db/queries/client-list";
import {
  ClientNumberTakenError,
  createClient,
  eraseClient,
  getClientCard,
  setClientsArchived,
  setClientsResponsible,
  StaleVersionError,
  updateClient,
  updateCompany,
} from "@/db/queries/clients";
import { listCustomFields } from "@/db/queries/custom-fields";
import { setClientProduct } from "@/db/queries/customers";
import { addNote, updateOwnNote } from "@/db/queries/notes";
import { setTagOnClients } from "@/db/queries/tags";
import { isMember, type Membership } from "@/db/queries/workspaces";
import { createAction, fail, validate } from "@/lib/action";
import { bulkSelection, selectedIds } from "@/lib/bulk-selection";
import { clientInputSchema } from "@/lib/client-input";
import { parseClientListParams } from "@/lib/client-list-params";

async function cardSchema(member: Membership) {
  const fields = await listCustomFields(member.workspace.id);
  return clientInputSchema(member.workspace.country as CountryCode, fields);
}

async function checkResponsible(workspaceId: string, responsibleId: string | null) {
  if (responsibleId && !(await isMember(workspaceId, responsibleId))) fail({ fieldErrors: { responsibleId: "invalidValue" } });
}

const rawCard = z.record(z.string(), z.unknown());

export const createClientAction = createAction({ input: rawCard }, async (raw, { member, workspaceId }) => {
  const input = validate(await cardSchema(member), raw);
  await checkResponsible(workspaceId, input.responsibleId);
  let id: string;
  try {
    id = (await createClient(workspaceId, member.user.id, input)).id;
  } catch (error) {
    if (error instanceof ClientNumberTakenError) fail({ fieldErrors: { number: "clientNumberTaken" } });
    throw error;
  }
  revalidatePath("/clients");
  redirect(`/clients/${id}`);
});

export const updateClientAction = createAction(
  { input: z.looseObject({ id: z.uuid(), version: z.coerce.number().int().min(1) }) },
  async ({ id, version, ...raw }, { member, workspaceId }) => {
    const input = validate(await cardSchema(member), raw);
    await checkResponsible(workspaceId, input.responsibleId);
    try {
      const saved = await updateClient(workspaceId, member.user.id, id, version, input);
      if (!saved) fail({ formError: "notFound" });
    } catch (error) {
      if (error instanceof StaleVersionError) fail({ formError: "conflict" });
      if (error instanceof ClientNumberTakenError) fail({ fieldErrors: { number: "clientNumberTaken" } });
      throw error;
    }
    revalidatePath("/clients");
    redirect(`/clients/${id}`);
  },
);


export const archiveClientsAction = createAction(
  { input: bulkSelection.extend({ archived: z.enum(["1", "0"]) }) },
  async (input, { member, workspaceId, t }) => {
    const ids = await selectedIds(input, (sp) => listClientIds(workspaceId, parseClientListParams(sp), { timeZone: member.workspace.timeZone }));
    const count = await setClientsArchived(workspaceId, member.user.id, ids, input.archived === "1");
    revalidatePath("/clients", "layout");
    return t("clients.bulk.done", { count });
  },
);

export const tagClientsAction = createAction(
  { input: bulkSelection.extend({ tagId: z.uuid(), on: z.enum(["1", "0"]) }) },
  async (input, { member, workspaceId, t }) => {
    const ids = await selectedIds(input, (sp) => listClientIds(workspaceId, parseClientListParams(sp), { timeZone: member.workspace.timeZone }));
    const count = await setTagOnClients(workspaceId, input.tagId, ids, input.on === "1");
    revalidatePath("/clients", "layout");
    return t("clients.bulk.done", { count });
  },
);

export const setResponsibleAction = createAction(
  { input: bulkSelection.extend({ responsibleId: z.preprocess((v) => v || null, z.uuid().nullable()) }) },
  async (input, { member, workspaceId, t }) => {
    await checkResponsible(workspaceId, input.responsibleId);
    const ids = await selectedIds(input, (sp) => listClientIds(workspaceId, parseClientListParams(sp), { timeZone: member.workspace.timeZone }));
    const count = await setClientsResponsible(workspaceId, ids, input.responsibleId);
    revalidatePath("/clients", "layout");
    return t("clients.bulk.done", { count });
  },
);

/** Erasure asks to type the client's last name, so it never happens by a slip. */
export const eraseClientAction = createAction(
  { input: z.object({ id: z.uuid(), confirm: z.string().trim().max(200) }) },
  async ({ id, confirm }, { member, workspaceId }) => {
    const card = await getClientCard(workspaceId, id);
    if (!card) fail({ formError: "notFound" });
    if (confirm.toLowerCase() !== card.client.lastName.toLowerCase()) fail({ fieldErrors: { confirm: "confirmMismatch" } });
    if (!(await eraseClient(workspaceId, member.user.id, id))) fail({ formError: "eraseOnlyArchived" });
    revalidatePath("/clients", "layout");
    redirect("/clients?archived=1");
  },
);

const noteBody = z.string().trim().min(1).max(10_000);

export const addNoteAction = createAction({ input: z.object({ clientId: z.uuid(), body: noteBody }) }, async ({ clientId, body }, { member, workspaceId }) => {
  if (!(await addNote(workspaceId, member.user.id, clientId, body))) fail({ formError: "notFound" });
  revalidatePath(`/clients/${clientId}`);
});

export const updateNoteAction = createAction(
  { input: z.object({ clientId: z.uuid(), noteId: z.uuid(), body: noteBody }) },
  async ({ clientId, noteId, body }, { member, workspaceId }) => {
    if (!(await updateOwnNote(workspaceId, member.user.id, noteId, body))) fail({ formError: "notFound" });
    revalidatePath(`/clients/${clientId}`);
  },
);

export const deleteNoteAction = createAction(
  { input: z.object({ clientId: z.uuid(), noteId: z.uuid() }) },
  async ({ clientId, noteId }, { member, workspaceId }) => {
    if (!(await updateOwnNote(workspaceId, member.user.id, noteId, null))) fail({ formError: "notFound" });
    revalidatePath(`/clients/${clientId}`);
  },
);

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || null);

export const updateCompanyAction = createAction(
  {
    input: z.object({
      id: z.uuid(),
      clientId: z.uuid(),
      name: z.string().trim().min(1).max(200),
      address: optional(300),
      website: optional(200),
      phone: optional(40),
      email: optional(254).refine((v) => v === null || z.email().safeParse(v).success, { message: "invalidEmail" }),
    }),
  },
  async ({ id, clientId, ...details }, { workspaceId }) => {
    if (!(await updateCompany(workspaceId, id, details))) fail({ formError: "notFound" });
    revalidatePath(`/clients/${clientId}`);
  },
);

/** Recommends a product to the client (she sees it on her site), or takes it back. */
export const recommendProductAction = createAction(
  { input: z.object({ clientId: z.uuid(), productId: z.uuid(), on: z.enum(["true", "false"]).transform((v) => v === "true") }) },
  async ({ clientId, productId, on }, { member, workspaceId }) => {
    if (!(await setClientProduct(workspaceId, member.user.id, { clientId, productId, kind: "recommended", on }))) fail({ formError: "notFound" });
    revalidatePath(`/clients/${clientId}`);
  },
);
