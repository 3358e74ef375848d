import type { BadgeProps } from "@/components/ui/badge";
import type { OrderStatus, PaymentStatus } from "@/db/schema/orders";

type Variant = NonNullable<BadgeProps["variant"]>;

/** The colours of an order's status and payment badges, the same on every page. */
export const statusVariant: Record<OrderStatus, Variant> = { new: "default", unprocessed: "warning", processed: "secondary", delivered: "success" };
export const paymentVariant: Record<PaymentStatus, Variant> = { unpaid: "outline", partial: "warning", paid: "success" };
