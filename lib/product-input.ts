import { z } from "zod";
import type { ProductInput } from "@/db/queries/products";
import { isWebUrl, moneyField, optionalText as text } from "./form-fields";

/**
 * The product form as it is posted: the price typed as people type money ("12 500",
 * "990,50"; 0 is allowed for a free sample), the active switch as a checkbox, and an
 * optional http(s) image link.
 */
export const productInputSchema = z.object({
  sku: text(50),
  name: z.string().trim().min(1).max(200),
  category: text(100),
  price: moneyField(),
  active: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  imageUrl: text(2000).refine((v) => v === null || isWebUrl(v), { message: "invalidValue" }),
  description: text(5000),
}) satisfies z.ZodType<ProductInput, unknown>;
