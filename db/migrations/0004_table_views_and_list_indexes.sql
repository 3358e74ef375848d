CREATE TABLE "table_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"table_key" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"columns" jsonb NOT NULL,
	"query" text DEFAULT '' NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "client_tags_tag_idx";--> statement-breakpoint
DROP INDEX "clients_name_idx";--> statement-breakpoint
ALTER TABLE "table_views" ADD CONSTRAINT "table_views_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "table_views" ADD CONSTRAINT "table_views_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "table_views_name_key" ON "table_views" USING btree ("workspace_id","user_id","table_key","name");--> statement-breakpoint
CREATE INDEX "clients_birthday_desc_idx" ON "clients" USING btree ("workspace_id",("archived_at" IS NULL),"birth_month" DESC NULLS LAST,"birth_day" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "clients_last_order_desc_idx" ON "clients" USING btree ("workspace_id",("archived_at" IS NULL),"last_order_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "client_tags_tag_idx" ON "client_tags" USING btree ("workspace_id","tag_id","client_id");--> statement-breakpoint
CREATE INDEX "clients_name_idx" ON "clients" USING btree ("workspace_id",("archived_at" IS NULL),"last_name" COLLATE "und-x-icu","first_name" COLLATE "und-x-icu","id","archived_at");