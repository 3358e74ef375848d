import { sql } from "drizzle-orm";
import {
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { locales } from "@/lib/locales";
import { id, timestamps } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";

// Every table here carries workspace_id, and every key that links rows includes it, so one
// tenant's rows can never point at another's (SPEC §2.3).

const workspaceId = () =>
  uuid("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" });

export const companies = pgTable(
  "companies",
  {
    id: id(),
    workspaceId: workspaceId(),
    name: text("name").notNull(),
    address: text("address"),
    website: text("website"),
    phone: text("phone"),
    email: text("email"),
    ...timestamps,
  },
  (t) => [
    unique("companies_workspace_id_id_key").on(t.workspaceId, t.id),
    index("companies_name_idx").on(t.workspaceId, sql`lower(${t.name})`),
  ],
);

export const consentKinds = ["notifications", "dataProcessing", "commercial", "thirdParty"] as const;
export type ConsentKind = (typeof consentKinds)[number];

export const clients = pgTable(
  "clients",
  {
    id: id(),
    workspaceId: workspaceId(),
    number: integer("number").notNull(),
    lastName: text("last_name").notNull(),
    firstName: text("first_name").notNull(),
    middleName: text("middle_name"),
    birthDay: smallint("birth_day"),
    birthMonth: smallint("birth_month"),
    birthYear: smallint("birth_year"),
    nameDayDay: smallint("name_day_day"),
    nameDayMonth: smallint("name_day_month"),
    source: text("source"),
    responsibleId: uuid("responsible_id").references(() => users.id, { onDelete: "set null" }),
    description: text("description"),
    remarks: text("remarks"),
    idDocType: text("id_doc_type"),
    idDocSeries: text("id_doc_series"),
    idDocNumber: text("id_doc_number"),
    loyaltyCard: text("loyalty_card"),
    discountPercent: smallint("discount_percent"),
    companyId: uuid("company_id"),
    customFields: jsonb("custom_fields").$type<Record<string, string | number | boolean>>().notNull().default({}),
    emailOptOutAt: timestamp("email_opt_out_at", { withTimezone: true }),
    emailOptOutSource: text("email_opt_out_source"),
    consentNotificationsAt: timestamp("consent_notifications_at", { withTimezone: true }),
    consentDataProcessingAt: timestamp("consent_data_processing_at", { withTimezone: true }),
    consentCommercialAt: timestamp("consent_commercial_at", { withTimezone: true }),
    consentThirdPartyAt: timestamp("consent_third_party_at", { withTimezone: true }),
    locale: text("locale", { enum: locales }),
    customerUserId: uuid("customer_user_id").references(() => users.id, { onDelete: "set null" }),
    registeredAt: timestamp("registered_at", { withTimezone: true }),
    // Kept in step with client_phones / client_emails for the list; those tables are the truth.
    primaryPhone: text("primary_phone"),
    primaryEmail: text("primary_email"),
    // Set by orders (a later issue); sorting 100,000 clients by a join would be too slow.
    lastOrderAt: timestamp("last_order_at", { withTimezone: true }),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    unique("clients_workspace_id_id_key").on(t.workspaceId, t.id),
    unique("clients_workspace_number_key").on(t.workspaceId, t.number),
    foreignKey({ name: "clients_company_fk", columns: [t.workspaceId, t.companyId], foreignColumns: [companies.workspaceId, companies.id] }),
    // The list's orders, for active and archived clients alike (the archive is a list too).
    // archived_at itself is the last column so that counts are index-only scans.
    index("clients_name_idx").on(
      t.workspaceId,
      sql`(${t.archivedAt} IS NULL)`,
      sql`${t.lastName} COLLATE "und-x-icu"`,
      sql`${t.firstName} COLLATE "und-x-icu"`,
      t.id,
      t.archivedAt,
    ),
    index("clients_created_idx").on(t.workspaceId, sql`(${t.archivedAt} IS NULL)`, t.createdAt, t.id),
    index("clients_birthday_idx").on(t.workspaceId, sql`(${t.archivedAt} IS NULL)`, t.birthMonth, t.birthDay, t.id),
    index("clients_last_order_idx").on(t.workspaceId, sql`(${t.archivedAt} IS NULL)`, t.lastOrderAt, t.id),
    // Descending sorts put clients without a value last, which a backward scan cannot do.
    index("clients_birthday_desc_idx").on(t.workspaceId, sql`(${t.archivedAt} IS NULL)`, t.birthMonth.desc().nullsLast(), t.birthDay.desc().nullsLast(), t.id.desc()),
    index("clients_last_order_desc_idx").on(t.workspaceId, sql`(${t.archivedAt} IS NULL)`, t.lastOrderAt.desc().nullsLast(), t.id.desc()),
    // The list's "registered on site" filter (its count too) over 100,000 clients.
    index("clients_registered_idx").on(t.workspaceId, sql`(${t.archivedAt} IS NULL)`, t.registeredAt, t.id),
    // A site account is one client per workspace (one person, several consultants).
    uniqueIndex("clients_customer_user_key").on(t.workspaceId, t.customerUserId).where(sql`${t.customerUserId} IS NOT NULL`),
  ],
);

