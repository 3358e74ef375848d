"use client";

import { Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRef, useState } from "react";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button, buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { moneyInputValue, parseMoney } from "@/lib/money";
import { orderTotals } from "@/lib/orders";
import { createOrderAction, pickClientAction, updateOrderAction } from "../actions";
import { ClientPicker, type PickedClient } from "./client-picker";
import { formatWithPattern, type MoneyPattern } from "@/lib/money-pattern";
import { ProductPicker } from "./product-picker";

/** A line as typed: quantity and price are the text in their inputs. */
export type OrderLine = { productId: string | null; name: string; sku: string; quantity: string; unitPrice: string };

export type OrderFormValues = {
  /** Present when editing (the client then stays as she is). */
  id?: string;
  version?: number;
  client: PickedClient | null;
  lines: OrderLine[];
  discountPercent: string;
  note: string;
};

type Props = { values: OrderFormValues; money: MoneyPattern; cancelHref: string };

const freeLine: OrderLine = { productId: null, name: "", sku: "", quantity: "1", unitPrice: "" };

/**
 * The order form, new or edit. Everything typed lives in this component's state, above the
 * <form> that useActionForm re-creates after each answer, so a failed save keeps every line.
 */
export function OrderForm({ values, money, cancelHref }: Props) {
  const t = useTranslations("orders.form");
  const editing = Boolean(values.id);
  const { formAction, formError, error, formKey } = useActionForm(editing ? updateOrderAction : createOrderAction);
  const [client, setClient] = useState(values.client);
  const [lines, setLines] = useState(values.lines);
  const [discount, setDiscount] = useState(values.discountPercent);
  const [note, setNote] = useState(values.note);
  // Stable React keys for lines that can be removed from the middle.
  const nextKey = useRef(values.lines.length);
  const [keys, setKeys] = useState(() => values.lines.map((_, i) => i));

  const addLine = (line: OrderLine) => {
    setLines((l) => [...l, line]);
    setKeys((k) => [...k, nextKey.current++]);
  };
  const setLine = (i: number, patch: Partial<OrderLine>) => setLines((l) => l.map((line, j) => (j === i ? { ...line, ...patch } : line)));
  const removeLine = (i: number) => {
    setLines((l) => l.filter((_, j) => j !== i));
    setKeys((k) => k.filter((_, j) => j !== i));
  };
  const pickClient = async (picked: PickedClient | null) => {
    setClient(picked);
    if (!picked) return;
    const formData = new FormData();
    formData.set("id", picked.id);
    const result = await pickClientAction(null, formData);
    // Her loyalty discount applies by default (SPEC §4.3); the field stays editable.
    if (result?.ok) setDiscount(String(result.data.discountPercent));
  };

  // For display only: the server recomputes with the same orderTotals.
  const numbers = lines.map((l) => ({ quantity: Math.max(0, Math.trunc(Number(l.quantity)) || 0), unitPrice: parseMoney(l.unitPrice) ?? 0 }));
  const totals = orderTotals(numbers, Number(discount) || 0);
  const show = (minor: number) => formatWithPattern(minor, money);
  const itemsError = error("items");

  return (
    <form key={formKey} action={formAction} noValidate className="flex max-w-3xl flex-col gap-4">
      {editing ? (
        <>
          <input type="hidden" name="id" value={values.id} />
          <input type="hidden" name="version" value={values.version} />
        </>
      ) : null}
      <FormError message={formError} />

      <section className="flex flex-col gap-4 rounded-lg border bg-card p-4 sm:p-5">
        {editing ? (
          <div>
            <p className="text-sm font-medium">{t("client")}</p>
            <p className="break-words">{client?.name}</p>
            {client?.detail ? <p className="text-sm text-muted-foreground">{client.detail}</p> : null}
          </div>
        ) : (
          <ClientPicker value={client} onChange={pickClient} error={error("clientId")} />
        )}
      </section>

      <section className="flex flex-col gap-4 rounded-lg border bg-card p-4 sm:p-5">
        <h2 className="text-base font-semibold">{t("items")}</h2>
        <ProductPicker
          onPick={(p) => addLine({ productId: p.id, name: p.name, sku: p.sku ?? "", quantity: "1", unitPrice: moneyInputValue(p.price) })}
        />
        <ol className="flex flex-col gap-3" data-testid="order-lines">
          {lines.map((line, i) => {
            const name = (f: string) => `items.${i}.${f}`;
            const label = t("line", { n: i + 1 });
            return (
              <li key={keys[i]} className="flex flex-col gap-3 rounded-md border p-3" aria-label={label}>
                {line.productId ? (
                  <div className="flex items-start gap-2">
                    <input type="hidden" name={name("productId")} value={line.productId} />
                    <input type="hidden" name={name("name")} value={line.name} />
                    <input type="hidden" name={name("sku")} value={line.sku} />
                    <div className="min-w-0 flex-1">
                      <p className="font-medium break-words">{line.name}</p>
                      {line.sku ? <p className="text-xs text-muted-foreground">{t("sku")}: {line.sku}</p> : null}
                      {error(name("name"))?.map((m) => (
                        <p key={m} className="text-sm font-medium text-destructive">{m}</p>
                      ))}
                    </div>
                    <Button variant="ghost" size="icon" aria-label={`${t("remove")}: ${label}`} onClick={() => removeLine(i)}>
                      <Trash2 aria-hidden className="size-4" />
                    </Button>
                  </div>
                ) : (
                  <div className="grid grid-cols-[1fr_auto] items-end gap-2 sm:grid-cols-[1fr_10rem_auto]">
                    <Field label={t("name")} name={name("name")} error={error(name("name"))}>
                      <Input value={line.name} maxLength={200} autoComplete="off" onChange={(e) => setLine(i, { name: e.target.value })} />
                    </Field>
                    <Field label={t("sku")} name={name("sku")} error={error(name("sku"))} className="order-3 col-span-2 sm:order-none sm:col-span-1">
                      <Input value={line.sku} maxLength={100} autoComplete="off" onChange={(e) => setLine(i, { sku: e.target.value })} />
                    </Field>
                    <Button variant="ghost" size="icon" aria-label={`${t("remove")}: ${label}`} onClick={() => removeLine(i)}>
                      <Trash2 aria-hidden className="size-4" />
                    </Button>
                  </div>
                )}
                <div className="grid grid-cols-[5.5rem_1fr] gap-2 sm:grid-cols-[6rem_10rem_1fr]">
                  <Field label={t("quantity")} name={name("quantity")} error={error(name("quantity"))}>
                    <Input type="number" inputMode="numeric" min={1} max={9999} step={1} value={line.quantity} onChange={(e) => setLine(i, { quantity: e.target.value })} />
                  </Field>
                  <Field label={t("unitPrice")} name={name("unitPrice")} error={error(name("unitPrice"))}>
                    <Input inputMode="decimal" autoComplete="off" value={line.unitPrice} onChange={(e) => setLine(i, { unitPrice: e.target.value })} />
                  </Field>
                  <div className="col-span-2 flex items-baseline justify-between gap-2 text-sm sm:col-span-1 sm:flex-col sm:items-end sm:justify-end sm:pb-2.5">
                    <span className="text-muted-foreground">{t("lineTotal")}</span>
                    <span className="font-medium tabular-nums">{show(totals.lineTotals[i])}</span>
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
        {!lines.length ? <p className={itemsError ? "text-sm font-medium text-destructive" : "text-sm text-muted-foreground"}>{t("noItems")}</p> : null}
        <Button variant="outline" className="self-start" onClick={() => addLine(freeLine)}>
          <Plus aria-hidden className="size-4" />
          {t("addFree")}
        </Button>
      </section>

      <section className="flex flex-col gap-4 rounded-lg border bg-card p-4 sm:p-5">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("discountPercent")} name="discountPercent" error={error("discountPercent")} hint={editing ? undefined : t("discountHint")}>
            <Input type="number" inputMode="numeric" min={0} max={100} step={1} value={discount} onChange={(e) => setDiscount(e.target.value)} />
          </Field>
          <dl className="flex flex-col gap-1 text-sm" data-testid="order-totals">
            <div className="flex justify-between gap-2">
              <dt className="text-muted-foreground">{t("subtotal")}</dt>
              <dd className="tabular-nums">{show(totals.subtotal)}</dd>
            </div>
            <div className="flex justify-between gap-2">
              <dt className="text-muted-foreground">{t("discount")}</dt>
              <dd className="tabular-nums">{show(totals.discount)}</dd>
            </div>
            <div className="flex justify-between gap-2 text-base font-semibold">
              <dt>{t("total")}</dt>
              <dd className="tabular-nums" data-testid="order-total">{show(totals.total)}</dd>
            </div>
          </dl>
        </div>
        <Field label={t("note")} name="note" error={error("note")}>
          <Textarea value={note} rows={3} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
        </Field>
      </section>

      <div className="sticky bottom-20 z-10 flex gap-2 rounded-lg border bg-card p-3 shadow-sm md:bottom-4">
        <SubmitButton>{editing ? t("save") : t("create")}</SubmitButton>
        <Link href={cancelHref} className={buttonVariants({ variant: "ghost" })}>
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
