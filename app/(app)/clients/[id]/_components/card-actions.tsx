"use client";

import { Archive, ArchiveRestore, Mail, MessageCircle, MessageSquare, NotebookPen, Phone, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button, buttonVariants } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import { archiveClientsAction, eraseClientAction } from "../../actions";

/** Archive or bring back one client from her card. */
export function ArchiveButton({ clientId, archived }: { clientId: string; archived: boolean }) {
  const t = useTranslations("clients.card.actions");
  const { formAction, formError, formKey } = useActionForm(archiveClientsAction, { onSuccess: (message) => toast.success(message) });
  return (
    <form key={formKey} action={formAction}>
      <input type="hidden" name="ids" value={clientId} />
      <input type="hidden" name="archived" value={archived ? "0" : "1"} />
      <FormError message={formError} />
      <SubmitButton variant="outline">
        {archived ? <ArchiveRestore aria-hidden className="size-4" /> : <Archive aria-hidden className="size-4" />}
        {archived ? t("unarchive") : t("archive")}
      </SubmitButton>
    </form>
  );
}

/** Permanent erasure (GDPR), only from the archive, after typing the client's last name. */
export function EraseButton({ clientId, lastName }: { clientId: string; lastName: string }) {
  const t = useTranslations("clients.card");
  const tf = useTranslations("clients.form");
  const { formAction, formError, error, formKey } = useActionForm(eraseClientAction);
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="destructive">
          <Trash2 aria-hidden className="size-4" />
          {t("actions.erase")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={tf("cancel")}>
        <DialogTitle>{t("eraseTitle")}</DialogTitle>
        <DialogDescription>{t("eraseText", { lastName })}</DialogDescription>
        <form key={formKey} action={formAction} className="flex flex-col gap-4">
          <input type="hidden" name="id" value={clientId} />
          <FormError message={formError} />
          <Field label={t("eraseConfirm")} name="confirm" error={error("confirm")}>
            <Input autoComplete="off" />
          </Field>
          <SubmitButton variant="destructive">{t("eraseSubmit")}</SubmitButton>
        </form>
      </DialogContent>
    </Dialog>
  );
}

export type QuickContact = {
  channel: "call" | "sms" | "whatsapp" | "email";
  /** tel:, sms:, wa.me or mailto: link. */
  href: string;
  label: string;
  /** The phone (E.164) or e-mail the link uses: the logged contact's address. */
  address: string;
  /** The translated "Log this call?" question. */
  offer: string;
  external?: boolean;
};

const quickIcons = { call: Phone, sms: MessageSquare, whatsapp: MessageCircle, email: Mail };

/**
 * Call, SMS, WhatsApp and e-mail from her card: the link opens the phone's app as before,
 * and the card then offers to log the contact (the form comes filled in) for when she is back.
 */
export function QuickContactActions({ clientId, items, labels }: { clientId: string; items: QuickContact[]; labels: { log: string; dismiss: string } }) {
  const [offered, setOffered] = useState<QuickContact | null>(null);
  const logHref = (item: QuickContact) =>
    `/contacts/new?${new URLSearchParams({ client: clientId, channel: item.channel, direction: "outgoing", address: item.address })}`;
  return (
    <>
      {items.map((item) => {
        const Icon = quickIcons[item.channel];
        return (
          <a
            key={item.channel}
            href={item.href}
            className={buttonVariants({ variant: "outline" })}
            onClick={() => setOffered(item)}
            {...(item.external ? { target: "_blank", rel: "noopener noreferrer" } : {})}
          >
            <Icon aria-hidden className="size-4" />
            {item.label}
          </a>
        );
      })}
      <div aria-live="polite" className="order-last flex basis-full flex-wrap items-center gap-2 rounded-lg border bg-muted/40 p-2 pl-3 text-sm empty:hidden">
        {offered ? (
          <>
            <span className="min-w-0 flex-1">{offered.offer}</span>
            <Link href={logHref(offered)} className={buttonVariants({ size: "sm" })}>
              <NotebookPen aria-hidden className="size-4" />
              {labels.log}
            </Link>
            <Button variant="ghost" size="sm" onClick={() => setOffered(null)}>
              {labels.dismiss}
            </Button>
          </>
        ) : null}
      </div>
    </>
  );
}
