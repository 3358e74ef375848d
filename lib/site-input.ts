import { z } from "zod";
import { isWebUrl, optionalInt as int, optionalText as text } from "./form-fields";
import { isValidDayMonth } from "./birthday";
import { parsePhone, type CountryCode } from "./phone";
import { isoDate, parseIsoDate, type LocalDate } from "./zoned-time";

// The personal site's forms: the owner's settings, a guest's checkout and meeting request.
// Phones are read with the workspace's country and stored in E.164.

/** An optional phone as people type it → E.164, or null when empty. */
const phone = (country: CountryCode) =>
  text(40).transform((v, ctx) => {
    if (v === null) return null;
    const parsed = parsePhone(v, country);
    if (parsed.ok) return parsed.e164;
    ctx.addIssue({ code: "custom", message: "invalidPhone" });
    return z.NEVER;
  });

const email = text(254)
  .refine((v) => v === null || z.email().safeParse(v).success, { message: "invalidEmail" })
  .transform((v) => v?.toLowerCase() ?? null);

/** "@anna_beauty", "t.me/anna_beauty" or "https://t.me/anna_beauty" → "anna_beauty". */
export function telegramUsername(input: string): string | null {
  const name = input.trim().replace(/^(?:https?:\/\/)?(?:www\.)?(?:t\.me|telegram\.me)\//i, "").replace(/^@/, "").replace(/\/$/, "");
  return /^[A-Za-z][A-Za-z0-9_]{4,31}$/.test(name) ? name : null;
}

export function siteSettingsSchema(country: CountryCode) {
  return z.object({
    // A switch: present ("on") when on, absent when off.
    siteEnabled: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
    siteBio: text(2000),
    sitePhotoUrl: text(2000).refine((v) => v === null || isWebUrl(v), { message: "invalidUrl" }),
    sitePhone: phone(country),
    siteWhatsapp: phone(country),
    siteTelegram: text(100).transform((v, ctx) => {
      if (v === null) return null;
      const name = telegramUsername(v);
      if (name) return name;
      ctx.addIssue({ code: "custom", message: "invalidTelegram" });
      return z.NEVER;
    }),
    siteEmail: email,
    // The ticked categories, from repeated checkboxes.
    siteCategories: z.preprocess((v) => (v === undefined ? [] : [v].flat()), z.array(z.string().max(100)).max(500)),
  });
}

/** A guest's contact on a public form: a phone or an e-mail, at least one (every error shows at once). */
function needsContact(v: { phone: string | null; email: string | null }, ctx: z.RefinementCtx) {
  if (!v.phone && !v.email) {
    for (const path of ["phone", "email"]) ctx.addIssue({ code: "custom", path: [path], message: "contactRequired" });
  }
}

/** The fields every guest form has: her name, a phone, an e-mail, a note, and the honeypot `website`. */
const guestFields = (country: CountryCode) => ({
  name: z.string().trim().min(1).max(200),
  phone: phone(country),
  email,
  note: text(2000),
  website: z.string().optional(),
});

/**
 * The checkout form: her name, a phone or an e-mail (at least one), a note, and the honeypot
 * `website` that people never see and bots fill in.
 */
export function checkoutSchema(country: CountryCode) {
  // `when` runs the contact check even when other fields failed, so every error shows at once.
  return z.object(guestFields(country)).superRefine(needsContact, { when: () => true });
}

/** When in the day a guest would like to meet; optional. */
export const meetingTimes = ["morning", "afternoon", "evening"] as const;
export type MeetingTime = (typeof meetingTimes)[number];

/**
 * The meeting request: the guest fields, a preferred date (`today` or later, today being the
 * workspace's local date) and an optional time of day.
 */
export function meetingSchema(country: CountryCode, today: LocalDate) {
  return z
    .object({
      ...guestFields(country),
      date: z.string().transform((v, ctx) => {
        if (!v.trim()) {
          ctx.addIssue({ code: "custom", message: "required" });
          return z.NEVER;
        }
        const date = parseIsoDate(v);
        if (!date) {
          ctx.addIssue({ code: "custom", message: "invalidDate" });
          return z.NEVER;
        }
        if (isoDate(date) < isoDate(today)) {
          ctx.addIssue({ code: "custom", message: "pastDate" });
          return z.NEVER;
        }
        return date;
      }),
      timeOfDay: z.preprocess((v) => (v === "" ? undefined : v), z.enum(meetingTimes).optional()).transform((v) => v ?? null),
    })
    .superRefine(needsContact, { when: () => true });
}

/** Registration on a personal site: her name, e-mail and a password (8+), a phone if she likes. */
export function registerSchema(country: CountryCode) {
  return z.object({
    name: z.string().trim().min(1).max(200),
    email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
    password: z.string().min(8).max(200),
    phone: phone(country),
    website: z.string().optional(),
  });
}

/**
 * "My profile" on the site: her name, up to three phones (the first is the main one), her
 * home address, birthday and whether she wants e-mails. The birthday is a day and a month,
 * the year optional; 29 February only in a leap year or without one.
 */
export function profileSchema(country: CountryCode) {
  return z
    .object({
      firstName: z.string().trim().min(1).max(100),
      lastName: text(100),
      phones: z.preprocess((v) => (v === undefined ? [] : [v].flat()), z.array(z.string().max(40)).max(3)),
      line1: text(200),
      city: text(100),
      postalCode: text(20),
      birthDay: int(1, 31),
      birthMonth: int(1, 12),
      birthYear: int(1900, new Date().getFullYear()),
      // A checkbox: present ("on") when she wants e-mails.
      emails: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
    })
    .superRefine((v, ctx) => {
      v.phones.forEach((p, i) => {
        if (p.trim() && !parsePhone(p, country).ok) ctx.addIssue({ code: "custom", path: ["phones", i], message: "invalidPhone" });
      });
      const { birthDay: day, birthMonth: month, birthYear: year } = v;
      if ((day === null) !== (month === null) || (year !== null && day === null) || (day !== null && month !== null && !isValidDayMonth(day, month, year ?? undefined))) {
        ctx.addIssue({ code: "custom", path: ["birthDay"], message: "invalidDate" });
      }
    })
    .transform((v) => ({
      firstName: v.firstName,
      lastName: v.lastName ?? "",
      phones: [...new Set(v.phones.flatMap((p) => (p.trim() ? [parsePhone(p, country)] : [])).flatMap((p) => (p.ok ? [p.e164] : [])))],
      home: { line1: v.line1, city: v.city, postalCode: v.postalCode },
      birthDay: v.birthDay,
      birthMonth: v.birthMonth,
      birthYear: v.birthYear,
      emailOptOut: !v.emails,
    }));
}