export const phoneLabels = ["mobile", "home", "work", "other"] as const;

export const clientPhones = pgTable(
  "client_phones",
  {
    id: id(),
    workspaceId: workspaceId(),
    clientId: uuid("client_id").notNull(),
    e164: text("e164").notNull(),
    label: text("label", { enum: phoneLabels }).notNull().default("mobile"),
    isPrimary: boolean("is_primary").notNull().default(false),
    // Digits of the national number, and reversed, for prefix and suffix search.
    nationalDigits: text("national_digits").notNull(),
    reversedDigits: text("reversed_digits").notNull(),
    position: smallint("position").notNull().default(0),
    ...timestamps,
  },
  (t) => [
    foreignKey({ name: "client_phones_client_fk", columns: [t.workspaceId, t.clientId], foreignColumns: [clients.workspaceId, clients.id] }).onDelete("cascade"),
    uniqueIndex("client_phones_one_primary").on(t.clientId).where(sql`${t.isPrimary}`),
    index("client_phones_client_idx").on(t.clientId),
    index("client_phones_national_idx").on(t.workspaceId, sql`${t.nationalDigits} text_pattern_ops`),
    index("client_phones_reversed_idx").on(t.workspaceId, sql`${t.reversedDigits} text_pattern_ops`),
  ],
);

export const emailLabels = ["personal", "work", "other"] as const;

export const clientEmails = pgTable(
  "client_emails",
  {
    id: id(),
    workspaceId: workspaceId(),
    clientId: uuid("client_id").notNull(),
    address: text("address").notNull(),
    label: text("label", { enum: emailLabels }).notNull().default("personal"),
    isPrimary: boolean("is_primary").notNull().default(false),
    position: smallint("position").notNull().default(0),
    ...timestamps,
  },
  (t) => [
    foreignKey({ name: "client_emails_client_fk", columns: [t.workspaceId, t.clientId], foreignColumns: [clients.workspaceId, clients.id] }).onDelete("cascade"),
    uniqueIndex("client_emails_one_primary").on(t.clientId).where(sql`${t.isPrimary}`),
    index("client_emails_client_idx").on(t.clientId),
    index("client_emails_address_idx").on(t.workspaceId, sql`lower(${t.address}) text_pattern_ops`),
  ],
);

export const addressKinds = ["home", "mailing", "registration", "work"] as const;

export const clientAddresses = pgTable(
  "client_addresses",
  {
    id: id(),
    workspaceId: workspaceId(),
    clientId: uuid("client_id").notNull(),
    kind: text("kind", { enum: addressKinds }).notNull(),
    line1: text("line1"),
    line2: text("line2"),
    city: text("city"),
    region: text("region"),
    postalCode: text("postal_code"),
    country: text("country"),
    ...timestamps,
  },
  (t) => [
    foreignKey({ name: "client_addresses_client_fk", columns: [t.workspaceId, t.clientId], foreignColumns: [clients.workspaceId, clients.id] }).onDelete("cascade"),
    uniqueIndex("client_addresses_kind_key").on(t.clientId, t.kind),
  ],
);

export const tags = pgTable(
  "tags",
  {
    id: id(),
    workspaceId: workspaceId(),
    name: text("name").notNull(),
    color: text("color").notNull().default("gray"),
    ...timestamps,
  },
  (t) => [
    unique("tags_workspace_id_id_key").on(t.workspaceId, t.id),
    uniqueIndex("tags_name_key").on(t.workspaceId, sql`lower(${t.name})`),
  ],
);

