"use client";

import { ShoppingBag } from "lucide-react";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { addToCartAction } from "../actions";

/** "Add to cart" for one product; the page renders again with the new count. */
export function AddToCartButton({ slug, productId, label, productName }: { slug: string; productId: string; label: string; productName: string }) {
  const [state, action] = useActionState(addToCartAction, null);
  return (
    <form action={action} className="flex flex-col items-end gap-1">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="productId" value={productId} />
      <SubmitButton data-testid="add-to-cart">
        <ShoppingBag aria-hidden />
        {label}
        <span className="sr-only">: {productName}</span>
      </SubmitButton>
      {state && !state.ok && state.formError ? (
        <p role="alert" className="text-sm text-destructive">
          {state.formError}
        </p>
      ) : null}
    </form>
  );
}
