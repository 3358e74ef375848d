import { Button, Heading, Section, Text } from "@react-email/components";
import type { Translator } from "@/lib/translator";
import { EmailLayout, emailStyles } from "./email-layout";

/** The consultant's notice of an order from her site, already in her language and currency. */
export type SiteOrderProps = {
  name: string;
  number: number;
  clientName: string;
  /** As the customer typed them on the checkout form. */
  phone: string | null;
  email: string | null;
  note: string | null;
  items: { name: string; quantity: number }[];
  total: string;
  /** The order's page in the app. */
  url: string;
};

export function siteOrderEmail(t: Translator, locale: string, p: SiteOrderProps) {
  const line = { ...emailStyles.text, margin: "0 0 4px" };
  return {
    subject: t("emails.siteOrder.subject", { number: p.number }),
    body: (
      <EmailLayout lang={locale} preview={t("emails.siteOrder.preview", { client: p.clientName, total: p.total })} footer={t("emails.footer")}>
        <Text style={emailStyles.text}>{t("emails.siteOrder.greeting", { name: p.name })}</Text>
        <Heading as="h1" style={emailStyles.heading}>
          {t("emails.siteOrder.subject", { number: p.number })}
        </Heading>
        <Text style={line}>{t("emails.siteOrder.client", { name: p.clientName })}</Text>
        {p.phone ? <Text style={line}>{t("emails.siteOrder.phone", { phone: p.phone })}</Text> : null}
        {p.email ? <Text style={line}>{t("emails.siteOrder.email", { email: p.email })}</Text> : null}
        {p.items.map((item, i) => (
          <Text key={i} style={line}>
            {t("emails.siteOrder.item", { name: item.name, quantity: item.quantity })}
          </Text>
        ))}
        <Text style={{ ...line, fontWeight: 600 }}>{t("emails.siteOrder.total", { total: p.total })}</Text>
        {p.note ? <Text style={{ ...emailStyles.text, margin: "12px 0 0", whiteSpace: "pre-wrap" }}>{t("emails.siteOrder.note", { note: p.note })}</Text> : null}
        <Section style={{ marginTop: 20 }}>
          <Button href={p.url} style={emailStyles.button}>
            {t("emails.siteOrder.button")}
          </Button>
        </Section>
      </EmailLayout>
    ),
  };
}
