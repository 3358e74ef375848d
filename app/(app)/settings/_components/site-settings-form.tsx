"use client";

import { ExternalLink } from "lucide-react";
import type { ReactNode } from "react";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import { Textarea } from "@/components/ui/textarea";
import { updateSiteSettingsAction } from "../actions";

type Site = {
  siteEnabled: boolean;
  siteBio: string;
  sitePhotoUrl: string;
  sitePhone: string;
  siteWhatsapp: string;
  siteTelegram: string;
  siteEmail: string;
  /** The ticked categories. */
  siteCategories: string[];
};

type Props = {
  canEdit: boolean;
  site: Site;
  /** The active catalogue's categories. */
  categories: string[];
  /** The site's address, shown as a link while the site is on. */
  url: string;
  /** The address as a QR code (drawn on the server), shown with the link while the site is on. */
  qr?: ReactNode;
  labels: Record<
    | "title" | "description" | "ownerOnly" | "enabled" | "bio" | "photoUrl" | "photoUrlHint" | "contacts" | "phone" | "whatsapp"
    | "telegram" | "telegramHint" | "email" | "categories" | "categoriesHint" | "noCategories" | "view" | "save",
    string
  >;
};

type TextName = "siteBio" | "sitePhotoUrl" | "sitePhone" | "siteWhatsapp" | "siteTelegram" | "siteEmail";

/** Settings → Personal site: on or off, photo, bio, contact links, and which categories show. */
export function SiteSettingsForm({ canEdit, site, categories, url, qr, labels }: Props) {
  const { state, formAction, formError, error, value: typed, formKey } = useActionForm(updateSiteSettingsAction, { shows: site });
  const failed = Boolean(state && !state.ok && state.values);
  const value = (name: TextName) => typed(name) ?? site[name];
  // Unticked boxes and a switched-off switch send nothing: after a failed save, absence means off.
  const typedCategories = failed ? [(state && !state.ok && state.values?.siteCategories) ?? []].flat() : site.siteCategories;
  const enabled = failed ? typed("siteEnabled") === "on" : site.siteEnabled;

  return (
    <Card className="max-w-2xl">
      <CardHeader>
        <CardTitle as="h2">{labels.title}</CardTitle>
        <CardDescription>{canEdit ? labels.description : labels.ownerOnly}</CardDescription>
      </CardHeader>
      <CardContent>
        <form key={formKey} action={formAction} noValidate>
          <fieldset disabled={!canEdit} className="flex flex-col gap-5">
            <FormError message={formError} />
            <Field label={labels.enabled} name="siteEnabled" error={error("siteEnabled")} orientation="horizontal">
              <Switch defaultChecked={enabled} />
            </Field>
            {site.siteEnabled ? (
              <div className="flex flex-col gap-3">
                <a href={url} target="_blank" rel="noopener noreferrer" className="inline-flex min-h-11 flex-wrap items-center gap-x-2 self-start font-medium text-primary underline-offset-4 hover:underline">
                  <ExternalLink aria-hidden className="size-4" />
                  {labels.view}
                  <span className="text-sm font-normal break-all text-muted-foreground">{url}</span>
                </a>
                {qr}
              </div>
            ) : null}
            <Field label={labels.photoUrl} name="sitePhotoUrl" error={error("sitePhotoUrl")} hint={labels.photoUrlHint}>
              <Input type="url" inputMode="url" defaultValue={value("sitePhotoUrl")} maxLength={2000} spellCheck={false} autoCapitalize="none" />
            </Field>
            <Field label={labels.bio} name="siteBio" error={error("siteBio")}>
              <Textarea defaultValue={value("siteBio")} maxLength={2000} rows={4} />
            </Field>
            <fieldset className="flex flex-col gap-5 rounded-md border p-4">
              <legend className="px-1 text-sm font-medium">{labels.contacts}</legend>
              <div className="grid gap-5 sm:grid-cols-2">
                <Field label={labels.phone} name="sitePhone" error={error("sitePhone")}>
                  <Input type="tel" inputMode="tel" defaultValue={value("sitePhone")} maxLength={40} />
                </Field>
                <Field label={labels.whatsapp} name="siteWhatsapp" error={error("siteWhatsapp")}>
                  <Input type="tel" inputMode="tel" defaultValue={value("siteWhatsapp")} maxLength={40} />
                </Field>
                <Field label={labels.telegram} name="siteTelegram" error={error("siteTelegram")} hint={labels.telegramHint}>
                  <Input defaultValue={value("siteTelegram")} maxLength={100} spellCheck={false} autoCapitalize="none" />
                </Field>
                <Field label={labels.email} name="siteEmail" error={error("siteEmail")}>
                  <Input type="email" defaultValue={value("siteEmail")} maxLength={254} spellCheck={false} autoCapitalize="none" />
                </Field>
              </div>
            </fieldset>
            <fieldset className="flex flex-col gap-3 rounded-md border p-4">
              <legend className="px-1 text-sm font-medium">{labels.categories}</legend>
              {categories.length ? (
                <>
                  <p className="text-sm text-muted-foreground">{labels.categoriesHint}</p>
                  <div className="grid gap-x-5 sm:grid-cols-2">
                    {categories.map((c) => (
                      <Field key={c} label={c} name="siteCategories" orientation="horizontal">
                        <Checkbox value={c} defaultChecked={typedCategories.includes(c)} />
                      </Field>
                    ))}
                  </div>
                </>
              ) : (
                <p className="text-sm text-muted-foreground">{labels.noCategories}</p>
              )}
            </fieldset>
            {state?.ok ? (
              <p role="status" className="rounded-md bg-success/10 p-3 text-sm">
                {state.data}
              </p>
            ) : null}
            {canEdit ? <SubmitButton className="self-start">{labels.save}</SubmitButton> : null}
          </fieldset>
        </form>
      </CardContent>
    </Card>
  );
}
