DROP INDEX "reminders_assignee_idx";--> statement-breakpoint
DROP INDEX "reminders_due_idx";--> statement-breakpoint
CREATE INDEX "reminders_open_due_idx" ON "reminders" USING btree ("workspace_id","due_at","id") WHERE "reminders"."done_at" IS NULL;--> statement-breakpoint
CREATE INDEX "reminders_open_category_idx" ON "reminders" USING btree ("workspace_id","category","due_at","id") WHERE "reminders"."done_at" IS NULL;--> statement-breakpoint
CREATE INDEX "reminders_open_assignee_idx" ON "reminders" USING btree ("workspace_id","assignee_id","due_at","id") WHERE "reminders"."done_at" IS NULL;--> statement-breakpoint
CREATE INDEX "reminders_done_due_idx" ON "reminders" USING btree ("workspace_id","due_at","id") WHERE "reminders"."done_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "reminders_due_idx" ON "reminders" USING btree ("workspace_id","due_at","id");