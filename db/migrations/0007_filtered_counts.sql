DROP INDEX "order_items_product_idx";--> statement-breakpoint
DROP INDEX "orders_status_idx";--> statement-breakpoint
DROP INDEX "orders_payment_idx";--> statement-breakpoint
CREATE INDEX "order_items_product_idx" ON "order_items" USING btree ("workspace_id","product_id","order_id");--> statement-breakpoint
CREATE INDEX "orders_status_idx" ON "orders" USING btree ("workspace_id",("archived_at" IS NULL),"status","created_at","id","archived_at");--> statement-breakpoint
CREATE INDEX "orders_payment_idx" ON "orders" USING btree ("workspace_id",("archived_at" IS NULL),"payment_status","created_at","id","archived_at");