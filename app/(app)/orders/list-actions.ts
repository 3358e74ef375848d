"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { listOrderIds } from "@/db/queries/order-list";
import { setOrdersArchived, setOrdersStatus } from "@/db/queries/orders";
import { createAction } from "@/lib/action";
import { bulkSelection, selectedIds } from "@/lib/bulk-selection";
import { parseOrderListParams } from "@/lib/order-list-params";


/** Marks orders processed or delivered (delivering starts their follow-up reminders). */
export const setOrdersStatusAction = createAction(
  { input: bulkSelection.extend({ status: z.enum(["processed", "delivered"]) }) },
  async (input, { member, workspaceId, t }) => {
    const ids = await selectedIds(input, (sp) => listOrderIds(workspaceId, parseOrderListParams(sp), { timeZone: member.workspace.timeZone }));
    const changed = await setOrdersStatus(workspaceId, member.user.id, ids, input.status);
    // "layout": the navigation's new-order badge counts some of these.
    revalidatePath("/", "layout");
    return t("orders.bulk.done", { count: changed.length });
  },
);

export const archiveOrdersAction = createAction(
  { input: bulkSelection.extend({ archived: z.enum(["1", "0"]) }) },
  async (input, { member, workspaceId, t }) => {
    const ids = await selectedIds(input, (sp) => listOrderIds(workspaceId, parseOrderListParams(sp), { timeZone: member.workspace.timeZone }));
    const count = await setOrdersArchived(workspaceId, member.user.id, ids, input.archived === "1");
    revalidatePath("/", "layout");
    return t("orders.bulk.done", { count });
  },
);
