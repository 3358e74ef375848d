"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteView, resetColumnLayout, saveColumnLayout, saveView, saveViewColumns, setDefaultView } from "@/db/queries/table-views";
import { createAction, fail } from "@/lib/action";
import { signOut } from "@/lib/auth";

export const signOutAction = createAction({ input: z.object({}), access: "public" }, async () => {
  await signOut({ redirectTo: "/sign-in" });
});

/** Tables whose setup a user can save; features add theirs. */
const tableKey = z.enum(["clients", "products", "orders", "reminders", "contacts"]);
const columnIds = z.preprocess((v) => (v === undefined ? [] : [v].flat()), z.array(z.string().regex(/^[a-zA-Z][\w.-]{0,60}$/)).min(1).max(60));

const checkbox = z.preprocess((v) => v === "on" || v === "true", z.boolean());

/** Saves the columns the user sees: into the view she has open, else as her own layout. */
export const saveColumnsAction = createAction(
  { input: z.object({ table: tableKey, columns: columnIds, view: z.preprocess((v) => v || null, z.uuid().nullable()) }) },
  async ({ table, columns, view }, { member, workspaceId }) => {
    const owner = { workspaceId, userId: member.user.id, tableKey: table };
    if (view) {
      if (!(await saveViewColumns(owner, view, columns))) fail({ formError: "notFound" });
    } else {
      await saveColumnLayout(owner, columns);
    }
  },
);

export const resetColumnsAction = createAction({ input: z.object({ table: tableKey }) }, async ({ table }, { member, workspaceId }) => {
  await resetColumnLayout({ workspaceId, userId: member.user.id, tableKey: table });
  revalidatePath("/", "layout");
});

export const saveViewAction = createAction(
  {
    input: z.object({
      table: tableKey,
      name: z.string().trim().min(1).max(60),
      columns: columnIds,
      query: z.string().max(4000).default(""),
      isDefault: checkbox,
      shared: checkbox,
    }),
  },
  async ({ table, ...view }, { member, workspaceId }) => {
    // A view keeps the list's filters and sort, not its page or which view it came from.
    const query = new URLSearchParams(view.query);
    query.delete("page");
    query.delete("view");
    const { id } = await saveView({ workspaceId, userId: member.user.id, tableKey: table }, { ...view, query: query.toString() });
    revalidatePath("/", "layout");
    return id;
  },
);

export const deleteViewAction = createAction({ input: z.object({ table: tableKey, id: z.uuid() }) }, async ({ table, id }, { member, workspaceId }) => {
  if (!(await deleteView({ workspaceId, userId: member.user.id, tableKey: table }, id))) fail({ formError: "notFound" });
  revalidatePath("/", "layout");
});

export const setDefaultViewAction = createAction(
  { input: z.object({ table: tableKey, id: z.preprocess((v) => v || null, z.uuid().nullable()) }) },
  async ({ table, id }, { member, workspaceId }) => {
    if (!(await setDefaultView({ workspaceId, userId: member.user.id, tableKey: table }, id))) fail({ formError: "notFound" });
    revalidatePath("/", "layout");
  },
);
