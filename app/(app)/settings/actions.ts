"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { isUniqueViolation } from "@/db/errors";
import { isSlugTaken, updateWorkspaceSettings } from "@/db/queries/workspaces";
import { createAction, fail } from "@/lib/action";
import { locales } from "@/lib/locales";
import { SLUG_PATTERN } from "@/lib/slug";
import { cadenceUnits, countries, currencies, isTimeZone } from "@/lib/workspace-options";

const settingsSchema = z.object({
  name: z.string().trim().min(1).max(100),
  slug: z.string().trim().toLowerCase().regex(SLUG_PATTERN, { message: "slugFormat" }),
  country: z.enum(countries),
  currency: z.enum(currencies),
  timeZone: z.string().refine(isTimeZone, { message: "timeZone" }),
  defaultLocale: z.enum(locales),
  // The three follow-up calls arrive as repeated fields, in order.
  cadenceAmount: z.array(z.coerce.number().int().min(1).max(365)).length(3),
  cadenceUnit: z.array(z.enum(cadenceUnits)).length(3),
});

export const updateWorkspaceSettingsAction = createAction(
  { input: settingsSchema, access: "owner" },
  async (input, { workspaceId, t }) => {
    if (await isSlugTaken(input.slug, workspaceId)) fail({ fieldErrors: { slug: "slugTaken" } });
    const followUpCadence = input.cadenceAmount.map((amount, i) => ({ amount, unit: input.cadenceUnit[i] }));
    try {
      await updateWorkspaceSettings(workspaceId, {
        name: input.name,
        slug: input.slug,
        country: input.country,
        currency: input.currency,
        timeZone: input.timeZone,
        defaultLocale: input.defaultLocale,
        followUpCadence,
      });
    } catch (error) {
      if (isUniqueViolation(error)) fail({ fieldErrors: { slug: "slugTaken" } });
      throw error;
    }
    revalidatePath("/", "layout");
    return t("settings.saved");
  },
);
