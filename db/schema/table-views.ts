import { sql } from "drizzle-orm";
import { boolean, index, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "./columns";
import { users } from "./users";
import { workspaces } from "./workspaces";

/**
 * How a user sets up a table, kept on the server so her phone and laptop agree. The row
 * with an empty name is her current column layout; named rows are saved views ("VIP in
 * Almaty") with their columns and list URL (sort, filters, page size). A shared view is
 * listed for everyone in the workspace; only its author changes or deletes it.
 */
export const tableViews = pgTable(
  "table_views",
  {
    id: id(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tableKey: text("table_key").notNull(),
    name: text("name").notNull().default(""),
    columns: jsonb("columns").$type<string[]>().notNull(),
    query: text("query").notNull().default(""),
    isDefault: boolean("is_default").notNull().default(false),
    shared: boolean("shared").notNull().default(false),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("table_views_name_key").on(t.workspaceId, t.userId, t.tableKey, t.name),
    index("table_views_shared_idx").on(t.workspaceId, t.tableKey).where(sql`${t.shared}`),
  ],
);
