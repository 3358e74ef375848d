"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useActionState, useTransition } from "react";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { ProductPicker } from "@/app/(app)/orders/_components/product-picker";
import { recommendProductAction } from "../../actions";

/** Picks a product from the catalogue to recommend; the tab shows it at once. */
export function RecommendPicker({ clientId }: { clientId: string }) {
  const t = useTranslations("clients.card.wishlist");
  const [state, action] = useActionState(recommendProductAction, null);
  const [, startTransition] = useTransition();
  const recommend = (productId: string) => {
    const form = new FormData();
    form.set("clientId", clientId);
    form.set("productId", productId);
    form.set("on", "true");
    startTransition(() => action(form));
  };
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-dashed p-3">
      <p className="text-sm text-muted-foreground">{t("recommendHint")}</p>
      <FormError message={state && !state.ok ? state.formError : undefined} />
      <ProductPicker onPick={(p) => recommend(p.id)} />
    </div>
  );
}

export function UnrecommendButton({ clientId, productId, label }: { clientId: string; productId: string; label: string }) {
  const [, action] = useActionState(recommendProductAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="clientId" value={clientId} />
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="on" value="false" />
      <SubmitButton variant="ghost" size="icon" pendingText={null} aria-label={label} title={label}>
        <X aria-hidden />
      </SubmitButton>
    </form>
  );
}
