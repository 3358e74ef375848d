"use client";

import { ArrowDownLeft, ArrowUpRight, BellRing, ClipboardCopy, Mail, MessageCircle, MessageSquare, MoreHorizontal, Phone, Users } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useId, useState, type ReactNode } from "react";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button, buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import { Textarea } from "@/components/ui/textarea";
import { contactChannels, contactDirections, reminderCategories, type ContactChannel, type ContactDirection } from "@/lib/reminder-options";
import { cn } from "@/lib/cn";
import { ClientPicker, type PickedClient } from "../../orders/_components/client-picker";
import { createContactAction, pickContactClientAction, searchContactClientsAction, updateContactAction } from "../actions";

/** The phone and e-mail the address is pre-filled with. */
type Points = { phone: string | null; email: string | null };

export type ContactFormValues = {
  /** Present when editing (the client then stays as she is). */
  id?: string;
  client: PickedClient | null;
  points: Points;
  /** datetime-local in the workspace time zone. */
  at: string;
  direction: ContactDirection;
  channel: ContactChannel;
  information: string;
  category: string;
  memberId: string;
  address: string;
  /** The reminder the contact already has (an edit shows it instead of "remind me"). */
  reminder: { title: string; due: string; done: boolean } | null;
};

type Props = {
  values: ContactFormValues;
  members: { id: string; name: string }[];
  /** "Remind me" starts at this datetime-local (tomorrow at the workspace's usual hour). */
  remindAt: string;
  /** Opened from her card: the save returns there. */
  back: "client" | null;
  cancelHref: string;
};

const channelIcons: Record<ContactChannel, typeof Phone> = { call: Phone, sms: MessageSquare, email: Mail, whatsapp: MessageCircle, meeting: Users, other: MoreHorizontal };
const directionIcons: Record<ContactDirection, typeof Phone> = { incoming: ArrowDownLeft, outgoing: ArrowUpRight };

/** The address a channel uses: her phone for a call or a message, her e-mail for a letter. */
function pointFor(channel: ContactChannel, points: Points) {
  if (channel === "email") return points.email ?? "";
  if (channel === "call" || channel === "sms" || channel === "whatsapp") return points.phone ?? "";
  return "";
}

/** A row of radio buttons drawn as chips (a native radio group: arrows move, the choice posts). */
function Chips<T extends string>({ legend, name, options, value, onChange, label, icon, error }: {
  legend: string;
  name: string;
  options: readonly T[];
  value: T;
  onChange: (value: T) => void;
  label: (value: T) => string;
  icon: (value: T) => ReactNode;
  error?: string[];
}) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {options.map((option) => (
          <label
            key={option}
            className={cn(
              "inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md border px-3 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring",
              value === option ? "border-primary bg-primary/10 font-medium text-foreground" : "bg-card text-muted-foreground hover:text-foreground",
            )}
          >
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} className="sr-only" />
            {icon(option)}
            {label(option)}
          </label>
        ))}
      </div>
      {error?.map((m) => (
        <p key={m} className="text-sm font-medium text-destructive">{m}</p>
      ))}
    </fieldset>
  );
}

/**
 * The contact form, new or edit. What is typed lives in this component's state, above the
 * <form> that useActionForm re-creates after each answer, so a failed save keeps it all.
 */
