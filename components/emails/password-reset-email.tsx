import { Button, Heading, Text } from "@react-email/components";
import type { Translator } from "@/lib/translator";
import { EmailLayout, emailStyles } from "./email-layout";

export type PasswordResetProps = { name: string; url: string };

export function passwordResetEmail(t: Translator, locale: string, { name, url }: PasswordResetProps) {
  return {
    subject: t("emails.passwordReset.subject"),
    body: (
      <EmailLayout lang={locale} preview={t("emails.passwordReset.body")} footer={t("emails.footer")}>
        <Heading as="h1" style={emailStyles.heading}>
          {t("emails.passwordReset.greeting", { name })}
        </Heading>
        <Text style={emailStyles.text}>{t("emails.passwordReset.body")}</Text>
        <Button href={url} style={emailStyles.button}>
          {t("emails.passwordReset.button")}
        </Button>
        <Text style={emailStyles.muted}>{t("emails.passwordReset.ignore")}</Text>
      </EmailLayout>
    ),
  };
}
