import { index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "./columns";
import { workspaces } from "./workspaces";

export const emailProviders = ["outbox", "resend"] as const;
export const emailStatuses = ["sent", "failed"] as const;

/**
 * Every e-mail sent or attempted. Without a Resend key this table is also the local outbox
 * (provider = outbox), readable at /outbox outside production.
 * workspace_id is null only for account mail (password reset) that belongs to no tenant.
 */
export const emailLog = pgTable(
  "email_log",
  {
    id: id(),
    workspaceId: uuid("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    to: text("to").notNull(),
    from: text("from").notNull(),
    subject: text("subject").notNull(),
    template: text("template").notNull(),
    locale: text("locale").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    provider: text("provider", { enum: emailProviders }).notNull(),
    status: text("status", { enum: emailStatuses }).notNull(),
    providerId: text("provider_id"),
    error: text("error"),
    // What the mail was about, for the client's and the order's history (no FK: the log outlives them).
    clientId: uuid("client_id"),
    orderId: uuid("order_id"),
    ...timestamps,
  },
  (t) => [index("email_log_workspace_idx").on(t.workspaceId, t.createdAt)],
);
