"use client";

import { CalendarPlus, Copy, Link2Off, RefreshCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useRef } from "react";
import { ConfirmForm } from "@/components/forms/confirm-form";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toast";
import { createCalendarLinkAction, revokeCalendarLinkAction } from "../actions";

/** Settings → her private calendar feed: the link to subscribe to, and how to turn it off or renew it. */
export function CalendarFeed({ url }: { url: string | null }) {
  const t = useTranslations("settings.calendar");
  const create = useActionForm(createCalendarLinkAction);
  const revoke = useActionForm(revokeCalendarLinkAction);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      toast.success(t("copied"));
    } catch {
      // No clipboard (an http page, an old browser): select it for a manual copy.
      input.current?.select();
    }
  }

  return (
    <Card className="max-w-2xl">
      <CardHeader>
        <CardTitle as="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <FormError message={create.formError ?? revoke.formError} />
        {url ? (
          <>
            <div className="flex flex-col gap-2">
              <Label htmlFor={inputId}>{t("url")}</Label>
              <div className="flex flex-col gap-2 sm:flex-row">
                <Input
                  id={inputId}
                  ref={input}
                  value={url}
                  readOnly
                  onFocus={(e) => e.currentTarget.select()}
                  className="min-w-0 flex-1 font-mono text-sm"
                  spellCheck={false}
                />
                <Button variant="outline" onClick={copy} className="self-start">
                  <Copy aria-hidden />
                  {t("copy")}
                </Button>
              </div>
              <p className="text-sm text-muted-foreground">{t("private")}</p>
            </div>
            <div className="flex flex-wrap gap-2">
              <Button asChild variant="primary">
                <a href={url.replace(/^https?:/, "webcal:")}>
                  <CalendarPlus aria-hidden />
                  {t("subscribeIphone")}
                </a>
              </Button>
              <ConfirmForm action={create.formAction} confirm={t("renewConfirm")} fields={{}}>
                <SubmitButton variant="outline">
                  <RefreshCw aria-hidden />
                  {t("renew")}
                </SubmitButton>
              </ConfirmForm>
              <ConfirmForm action={revoke.formAction} confirm={t("revokeConfirm")} fields={{}}>
                <SubmitButton variant="ghost" className="text-destructive">
                  <Link2Off aria-hidden />
                  {t("revoke")}
                </SubmitButton>
              </ConfirmForm>
            </div>
          </>
        ) : (
          <div className="flex flex-col items-start gap-3">
            <p className="text-sm text-muted-foreground">{t("none")}</p>
            <form action={create.formAction}>
              <SubmitButton>
                <CalendarPlus aria-hidden />
                {t("create")}
              </SubmitButton>
            </form>
          </div>
        )}
        <ul className="flex list-disc flex-col gap-1 pl-5 text-sm text-muted-foreground">
          <li>{t("howIphone")}</li>
          <li>{t("howAndroid")}</li>
        </ul>
      </CardContent>
    </Card>
  );
}
