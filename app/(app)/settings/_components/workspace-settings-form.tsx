"use client";

import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import type { Cadence } from "@/lib/workspace-options";
import { updateWorkspaceSettingsAction } from "../actions";

type Option = { value: string; label: string };

type Props = {
  canEdit: boolean;
  workspace: {
    name: string;
    slug: string;
    country: string;
    currency: string;
    timeZone: string;
    defaultLocale: string;
    followUpCadence: Cadence;
    followUpHour: number;
    digestHour: number;
    remindDayBefore: boolean;
  };
  options: Record<"countries" | "currencies" | "timeZones" | "locales" | "units" | "hours", Option[]>;
  labels: Record<
    | "workspace" | "workspaceDescription" | "ownerOnly" | "name" | "slug" | "slugHint" | "country" | "countryHint"
    | "currency" | "timeZone" | "defaultLocale" | "defaultLocaleHint" | "cadence" | "cadenceHint"
    | "cadenceAmount" | "cadenceUnit" | "reminders" | "followUpHour" | "followUpHourHint" | "digestHour"
    | "digestHourHint" | "remindDayBefore" | "save",
    string
  > & { cadenceSteps: string[] };
};

function Options({ options }: { options: Option[] }) {
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));
}

export function WorkspaceSettingsForm({ canEdit, workspace, options, labels }: Props) {
  const { state, formAction, formError, error, value: typed, formKey } = useActionForm(updateWorkspaceSettingsAction, { shows: workspace });
  // After a failed save the form shows what was typed, not the stored values.
  const value = (name: keyof Props["workspace"]) => typed(name) ?? String(workspace[name]);
  // A switch that is off sends nothing: after a failed save, absence means off.
  const dayBefore = state && !state.ok && state.values ? typed("remindDayBefore") === "on" : workspace.remindDayBefore;

  return (
    <Card className="max-w-2xl">
      <CardHeader>
        <CardTitle as="h2">{labels.workspace}</CardTitle>
        <CardDescription>{canEdit ? labels.workspaceDescription : labels.ownerOnly}</CardDescription>
      </CardHeader>
      <CardContent>
        <form key={formKey} action={formAction} noValidate>
          <fieldset disabled={!canEdit} className="flex flex-col gap-5">
            <FormError message={formError} />
            <Field label={labels.name} name="name" error={error("name")}>
              <Input defaultValue={value("name")} required maxLength={100} />
            </Field>
            <Field label={labels.slug} name="slug" error={error("slug")} hint={labels.slugHint}>
              <Input defaultValue={value("slug")} required autoCapitalize="none" spellCheck={false} />
            </Field>
            <div className="grid gap-5 sm:grid-cols-2">
              <Field label={labels.country} name="country" error={error("country")} hint={labels.countryHint}>
                <Select defaultValue={value("country")}>
                  <Options options={options.countries} />
                </Select>
              </Field>
              <Field label={labels.currency} name="currency" error={error("currency")}>
                <Select defaultValue={value("currency")}>
                  <Options options={options.currencies} />
                </Select>
              </Field>
              <Field label={labels.timeZone} name="timeZone" error={error("timeZone")}>
                <Select defaultValue={value("timeZone")}>
                  <Options options={options.timeZones} />
                </Select>
              </Field>
              <Field label={labels.defaultLocale} name="defaultLocale" error={error("defaultLocale")} hint={labels.defaultLocaleHint}>
                <Select defaultValue={value("defaultLocale")}>
                  <Options options={options.locales} />
                </Select>
              </Field>
            </div>
            <fieldset className="flex flex-col gap-3 rounded-md border p-4">
              <legend className="px-1 text-sm font-medium">{labels.cadence}</legend>
              <p className="text-sm text-muted-foreground">{labels.cadenceHint}</p>
              {workspace.followUpCadence.map((step, i) => (
                <div key={i} className="flex flex-col gap-2">
                  <p className="text-sm font-medium">{labels.cadenceSteps[i]}</p>
                  <div className="grid grid-cols-2 gap-3 sm:max-w-sm">
                    <Field label={labels.cadenceAmount} name="cadenceAmount" error={error(`cadenceAmount.${i}`)}>
                      <Input type="number" inputMode="numeric" min={1} max={365} defaultValue={typed("cadenceAmount", i) ?? step.amount} required />
                    </Field>
                    <Field label={labels.cadenceUnit} name="cadenceUnit" error={error(`cadenceUnit.${i}`)}>
                      <Select defaultValue={typed("cadenceUnit", i) ?? step.unit}>
                        <Options options={options.units} />
                      </Select>
                    </Field>
                  </div>
                </div>
              ))}
            </fieldset>
            <fieldset className="flex flex-col gap-5 rounded-md border p-4">
              <legend className="px-1 text-sm font-medium">{labels.reminders}</legend>
              <div className="grid gap-5 sm:grid-cols-2">
                <Field label={labels.followUpHour} name="followUpHour" error={error("followUpHour")} hint={labels.followUpHourHint}>
                  <Select defaultValue={value("followUpHour")}>
                    <Options options={options.hours} />
                  </Select>
                </Field>
                <Field label={labels.digestHour} name="digestHour" error={error("digestHour")} hint={labels.digestHourHint}>
                  <Select defaultValue={value("digestHour")}>
                    <Options options={options.hours} />
                  </Select>
                </Field>
              </div>
              <Field label={labels.remindDayBefore} name="remindDayBefore" error={error("remindDayBefore")} orientation="horizontal">
                <Switch defaultChecked={dayBefore} />
              </Field>
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
