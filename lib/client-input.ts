import type { CountryCode } from "libphonenumber-js";
import { z } from "zod";
import { addressKinds, consentKinds, emailLabels, phoneLabels, type CustomFieldType } from "@/db/schema/clients";
import { locales } from "./locales";
import { optionalInt as int, optionalText as text } from "./form-fields";
import { parsePhone } from "./phone";
import { isValidDayMonth } from "./birthday";

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** Index of the row chosen as primary (a radio button); the first row when none is. */
const primaryIndex = z.preprocess((v) => (v === undefined || v === "" ? 0 : v), z.coerce.number().int().min(0));

/** "YYYY-MM-DD" naming a real day. */
function isCalendarDate(v: string): boolean {
  const time = Date.parse(`${v}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(v);
}

export type CustomFieldDef = { key: string; type: CustomFieldType; options: string[] };
export type CustomValue = string | number | boolean;

function customValue(def: CustomFieldDef) {
  switch (def.type) {
    case "number":
      return z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().min(-1e12).max(1e12).optional());
    case "date":
      // A real calendar day: "2023-02-30" must not roll over into March.
      return text(10).refine((v) => v === null || isCalendarDate(v), {
        message: "invalidDate",
      });
    case "select":
      return text(200).refine((v) => v === null || def.options.includes(v), { message: "invalidValue" });
    case "checkbox":
      return checkbox;
    default:
      return text(500);
  }
}

/**
 * The client card as a form sends it, validated and normalised: phones parsed with the
 * workspace country into E.164, empty rows dropped, one primary phone and e-mail,
 * day-month dates checked (29 Feb only without a year or in a leap year), custom fields
 * checked by their type.
 */
export function clientInputSchema(country: CountryCode, customFields: CustomFieldDef[]) {
  return z
    .object({
      lastName: z.string().trim().min(1).max(100),
      firstName: z.string().trim().min(1).max(100),
      middleName: text(100),
      number: int(1, 2_000_000_000),
      birthDay: int(1, 31),
      birthMonth: int(1, 12),
      birthYear: int(1900, new Date().getFullYear()),
      nameDayDay: int(1, 31),
      nameDayMonth: int(1, 12),
      source: text(100),
      responsibleId: z.preprocess((v) => v || null, z.uuid().nullable()),
      description: text(5000),
      remarks: text(5000),
      idDocType: text(100),
      idDocSeries: text(50),
      idDocNumber: text(50),
      loyaltyCard: text(50),
      discountPercent: int(0, 100),
      companyName: text(200),
      locale: z.preprocess((v) => v || null, z.enum(locales).nullable()),
      phones: z
        .array(z.object({ value: z.string().trim().max(40).optional().default(""), label: z.enum(phoneLabels).default("mobile") }))
        .max(10)
        .default([]),
      primaryPhone: primaryIndex,
      emails: z
        .array(z.object({ address: z.string().trim().max(254).optional().default(""), label: z.enum(emailLabels).default("personal") }))
        .max(10)
        .default([]),
      primaryEmail: primaryIndex,
      addresses: z
        .array(
          z.object({
            kind: z.enum(addressKinds),
            line1: text(200),
            line2: text(200),
            city: text(100),
            region: text(100),
            postalCode: text(20),
            country: text(2),
          }),
        )
        .max(addressKinds.length)
        .default([]),
      // Tag names, from repeated fields or one comma-separated text ("VIP, Алматы").
      tags: z.preprocess(
        (v) => (v === undefined ? [] : [v].flat().flatMap((s) => String(s).split(",")).map((s) => s.trim()).filter(Boolean)),
        z.array(z.string().max(50)).max(50),
      ),
      consents: z.object(Object.fromEntries(consentKinds.map((k) => [k, checkbox])) as Record<(typeof consentKinds)[number], typeof checkbox>).default({
        notifications: false,
        dataProcessing: false,
        commercial: false,
        thirdParty: false,
      }),
      emailOptOut: checkbox,
      custom: z.object(Object.fromEntries(customFields.map((def) => [def.key, customValue(def)]))).default({}),
    })
    .superRefine((v, ctx) => {
      v.phones.forEach((p, i) => {
        if (p.value && !parsePhone(p.value, country).ok) ctx.addIssue({ code: "custom", path: ["phones", i, "value"], message: "invalidPhone" });
      });
      v.emails.forEach((e, i) => {
        if (e.address && !z.email().safeParse(e.address).success) ctx.addIssue({ code: "custom", path: ["emails", i, "address"], message: "invalidEmail" });
      });
      const pairs = [
        ["birthDay", v.birthDay, v.birthMonth, v.birthYear],
        ["nameDayDay", v.nameDayDay, v.nameDayMonth, null],
      ] as const;
      for (const [field, day, month, year] of pairs) {
        if ((day === null) !== (month === null) || (day !== null && month !== null && !isValidDayMonth(day, month, year ?? undefined))) {
          ctx.addIssue({ code: "custom", path: [field], message: "invalidDate" });
        }
      }
      if (v.birthYear !== null && v.birthDay === null) ctx.addIssue({ code: "custom", path: ["birthDay"], message: "invalidDate" });
    })
    .transform(({ primaryPhone: primaryPhoneIndex, primaryEmail: primaryEmailIndex, ...v }) => {
      const phones = v.phones
        .map((p, i) => ({ ...p, index: i, parsed: p.value ? parsePhone(p.value, country) : null }))
        .filter((p) => p.parsed?.ok);
      const emails = v.emails.map((e, i) => ({ ...e, index: i })).filter((e) => e.address);
      const primaryPhone = phones.find((p) => p.index === primaryPhoneIndex) ?? phones[0];
      const primaryEmail = emails.find((e) => e.index === primaryEmailIndex) ?? emails[0];
      const custom = Object.fromEntries(
        Object.entries(v.custom).filter((entry): entry is [string, CustomValue] => entry[1] !== null && entry[1] !== undefined && entry[1] !== false),
      );
      return {
        ...v,
        custom,
        tags: [...new Map(v.tags.map((t) => [t.toLowerCase(), t])).values()],
        addresses: v.addresses.filter((a) => a.line1 || a.line2 || a.city || a.region || a.postalCode),
        phones: phones.map((p) => ({
          e164: (p.parsed as { ok: true; e164: string }).e164,
          label: p.label,
          isPrimary: p === primaryPhone,
        })),
        emails: emails.map((e) => ({ address: e.address.toLowerCase(), label: e.label, isPrimary: e === primaryEmail })),
      };
    });
}

export type ClientInput = z.output<ReturnType<typeof clientInputSchema>>;
