"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import type { OrderStatus } from "@/db/schema/orders";
import { setOrderStatusAction } from "../../actions";

/**
 * One form per status the order can move to (e2e tests find them by data-testid). Delivery
 * asks when: now by default, earlier when it is recorded after the fact.
 */
function StatusForm({ orderId, status, now }: { orderId: string; status: OrderStatus; now: string }) {
  const t = useTranslations("orders");
  const { formAction, formError, error, value, formKey } = useActionForm(setOrderStatusAction, { onSuccess: (m) => toast.success(m) });
  const delivered = status === "delivered";
  const deliveredError = error("deliveredAt");
  return (
    <form key={formKey} action={formAction} data-testid={`set-status-${status}`} className={delivered ? "flex flex-col gap-2 rounded-md border p-3" : "contents"}>
      <input type="hidden" name="id" value={orderId} />
      <input type="hidden" name="status" value={status} />
      {delivered ? (
        <label className="flex flex-col gap-1 text-sm">
          <span className="text-muted-foreground">{t("detail.deliveredAt")}</span>
          <Input
            type="datetime-local"
            name="deliveredAt"
            defaultValue={value("deliveredAt") ?? now}
            aria-invalid={deliveredError ? true : undefined}
            className="max-w-full"
          />
        </label>
      ) : null}
      {deliveredError?.map((m) => (
        <p key={m} className="text-sm font-medium text-destructive">{m}</p>
      ))}
      <FormError message={formError} />
      <SubmitButton variant={delivered ? "primary" : "outline"}>{t(`status.${status}`)}</SubmitButton>
    </form>
  );
}

export function StatusForms({ orderId, targets, now }: { orderId: string; targets: OrderStatus[]; now: string }) {
  const t = useTranslations("orders.detail");
  return (
    <section className="flex flex-col gap-2" aria-labelledby="order-move-to">
      <h2 id="order-move-to" className="text-sm font-medium text-muted-foreground">{t("moveTo")}</h2>
      <div className="flex flex-wrap gap-2">
        {targets
          .filter((s) => s !== "delivered")
          .map((s) => (
            <StatusForm key={s} orderId={orderId} status={s} now={now} />
          ))}
      </div>
      {targets.includes("delivered") ? <StatusForm orderId={orderId} status="delivered" now={now} /> : null}
    </section>
  );
}