export function ContactForm({ values, members, remindAt: defaultRemindAt, back, cancelHref }: Props) {
  const t = useTranslations("contacts");
  const tc = useTranslations("reminders.category");
  const editing = Boolean(values.id);
  const { formAction, formError, error, formKey } = useActionForm(editing ? updateContactAction : createContactAction);
  const [client, setClient] = useState(values.client);
  const [points, setPoints] = useState(values.points);
  const [at, setAt] = useState(values.at);
  const [direction, setDirection] = useState(values.direction);
  const [channel, setChannel] = useState(values.channel);
  const [information, setInformation] = useState(values.information);
  const [category, setCategory] = useState(values.category);
  const [memberId, setMemberId] = useState(values.memberId);
  const [address, setAddress] = useState(values.address);
  // The address follows the channel and the client until the person types her own.
  const [autoAddress, setAutoAddress] = useState(!editing && address === pointFor(values.channel, values.points));
  const [remind, setRemind] = useState(false);
  const [remindAt, setRemindAt] = useState(defaultRemindAt);
  const [remindText, setRemindText] = useState("");
  const switchId = useId();

  const changeChannel = (next: ContactChannel) => {
    setChannel(next);
    if (autoAddress) setAddress(pointFor(next, points));
  };
  const pickClient = async (picked: PickedClient | null) => {
    setClient(picked);
    if (!picked) return;
    const formData = new FormData();
    formData.set("id", picked.id);
    const result = await pickContactClientAction(null, formData);
    if (!result?.ok) return;
    setPoints(result.data);
    if (autoAddress) setAddress(pointFor(channel, result.data));
  };

  return (
    <form key={formKey} action={formAction} noValidate className="flex max-w-3xl flex-col gap-4">
      {editing ? <input type="hidden" name="id" value={values.id} /> : null}
      {back ? <input type="hidden" name="back" value={back} /> : null}
      <FormError message={formError} />

      <section className="flex flex-col gap-4 rounded-lg border bg-card p-4 sm:p-5">
        {editing ? (
          <div>
            <p className="text-sm font-medium">{t("form.client")}</p>
            <p className="break-words">{client?.name}</p>
            {client?.detail ? <p className="text-sm break-words text-muted-foreground">{client.detail}</p> : null}
          </div>
        ) : (
          <ClientPicker value={client} onChange={pickClient} error={error("clientId")} search={searchContactClientsAction} />
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("form.at")} name="at" error={error("at")}>
            <Input type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
          </Field>
          <Chips
            legend={t("form.direction")}
            name="direction"
            options={contactDirections}
            value={direction}
            onChange={setDirection}
            label={(d) => t(`direction.${d}`)}
            icon={(d) => {
              const Icon = directionIcons[d];
              return <Icon aria-hidden className="size-4" />;
            }}
            error={error("direction")}
          />
        </div>
        <Chips
          legend={t("form.channel")}
          name="channel"
          options={contactChannels}
          value={channel}
          onChange={changeChannel}
          label={(c) => t(`channel.${c}`)}
          icon={(c) => {
            const Icon = channelIcons[c];
            return <Icon aria-hidden className="size-4" />;
          }}
          error={error("channel")}
        />
        <Field label={t("form.address")} name="address" error={error("address")} hint={t("form.addressHint")}>
          <Input
            value={address}
            maxLength={320}
            autoComplete="off"
            onChange={(e) => {
              setAddress(e.target.value);
              setAutoAddress(false);
            }}
          />
        </Field>
        <Field label={t("form.information")} name="information" error={error("information")}>
          <Textarea value={information} rows={4} maxLength={5000} placeholder={t("form.informationPlaceholder")} onChange={(e) => setInformation(e.target.value)} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("form.category")} name="category" error={error("category")}>
            <Select value={category} onChange={(e) => setCategory(e.target.value)}>
              <option value="">{t("form.noCategory")}</option>
              {reminderCategories.map((c) => (
                <option key={c} value={c}>
                  {tc(c)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("form.member")} name="memberId" error={error("memberId")}>
            <Select value={memberId} onChange={(e) => setMemberId(e.target.value)}>
              <option value="">{t("form.noMember")}</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </section>

      <section className="flex flex-col gap-4 rounded-lg border bg-card p-4 sm:p-5">
        {values.reminder ? (
          <p className={cn("flex items-center gap-2 text-sm", values.reminder.done && "text-muted-foreground")}>
            <BellRing aria-hidden className="size-4 shrink-0" />
            {values.reminder.done ? t("form.reminderDone", { title: values.reminder.title }) : t("form.hasReminder", { title: values.reminder.title, due: values.reminder.due })}
          </p>
        ) : (
          <>
            <div className="flex min-h-11 items-center gap-3">
              <Switch id={switchId} checked={remind} onCheckedChange={setRemind} />
              <Label htmlFor={switchId}>{t("form.remind")}</Label>
              <input type="hidden" name="remind" value={remind ? "1" : ""} />
            </div>
            {remind ? (
              <div className="flex flex-col gap-4">
                <Field label={t("form.remindAt")} name="remindAt" error={error("remindAt")} className="sm:max-w-xs">
                  <Input type="datetime-local" value={remindAt} onChange={(e) => setRemindAt(e.target.value)} />
                </Field>
                <Field label={t("form.remindText")} name="remindText" error={error("remindText")} hint={t("form.remindTextHint")}>
                  <Textarea value={remindText} rows={2} maxLength={500} onChange={(e) => setRemindText(e.target.value)} />
                </Field>
                <Button variant="outline" className="h-auto min-h-11 self-start py-2 text-left whitespace-normal" disabled={!information.trim()} onClick={() => setRemindText(information.trim().slice(0, 500))}>
                  <ClipboardCopy aria-hidden className="size-4" />
                  {t("form.copy")}
                </Button>
              </div>
            ) : null}
          </>
        )}
      </section>

      <div className="sticky bottom-20 z-10 flex gap-2 rounded-lg border bg-card p-3 shadow-sm md:bottom-4">
        <SubmitButton>{editing ? t("form.save") : t("form.create")}</SubmitButton>
        <Link href={cancelHref} className={buttonVariants({ variant: "ghost" })}>
          {t("form.cancel")}
        </Link>
      </div>
    </form>
  );
}
