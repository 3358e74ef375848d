"use client";

import { Minus, Plus, Trash2 } from "lucide-react";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { setCartQuantityAction } from "../actions";

const icons = { less: Minus, more: Plus, remove: Trash2 };

/** One of a cart line's buttons: one less, one more, or out of the cart (quantity 0). */
export function QuantityButton({ slug, productId, quantity, kind, label }: { slug: string; productId: string; quantity: number; kind: keyof typeof icons; label: string }) {
  const [, action] = useActionState(setCartQuantityAction, null);
  const Icon = icons[kind];
  return (
    <form action={action}>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="quantity" value={quantity} />
      <SubmitButton variant={kind === "remove" ? "ghost" : "outline"} size="icon" aria-label={label} pendingText={null}>
        <Icon aria-hidden />
      </SubmitButton>
    </form>
  );
}
