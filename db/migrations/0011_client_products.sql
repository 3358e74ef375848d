CREATE TABLE "client_products" (
	"workspace_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "client_products_workspace_id_client_id_kind_product_id_pk" PRIMARY KEY("workspace_id","client_id","kind","product_id")
);
--> statement-breakpoint
ALTER TABLE "client_products" ADD CONSTRAINT "client_products_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_products" ADD CONSTRAINT "client_products_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_products" ADD CONSTRAINT "client_products_client_fk" FOREIGN KEY ("workspace_id","client_id") REFERENCES "public"."clients"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_products" ADD CONSTRAINT "client_products_product_fk" FOREIGN KEY ("workspace_id","product_id") REFERENCES "public"."products"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clients_registered_idx" ON "clients" USING btree ("workspace_id",("archived_at" IS NULL),"registered_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "clients_customer_user_key" ON "clients" USING btree ("workspace_id","customer_user_id") WHERE "clients"."customer_user_id" IS NOT NULL;