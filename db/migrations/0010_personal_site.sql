CREATE TABLE "rate_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action" text NOT NULL,
	"identity" text NOT NULL,
	"ip" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP TABLE "login_attempts" CASCADE;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "site_enabled" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "site_bio" text;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "site_photo_url" text;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "site_phone" text;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "site_whatsapp" text;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "site_telegram" text;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "site_email" text;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "site_categories" jsonb;--> statement-breakpoint
CREATE INDEX "rate_events_identity_idx" ON "rate_events" USING btree ("action","identity","created_at");--> statement-breakpoint
CREATE INDEX "rate_events_ip_idx" ON "rate_events" USING btree ("action","ip","created_at");