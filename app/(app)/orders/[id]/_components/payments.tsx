"use client";

import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { ConfirmForm } from "@/components/forms/confirm-form";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import type { PaymentMethod } from "@/db/schema/orders";
import { addPaymentAction, deletePaymentAction } from "../../actions";

/** Records a payment: the amount starts at the balance, the time at now (workspace time zone). */
export function AddPaymentForm({ orderId, balance, now, methods }: { orderId: string; balance: string; now: string; methods: readonly PaymentMethod[] }) {
  const t = useTranslations("orders");
  const { formAction, formError, error, value, formKey } = useActionForm(addPaymentAction, { shows: balance, onSuccess: (m) => toast.success(m) });
  const v = (name: string, fallback: string) => value(name) ?? fallback;
  return (
    <form key={formKey} action={formAction} noValidate className="flex flex-col gap-3" data-testid="add-payment">
      <input type="hidden" name="orderId" value={orderId} />
      <FormError message={formError} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("payments.amount")} name="amount" error={error("amount")}>
          <Input inputMode="decimal" autoComplete="off" defaultValue={v("amount", balance)} />
        </Field>
        <Field label={t("payments.method")} name="method" error={error("method")}>
          <Select defaultValue={v("method", "cash")}>
            {methods.map((m) => (
              <option key={m} value={m}>{t(`method.${m}`)}</option>
            ))}
          </Select>
        </Field>
        <Field label={t("payments.paidAt")} name="paidAt" error={error("paidAt")}>
          <Input type="datetime-local" defaultValue={v("paidAt", now)} />
        </Field>
        <Field label={t("payments.note")} name="note" error={error("note")}>
          <Input maxLength={500} autoComplete="off" defaultValue={v("note", "")} />
        </Field>
      </div>
      <SubmitButton className="self-start">{t("payments.add")}</SubmitButton>
    </form>
  );
}

/** Deletes one payment after the browser's confirm(). */
export function DeletePaymentButton({ orderId, paymentId, amount }: { orderId: string; paymentId: string; amount: string }) {
  const t = useTranslations("orders.payments");
  const { formAction, formError, formKey } = useActionForm(deletePaymentAction, { onSuccess: (m) => toast.success(m) });
  return (
    <ConfirmForm key={formKey} action={formAction} confirm={t("confirmDelete", { amount })} fields={{ orderId, paymentId }}>
      <FormError message={formError} />
      <SubmitButton variant="ghost" size="icon" aria-label={`${t("delete")} ${amount}`}>
        <Trash2 aria-hidden className="size-4" />
      </SubmitButton>
    </ConfirmForm>
  );
}
