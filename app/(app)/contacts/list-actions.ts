"use server";

import { revalidatePath } from "next/cache";
import { listContactIds } from "@/db/queries/contact-list";
import { deleteContacts } from "@/db/queries/contacts";
import { createAction } from "@/lib/action";
import { bulkSelection, selectedIds } from "@/lib/bulk-selection";
import { parseContactListParams } from "@/lib/contact-list-params";

/** Deletes the ticked (or all matching) contacts, and their reminders with them. */
export const deleteContactsAction = createAction({ input: bulkSelection }, async (input, { member, workspaceId, t }) => {
  const ids = await selectedIds(input, (sp) => listContactIds(workspaceId, parseContactListParams(sp), { timeZone: member.workspace.timeZone }));
  const count = await deleteContacts(workspaceId, member.user.id, ids);
  // "layout": the clients' cards and the navigation's reminder count change too.
  revalidatePath("/", "layout");
  return t("contacts.bulk.deleted", { count });
});
