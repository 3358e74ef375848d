"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { listOrderIds } from "@/db/queries/order-list";
import { setOrdersArchived, setOrdersStatus } from "@/db/queries/orders";
import { createAction } from "@/lib/action";
import { parseOrderListParams } from "@/lib/order-list-params";

/**
 * Which orders a bulk action touches: the ticked ids, or — with `all=1` — every order the
 * list's URL state matches (`query` is that URL's search part), as for clients.
 */
const selection = z.object({
  ids: z.preprocess((v) => (v === undefined ? [] : [v].flat()), z.array(z.uuid()).max(10_000)),
  all: z.preprocess((v) => v === "1", z.boolean()),
  query: z.string().max(4000).default(""),
});

async function selectedIds(workspaceId: string, timeZone: string, s: z.output<typeof selection>) {
  if (!s.all) return s.ids;
  const params = parseOrderListParams(Object.fromEntries(new URLSearchParams(s.query)));
  return listOrderIds(workspaceId, params, { timeZone });
}

/** Marks orders processed or delivered (delivering starts their follow-up reminders). */
export const setOrdersStatusAction = createAction(
  { input: selection.extend({ status: z.enum(["processed", "delivered"]) }) },
  async (input, { member, workspaceId, t }) => {
    const ids = await selectedIds(workspaceId, member.workspace.timeZone, input);
    const changed = await setOrdersStatus(workspaceId, member.user.id, ids, input.status);
    // "layout": the navigation's new-order badge counts some of these.
    revalidatePath("/", "layout");
    return t("orders.bulk.done", { count: changed.length });
  },
);

export const archiveOrdersAction = createAction(
  { input: selection.extend({ archived: z.enum(["1", "0"]) }) },
  async (input, { member, workspaceId, t }) => {
    const ids = await selectedIds(workspaceId, member.workspace.timeZone, input);
    const count = await setOrdersArchived(workspaceId, member.user.id, ids, input.archived === "1");
    revalidatePath("/", "layout");
    return t("orders.bulk.done", { count });
  },
);
