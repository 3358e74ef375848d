import { Heading, Section, Text } from "@react-email/components";
import type { CSSProperties } from "react";
import type { Translator } from "@/lib/translator";
import { EmailLayout, emailStyles } from "./email-layout";

/** Everything the mail shows, already formatted in the recipient's language and currency. */
export type OrderConfirmationProps = {
  consultant: string;
  clientName: string;
  number: number;
  date: string;
  items: { name: string; quantity: number; price: string; total: string }[];
  subtotal: string;
  /** Null when the order has no discount. */
  discount: string | null;
  total: string;
  paid: string;
  balance: string;
  /** The consultant's contact lines: her name, e-mail, business name. */
  contacts: string[];
  /** Her unsubscribe page, shown in the footer. */
  unsubscribeUrl?: string;
};

const cell: CSSProperties = { borderBottom: "1px solid #eadde4", color: "#2b1b24", fontSize: 14, padding: "8px 4px", verticalAlign: "top" };
const head: CSSProperties = { ...cell, color: "#8a7580", fontSize: 12, fontWeight: 600, textAlign: "left" };
const num: CSSProperties = { textAlign: "right", whiteSpace: "nowrap" };

export function orderConfirmationEmail(t: Translator, locale: string, p: OrderConfirmationProps) {
  const totals: [string, string, boolean?][] = [
    [t("emails.orderConfirmation.subtotal"), p.subtotal],
    ...(p.discount ? [[t("emails.orderConfirmation.discount"), `−${p.discount}`] as [string, string]] : []),
    [t("emails.orderConfirmation.total"), p.total, true],
    [t("emails.orderConfirmation.paid"), p.paid],
    [t("emails.orderConfirmation.balance"), p.balance, true],
  ];
  return {
    subject: t("emails.orderConfirmation.subject", { number: p.number, consultant: p.consultant }),
    body: (
      <EmailLayout lang={locale} preview={t("emails.orderConfirmation.preview", { number: p.number, total: p.total })} footer={t("emails.footer")}
        unsubscribe={p.unsubscribeUrl ? { url: p.unsubscribeUrl, label: t("emails.unsubscribe") } : undefined}
      >
        <Heading as="h1" style={emailStyles.heading}>
          {t("emails.orderConfirmation.greeting", { name: p.clientName })}
        </Heading>
        <Text style={emailStyles.text}>{t("emails.orderConfirmation.intro")}</Text>
        <Text style={{ ...emailStyles.text, fontWeight: 600 }}>{t("emails.orderConfirmation.orderLine", { number: p.number, date: p.date })}</Text>
        <table data-text-format="dataTable" width="100%" cellPadding={0} cellSpacing={0} style={{ borderCollapse: "collapse", marginBottom: 16 }}>
          <thead>
            <tr>
              <th style={head}>{t("emails.orderConfirmation.item")}</th>
              <th style={{ ...head, ...num }}>{t("emails.orderConfirmation.quantity")}</th>
              <th style={{ ...head, ...num }}>{t("emails.orderConfirmation.price")}</th>
              <th style={{ ...head, ...num }}>{t("emails.orderConfirmation.lineTotal")}</th>
            </tr>
          </thead>
          <tbody>
            {p.items.map((item, i) => (
              <tr key={i}>
                <td style={cell}>{item.name}</td>
                <td style={{ ...cell, ...num }}>{item.quantity}</td>
                <td style={{ ...cell, ...num }}>{item.price}</td>
                <td style={{ ...cell, ...num }}>{item.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table data-text-format="dataTable" width="100%" cellPadding={0} cellSpacing={0} style={{ borderCollapse: "collapse", marginBottom: 16 }}>
          <tbody>
            {totals.map(([label, value, strong]) => (
              <tr key={label}>
                <td style={{ ...cell, borderBottom: 0, fontWeight: strong ? 600 : 400 }}>{label}</td>
                <td style={{ ...cell, ...num, borderBottom: 0, fontWeight: strong ? 600 : 400 }}>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Section>
          <Text style={{ ...emailStyles.text, fontWeight: 600, margin: "0 0 4px" }}>{t("emails.orderConfirmation.contacts")}</Text>
          {p.contacts.map((line) => (
            <Text key={line} style={{ ...emailStyles.text, margin: 0 }}>
              {line}
            </Text>
          ))}
          <Text style={emailStyles.muted}>{t("emails.orderConfirmation.questions")}</Text>
        </Section>
      </EmailLayout>
    ),
  };
}
