import { Button, Heading, Section, Text } from "@react-email/components";
import type { Translator } from "@/lib/translator";
import { EmailLayout, emailStyles } from "./email-layout";

/** Everything the notice shows, already in the recipient's language and the workspace's time zone. */
export type ReminderDueProps = {
  name: string;
  /** The title as a person reads it (see lib/reminder-title.ts). */
  title: string;
  description: string | null;
  /** "26 ноября 2026 г., 14:30", or the day alone for an all-day reminder. */
  date: string;
  allDay: boolean;
  clientName: string | null;
  orderNumber: number | null;
  workspace: string;
  /** The reminder's page in the app. */
  url: string;
};

export function reminderDueEmail(t: Translator, locale: string, p: ReminderDueProps) {
  const when = p.allDay ? t("emails.reminderDue.allDay", { date: p.date }) : p.date;
  return {
    subject: t("emails.reminderDue.subject", { title: p.title }),
    body: (
      <EmailLayout lang={locale} preview={t("emails.reminderDue.preview", { title: p.title, when })} footer={t("emails.footer")}>
        <Text style={emailStyles.text}>{t("emails.reminderDue.greeting", { name: p.name })}</Text>
        <Text style={{ ...emailStyles.text, margin: "0 0 8px" }}>{t("emails.reminderDue.intro")}</Text>
        <Heading as="h1" style={emailStyles.heading}>
          {p.title}
        </Heading>
        <Text style={{ ...emailStyles.text, margin: "0 0 4px" }}>{t("emails.reminderDue.due", { when })}</Text>
        {p.clientName ? <Text style={{ ...emailStyles.text, margin: "0 0 4px" }}>{t("emails.reminderDue.client", { name: p.clientName })}</Text> : null}
        {p.orderNumber != null ? (
          <Text style={{ ...emailStyles.text, margin: "0 0 4px" }}>{t("emails.reminderDue.order", { number: String(p.orderNumber) })}</Text>
        ) : null}
        {p.description ? <Text style={{ ...emailStyles.text, margin: "12px 0 0", whiteSpace: "pre-wrap" }}>{p.description}</Text> : null}
        <Section style={{ marginTop: 20 }}>
          <Button href={p.url} style={emailStyles.button}>
            {t("emails.reminderDue.button")}
          </Button>
        </Section>
        <Text style={emailStyles.muted}>{t("emails.reminderDue.why", { workspace: p.workspace })}</Text>
      </EmailLayout>
    ),
  };
}
