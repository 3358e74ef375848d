import { boolean, jsonb, pgTable, primaryKey, smallint, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { locales } from "@/lib/locales";
import { currencies, type Cadence, defaultCadence } from "@/lib/workspace-options";
import { id, timestamps } from "./columns";
import { users } from "./users";

/** The consultant's business: the tenant every other table belongs to. */
export const workspaces = pgTable(
  "workspaces",
  {
    id: id(),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    country: text("country").notNull().default("KZ"),
    currency: text("currency", { enum: currencies }).notNull().default("KZT"),
    timeZone: text("time_zone").notNull().default("Asia/Almaty"),
    defaultLocale: text("default_locale", { enum: locales }).notNull().default("ru"),
    followUpCadence: jsonb("follow_up_cadence").$type<Cadence>().notNull().default(defaultCadence),
    // The usual hour for calls (follow-ups, all-day reminders' notices) and for the morning digest.
    followUpHour: smallint("follow_up_hour").notNull().default(11),
    digestHour: smallint("digest_hour").notNull().default(8),
    // Birthday and name-day reminders also the day before.
    remindDayBefore: boolean("remind_day_before").notNull().default(false),
    // The personal site /s/<slug> (SPEC §4.4): off until the owner switches it on.
    siteEnabled: boolean("site_enabled").notNull().default(false),
    siteBio: text("site_bio"),
    sitePhotoUrl: text("site_photo_url"),
    // E.164 numbers; the Telegram username without "@".
    sitePhone: text("site_phone"),
    siteWhatsapp: text("site_whatsapp"),
    siteTelegram: text("site_telegram"),
    siteEmail: text("site_email"),
    // The catalogue categories the site shows; null shows them all.
    siteCategories: jsonb("site_categories").$type<string[] | null>(),
    ...timestamps,
  },
  (t) => [uniqueIndex("workspaces_slug_key").on(t.slug)],
);

export const roles = ["owner", "staff"] as const;
export type Role = (typeof roles)[number];

export const memberships = pgTable(
  "memberships",
  {
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: roles }).notNull(),
    // The secret of this member's calendar feed (/calendar/<token>.ics); null when revoked.
    calendarToken: text("calendar_token"),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.userId] }), uniqueIndex("memberships_calendar_token_key").on(t.calendarToken)],
);