export const clientTags = pgTable(
  "client_tags",
  {
    workspaceId: workspaceId(),
    clientId: uuid("client_id").notNull(),
    tagId: uuid("tag_id").notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.clientId, t.tagId] }),
    foreignKey({ name: "client_tags_client_fk", columns: [t.workspaceId, t.clientId], foreignColumns: [clients.workspaceId, clients.id] }).onDelete("cascade"),
    foreignKey({ name: "client_tags_tag_fk", columns: [t.workspaceId, t.tagId], foreignColumns: [tags.workspaceId, tags.id] }).onDelete("cascade"),
    index("client_tags_tag_idx").on(t.workspaceId, t.tagId, t.clientId),
  ],
);

export const customFieldTypes = ["text", "number", "date", "select", "checkbox"] as const;
export type CustomFieldType = (typeof customFieldTypes)[number];

export const customFields = pgTable(
  "custom_fields",
  {
    id: id(),
    workspaceId: workspaceId(),
    key: text("key").notNull(),
    label: text("label").notNull(),
    type: text("type", { enum: customFieldTypes }).notNull(),
    options: jsonb("options").$type<string[]>().notNull().default([]),
    position: smallint("position").notNull().default(0),
    ...timestamps,
  },
  (t) => [unique("custom_fields_workspace_key").on(t.workspaceId, t.key)],
);

export const notes = pgTable(
  "notes",
  {
    id: id(),
    workspaceId: workspaceId(),
    clientId: uuid("client_id").notNull(),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    ...timestamps,
  },
  (t) => [
    foreignKey({ name: "notes_client_fk", columns: [t.workspaceId, t.clientId], foreignColumns: [clients.workspaceId, clients.id] }).onDelete("cascade"),
    index("notes_client_idx").on(t.workspaceId, t.clientId, t.createdAt),
  ],
);

export const activityKinds = [
  "created", "updated", "archived", "unarchived", "note_added", "note_edited", "note_deleted",
  "order_created", "order_updated", "order_status", "order_archived", "order_unarchived", "payment_added", "payment_deleted", "order_email_sent",
  "reminder_created", "reminder_updated", "reminder_done", "reminder_reopened", "reminder_deleted", "contact_logged", "unsubscribed",
  "site_registered", "wish_added", "wish_removed", "recommended", "unrecommended",
] as const;
export type ActivityKind = (typeof activityKinds)[number];

/** The client's timeline, written in the same transaction as the change it records. */
export const activities = pgTable(
  "activities",
  {
    id: id(),
    workspaceId: workspaceId(),
    clientId: uuid("client_id").notNull(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    kind: text("kind", { enum: activityKinds }).notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    foreignKey({ name: "activities_client_fk", columns: [t.workspaceId, t.clientId], foreignColumns: [clients.workspaceId, clients.id] }).onDelete("cascade"),
    index("activities_client_idx").on(t.workspaceId, t.clientId, t.createdAt),
  ],
);

/**
 * Normalised words of a client's name, company, e-mails and number (lib/search-text.ts);
 * search prefix-matches them with a btree, then sorts the few hits.
 */
export const clientSearchTerms = pgTable(
  "client_search_terms",
  {
    workspaceId: workspaceId(),
    clientId: uuid("client_id").notNull(),
    term: text("term").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.term, t.clientId] }),
    foreignKey({ name: "client_search_terms_client_fk", columns: [t.workspaceId, t.clientId], foreignColumns: [clients.workspaceId, clients.id] }).onDelete("cascade"),
    index("client_search_terms_prefix_idx").on(t.workspaceId, sql`${t.term} text_pattern_ops`),
    index("client_search_terms_client_idx").on(t.clientId),
  ],
);

/** Distinct search words per workspace, for typo-tolerant search (nearest by trigrams). */
export const searchDictionary = pgTable(
  "search_dictionary",
  {
    workspaceId: workspaceId(),
    term: text("term").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.term] }),
    index("search_dictionary_trgm_idx").using("gist", t.workspaceId, sql`${t.term} gist_trgm_ops`),
  ],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: id(),
    workspaceId: workspaceId(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: uuid("entity_id"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamps.createdAt,
  },
  (t) => [index("audit_log_workspace_idx").on(t.workspaceId, t.createdAt)],
);
