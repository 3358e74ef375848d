"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { createProductAction, updateProductAction } from "../actions";

/** The form's starting values as text (the price as typed, e.g. "12500" or "990.50"). */
export type ProductFormValues = {
  id?: string;
  version?: number;
  sku: string;
  name: string;
  category: string;
  price: string;
  active: boolean;
  imageUrl: string;
  description: string;
};

export const emptyProductValues: ProductFormValues = { sku: "", name: "", category: "", price: "", active: true, imageUrl: "", description: "" };

/** A new product or an edit (which carries the version it started from). */
export function ProductForm({ values, categories, currency }: {
  values: ProductFormValues;
  /** The workspace's categories, suggested while typing. */
  categories: string[];
  /** The currency's symbol for the price label ("₸"). */
  currency: string;
}) {
  const t = useTranslations("products.form");
  const editing = Boolean(values.id);
  const { state, formAction, formError, error, value, formKey } = useActionForm(editing ? updateProductAction : createProductAction, { shows: values });
  const failed = state !== null && !state.ok;
  // After a failed save the form is created anew and shows what was typed.
  const v = (name: Exclude<keyof ProductFormValues, "id" | "version" | "active">) => value(name) ?? (failed ? "" : values[name]);
  const text = (name: "sku" | "name" | "category" | "price" | "imageUrl", label: string, props: Record<string, unknown>, hint?: string) => (
    <Field label={label} name={name} error={error(name)} hint={hint}>
      <Input defaultValue={v(name)} {...props} />
    </Field>
  );

  return (
    <form key={formKey} action={formAction} noValidate className="flex max-w-2xl flex-col gap-4">
      {editing ? (
        <>
          <input type="hidden" name="id" value={values.id} />
          <input type="hidden" name="version" value={values.version} />
        </>
      ) : null}
      <FormError message={formError} />
      <p className="text-sm text-muted-foreground">{t("requiredHint")}</p>
      <section className="flex flex-col gap-4 rounded-lg border bg-card p-4 sm:p-5">
        {text("name", t("name"), { required: true, maxLength: 200, autoComplete: "off" })}
        <div className="grid gap-4 sm:grid-cols-2">
          {text("price", t("price", { currency }), { required: true, inputMode: "decimal", autoComplete: "off", maxLength: 20 }, t("priceHint"))}
          {text("sku", t("sku"), { maxLength: 50, autoComplete: "off", autoCapitalize: "characters", spellCheck: false }, t("skuHint"))}
        </div>
        {text("category", t("category"), { list: "product-categories", maxLength: 100, autoComplete: "off" }, t("categoryHint"))}
        <datalist id="product-categories">
          {categories.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <label className="flex min-h-11 items-center gap-3 text-sm">
          <input type="checkbox" name="active" defaultChecked={failed ? value("active") === "on" : values.active} className="size-5 shrink-0 accent-primary" />
          {t("active")}
        </label>
        {text("imageUrl", t("imageUrl"), { type: "url", inputMode: "url", maxLength: 2000, spellCheck: false }, t("imageUrlHint"))}
        <Field label={t("description")} name="description" error={error("description")}>
          <Textarea defaultValue={v("description")} rows={4} maxLength={5000} />
        </Field>
      </section>
      <div className="sticky bottom-20 z-10 flex gap-2 rounded-lg border bg-card p-3 shadow-sm md:bottom-4">
        <SubmitButton>{editing ? t("save") : t("create")}</SubmitButton>
        <Link href="/products" className={buttonVariants({ variant: "ghost" })}>
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
