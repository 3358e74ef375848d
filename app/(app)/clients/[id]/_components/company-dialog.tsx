"use client";

import { Building2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { updateCompanyAction } from "../../actions";

type Company = { id: string; name: string; address: string | null; website: string | null; phone: string | null; email: string | null };

/** The client's company, with its details, editable in place. */
export function CompanyDialog({ clientId, company }: { clientId: string; company: Company }) {
  const t = useTranslations("clients.company");
  const tf = useTranslations("clients.form");
  const [open, setOpen] = useState(false);
  const { formAction, formError, error, value, formKey } = useActionForm(updateCompanyAction, { shows: company, onSuccess: () => setOpen(false) });
  const field = (name: keyof Omit<Company, "id">, props: Record<string, unknown> = {}) => (
    <Field label={t(name)} name={name} error={error(name)}>
      <Input defaultValue={value(name) ?? company[name] ?? ""} {...props} />
    </Field>
  );
  const details = [company.address, company.website, company.phone, company.email].filter(Boolean).join(" · ");
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger className="flex min-h-11 items-center gap-2 text-left text-sm text-muted-foreground hover:text-primary">
        <Building2 aria-hidden className="size-4 shrink-0" />
        <span>
          <span className="font-medium text-foreground">{company.name}</span>
          {details ? ` · ${details}` : ""}
        </span>
      </DialogTrigger>
      <DialogContent closeLabel={tf("cancel")}>
        <DialogTitle>{t("title")}</DialogTitle>
        <DialogDescription>{t("description")}</DialogDescription>
        <form key={formKey} action={formAction} className="flex flex-col gap-3" noValidate>
          <input type="hidden" name="id" value={company.id} />
          <input type="hidden" name="clientId" value={clientId} />
          <FormError message={formError} />
          {field("name", { required: true, maxLength: 200 })}
          {field("address", { maxLength: 300 })}
          {field("website", { type: "url", maxLength: 200 })}
          {field("phone", { type: "tel", maxLength: 40 })}
          {field("email", { type: "email", maxLength: 254 })}
          <SubmitButton className="self-start">{tf("save")}</SubmitButton>
        </form>
      </DialogContent>
    </Dialog>
  );
}
