"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { StaleVersionError } from "@/db/queries/clients";
import { listProductIds } from "@/db/queries/product-list";
import { createProduct, setProductsActive, setProductsArchived, SkuTakenError, updateProduct } from "@/db/queries/products";
import { createAction, fail } from "@/lib/action";
import { bulkSelection, selectedIds } from "@/lib/bulk-selection";
import { productInputSchema } from "@/lib/product-input";
import { parseProductListParams } from "@/lib/product-list-params";

/** A taken SKU is the SKU field's error; everything else goes on. */
function skuTaken(error: unknown): void {
  if (error instanceof SkuTakenError) fail({ fieldErrors: { sku: "skuTaken" } });
}

export const createProductAction = createAction({ input: productInputSchema }, async (input, { workspaceId }) => {
  try {
    await createProduct(workspaceId, input);
  } catch (error) {
    skuTaken(error);
    throw error;
  }
  revalidatePath("/products");
  redirect("/products");
});

export const updateProductAction = createAction(
  { input: productInputSchema.extend({ id: z.uuid(), version: z.coerce.number().int().min(1) }) },
  async ({ id, version, ...input }, { workspaceId }) => {
    try {
      if (!(await updateProduct(workspaceId, id, version, input))) fail({ formError: "notFound" });
    } catch (error) {
      if (error instanceof StaleVersionError) fail({ formError: "conflict" });
      skuTaken(error);
      throw error;
    }
    revalidatePath("/products");
    redirect("/products");
  },
);


export const archiveProductsAction = createAction(
  { input: bulkSelection.extend({ archived: z.enum(["1", "0"]) }) },
  async (input, { workspaceId, t }) => {
    const count = await setProductsArchived(workspaceId, await selectedIds(input, (sp) => listProductIds(workspaceId, parseProductListParams(sp))), input.archived === "1");
    revalidatePath("/products", "layout");
    return t("products.bulk.done", { count });
  },
);

export const activateProductsAction = createAction(
  { input: bulkSelection.extend({ active: z.enum(["1", "0"]) }) },
  async (input, { workspaceId, t }) => {
    const count = await setProductsActive(workspaceId, await selectedIds(input, (sp) => listProductIds(workspaceId, parseProductListParams(sp))), input.active === "1");
    revalidatePath("/products", "layout");
    return t("products.bulk.done", { count });
  },
);
