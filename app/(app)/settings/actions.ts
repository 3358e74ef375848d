"use server";

import { revalidatePath } from "next/cache";
import slugify from "slugify";
import { z } from "zod";
import { isUniqueViolation } from "@/db/errors";
import { createCalendarToken, revokeCalendarToken } from "@/db/queries/calendar";
import { createCustomField, deleteCustomField, listCustomFields, moveCustomField } from "@/db/queries/custom-fields";
import { deleteTag, updateTag } from "@/db/queries/tags";
import { listSiteCategories, updateSiteSettings } from "@/db/queries/site";
import { isSlugTaken, updateWorkspaceSettings } from "@/db/queries/workspaces";
import { tagColors } from "@/components/ui/tag-badge";
import { customFieldTypes } from "@/db/schema/clients";
import { createAction, fail, validate } from "@/lib/action";
import { locales } from "@/lib/locales";
import type { CountryCode } from "@/lib/phone";
import { siteSettingsSchema } from "@/lib/site-input";
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
  followUpHour: z.coerce.number().int().min(0).max(23),
  digestHour: z.coerce.number().int().min(0).max(23),
  // A switch: present ("on") when on, absent when off.
  remindDayBefore: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
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
        followUpHour: input.followUpHour,
        digestHour: input.digestHour,
        remindDayBefore: input.remindDayBefore,
      });
    } catch (error) {
      if (isUniqueViolation(error)) fail({ fieldErrors: { slug: "slugTaken" } });
      throw error;
    }
    revalidatePath("/", "layout");
    return t("settings.saved");
  },
);

/**
 * The personal site's settings. Ticking every category the catalogue has stores "all", so
 * that a category added later shows too.
 */
export const updateSiteSettingsAction = createAction(
  { input: z.record(z.string(), z.unknown()), access: "owner" },
  async (raw, { member, workspaceId, t }) => {
    const input = validate(siteSettingsSchema(member.workspace.country as CountryCode), raw);
    const available = await listSiteCategories(workspaceId, null);
    const ticked = new Set(input.siteCategories);
    const siteCategories = available.every((c) => ticked.has(c)) ? null : available.filter((c) => ticked.has(c));
    if (!(await updateSiteSettings(workspaceId, { ...input, siteCategories }))) fail({ formError: "notFound" });
    revalidatePath("/settings");
    return t("settings.site.saved");
  },
);

const customFieldInput = z.object({
  label: z.string().trim().min(1).max(60),
  type: z.enum(customFieldTypes),
  // Options of a select field, comma-separated.
  options: z
    .string()
    .max(2000)
    .default("")
    .transform((v) => [...new Set(v.split(",").map((o) => o.trim()).filter(Boolean))].slice(0, 50)),
});

export const createCustomFieldAction = createAction(
  { input: customFieldInput.refine((f) => f.type !== "select" || f.options.length > 0, { path: ["options"], message: "required" }), access: "owner" },
  async (input, { workspaceId }) => {
    const existing = new Set((await listCustomFields(workspaceId)).map((f) => f.key));
    const base = slugify(input.label, { lower: true, strict: true, replacement: "_" }).slice(0, 30) || "field";
    let key = base;
    for (let i = 2; existing.has(key); i++) key = `${base}_${i}`;
    await createCustomField(workspaceId, { key, label: input.label, type: input.type, options: input.type === "select" ? input.options : [] });
    revalidatePath("/settings");
  },
);

export const deleteCustomFieldAction = createAction({ input: z.object({ id: z.uuid() }), access: "owner" }, async ({ id }, { workspaceId }) => {
  if (!(await deleteCustomField(workspaceId, id))) fail({ formError: "notFound" });
  revalidatePath("/settings");
});

export const moveCustomFieldAction = createAction(
  { input: z.object({ id: z.uuid(), direction: z.enum(["up", "down"]) }), access: "owner" },
  async ({ id, direction }, { workspaceId }) => {
    await moveCustomField(workspaceId, id, direction === "up" ? -1 : 1);
    revalidatePath("/settings");
  },
);

export const updateTagAction = createAction(
  { input: z.object({ id: z.uuid(), name: z.string().trim().min(1).max(50), color: z.enum(tagColors) }), access: "owner" },
  async ({ id, name, color }, { workspaceId }) => {
    try {
      if (!(await updateTag(workspaceId, id, { name, color }))) fail({ formError: "notFound" });
    } catch (error) {
      if (isUniqueViolation(error)) fail({ fieldErrors: { name: "tagTaken" } });
      throw error;
    }
    revalidatePath("/", "layout");
  },
);

export const deleteTagAction = createAction({ input: z.object({ id: z.uuid() }), access: "owner" }, async ({ id }, { workspaceId }) => {
  if (!(await deleteTag(workspaceId, id))) fail({ formError: "notFound" });
  revalidatePath("/", "layout");
});

/** A new secret link to her calendar feed; an old one stops working. */
export const createCalendarLinkAction = createAction({ input: z.object({}) }, async (_input, { workspaceId, member }) => {
  if (!(await createCalendarToken(workspaceId, member.user.id))) fail({ formError: "notFound" });
  revalidatePath("/settings");
});

/** Turns her calendar feed off. */
export const revokeCalendarLinkAction = createAction({ input: z.object({}) }, async (_input, { workspaceId, member }) => {
  await revokeCalendarToken(workspaceId, member.user.id);
  revalidatePath("/settings");
});
