import { sql } from "drizzle-orm";
import { boolean, foreignKey, index, pgTable, integer, jsonb, smallint, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clients, tags } from "./clients";
import { id, timestamps } from "./columns";
import { orders } from "./orders";
import { users } from "./users";
import { workspaces } from "./workspaces";
import { contactChannels, contactDirections, recurrences, reminderCategories, reminderKinds } from "@/lib/reminder-options";

// Reminders, the contacts (interaction) log and in-app notifications (SPEC §3, §4.5). As in
// clients.ts, every key that links rows includes workspace_id.

const workspaceId = () =>
  uuid("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" });

// The enums live in lib/reminder-options.ts, which the browser may import without drizzle.
export * from "@/lib/reminder-options";

/** The interaction log: a call, a message or a meeting with a client [003]. */
export const contacts = pgTable(
  "contacts",
  {
    id: id(),
    workspaceId: workspaceId(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    clientId: uuid("client_id").notNull(),
    direction: text("direction", { enum: contactDirections }).notNull(),
    channel: text("channel", { enum: contactChannels }).notNull(),
    information: text("information"),
    category: text("category", { enum: reminderCategories }),
    memberId: uuid("member_id").references(() => users.id, { onDelete: "set null" }),
    // The phone number or e-mail address used.
    address: text("address"),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    unique("contacts_workspace_id_id_key").on(t.workspaceId, t.id),
    foreignKey({ name: "contacts_client_fk", columns: [t.workspaceId, t.clientId], foreignColumns: [clients.workspaceId, clients.id] }).onDelete("cascade"),
    index("contacts_at_idx").on(t.workspaceId, t.at, t.id),
    index("contacts_client_idx").on(t.workspaceId, t.clientId, t.at),
  ],
);

export const reminders = pgTable(
  "reminders",
  {
    id: id(),
    workspaceId: workspaceId(),
    title: text("title").notNull(),
    description: text("description"),
    kind: text("kind", { enum: reminderKinds }).notNull().default("manual"),
    // For an all-day reminder due_at is the local midnight of its day, and the notice goes at
    // the workspace's usual hour; notify_at is when the notice is due either way.
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    allDay: boolean("all_day").notNull().default(false),
    notifyAt: timestamp("notify_at", { withTimezone: true }).notNull(),
    clientId: uuid("client_id"),
    // A group of clients instead of one [000].
    tagId: uuid("tag_id"),
    orderId: uuid("order_id"),
    contactId: uuid("contact_id"),
    category: text("category", { enum: reminderCategories }),
    assigneeId: uuid("assignee_id").references(() => users.id, { onDelete: "set null" }),
    recurrence: text("recurrence", { enum: recurrences }).notNull().default("none"),
    // Which of a generated series this is: the follow-up step (0, 1, 2…), or for birthdays and
    // name days 0 = on the day, 1 = the day before. Keeps generation idempotent.
    step: smallint("step"),
    doneAt: timestamp("done_at", { withTimezone: true }),
    notifiedAt: timestamp("notified_at", { withTimezone: true }),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    unique("reminders_workspace_id_id_key").on(t.workspaceId, t.id),
    foreignKey({ name: "reminders_client_fk", columns: [t.workspaceId, t.clientId], foreignColumns: [clients.workspaceId, clients.id] }).onDelete("cascade"),
    foreignKey({ name: "reminders_tag_fk", columns: [t.workspaceId, t.tagId], foreignColumns: [tags.workspaceId, tags.id] }).onDelete("cascade"),
    foreignKey({ name: "reminders_order_fk", columns: [t.workspaceId, t.orderId], foreignColumns: [orders.workspaceId, orders.id] }).onDelete("cascade"),
    foreignKey({ name: "reminders_contact_fk", columns: [t.workspaceId, t.contactId], foreignColumns: [contacts.workspaceId, contacts.id] }).onDelete("cascade"),
    // The list reads open reminders (the usual case) from partial indexes: their counts are
    // index-only, and the planner sees how few are open (notes/search-at-scale.md).
    index("reminders_open_due_idx").on(t.workspaceId, t.dueAt, t.id).where(sql`${t.doneAt} IS NULL`),
    index("reminders_open_category_idx").on(t.workspaceId, t.category, t.dueAt, t.id).where(sql`${t.doneAt} IS NULL`),
    index("reminders_open_assignee_idx").on(t.workspaceId, t.assigneeId, t.dueAt, t.id).where(sql`${t.doneAt} IS NULL`),
    index("reminders_done_due_idx").on(t.workspaceId, t.dueAt, t.id).where(sql`${t.doneAt} IS NOT NULL`),
    index("reminders_due_idx").on(t.workspaceId, t.dueAt, t.id),
    index("reminders_client_idx").on(t.workspaceId, t.clientId, t.dueAt),
    index("reminders_contact_idx").on(t.workspaceId, t.contactId),
    // The sweep's work list: open reminders whose notice has not gone yet.
    index("reminders_pending_notice_idx").on(t.notifyAt).where(sql`${t.doneAt} IS NULL AND ${t.notifiedAt} IS NULL`),
    // One open generated reminder per order / client and step: delivering twice or editing a
    // birthday never duplicates them.
    uniqueIndex("reminders_follow_up_key").on(t.workspaceId, t.orderId, t.step).where(sql`${t.kind} = 'follow_up'`),
    uniqueIndex("reminders_date_key").on(t.workspaceId, t.clientId, t.kind, t.step).where(sql`${t.kind} IN ('birthday', 'name_day') AND ${t.doneAt} IS NULL`),
  ],
);

export const notificationKinds = ["site_registration", "profile_changed", "site_order", "reminder_due"] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** In-app notifications for one member. */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    workspaceId: workspaceId(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: notificationKinds }).notNull(),
    // What to show (names, titles) as they were when it was sent.
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    reminderId: uuid("reminder_id"),
    clientId: uuid("client_id"),
    orderId: uuid("order_id"),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    index("notifications_user_idx").on(t.workspaceId, t.userId, t.createdAt),
    index("notifications_unread_idx").on(t.workspaceId, t.userId).where(sql`${t.readAt} IS NULL`),
  ],
);

/** The digests already sent, one per member and local day, so a retried run sends none twice. */
export const digestRuns = pgTable(
  "digest_runs",
  {
    workspaceId: workspaceId(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    day: text("day").notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [uniqueIndex("digest_runs_key").on(t.workspaceId, t.userId, t.day)],
);
