CREATE INDEX "orders_number_idx" ON "orders" USING btree ("workspace_id",("archived_at" IS NULL),"number");--> statement-breakpoint
CREATE INDEX "orders_total_idx" ON "orders" USING btree ("workspace_id",("archived_at" IS NULL),"total","id");--> statement-breakpoint
CREATE INDEX "orders_balance_idx" ON "orders" USING btree ("workspace_id",("archived_at" IS NULL),("total" - "paid"),"id");--> statement-breakpoint
CREATE INDEX "orders_payment_idx" ON "orders" USING btree ("workspace_id",("archived_at" IS NULL),"payment_status","created_at","id");--> statement-breakpoint
CREATE INDEX "orders_source_idx" ON "orders" USING btree ("workspace_id",("archived_at" IS NULL),"source","created_at","id");