import { Button, Heading, Section, Text } from "@react-email/components";
import type { CSSProperties } from "react";
import type { Translator } from "@/lib/translator";
import { EmailLayout, emailStyles } from "./email-layout";

export type DigestCelebration = { name: string; kind: "birthday" | "name_day" };

/** The morning digest's content, already in the recipient's language and the workspace's time zone. */
export type DigestProps = {
  name: string;
  /** Today, e.g. "четверг, 26 ноября". */
  date: string;
  workspace: string;
  /** The app's dashboard. */
  url: string;
  /** Today's and overdue open reminders, oldest first; `when` is a time, "весь день" or a past date. */
  reminders: { when: string; title: string; clientName: string | null; overdue: boolean }[];
  /** How many more than `reminders` shows. */
  moreReminders: number;
  today: DigestCelebration[];
  /** The rest of this week, day by day. */
  thisWeek: (DigestCelebration & { date: string })[];
  orders: { number: number; name: string; total: string }[];
  moreOrders: number;
};

const heading2: CSSProperties = { color: "#2b1b24", fontSize: 16, fontWeight: 600, margin: "24px 0 8px" };
const item: CSSProperties = { ...emailStyles.text, margin: "0 0 6px" };
const sub: CSSProperties = { color: "#8a7580", fontSize: 13, lineHeight: "18px", margin: "-4px 0 8px" };
const overdue: CSSProperties = { color: "#b42318", fontWeight: 600 };

/** Whether a digest would say anything at all. */
export function digestIsEmpty(p: Pick<DigestProps, "reminders" | "today" | "thisWeek" | "orders">) {
  return !p.reminders.length && !p.today.length && !p.thisWeek.length && !p.orders.length;
}

export function digestEmail(t: Translator, locale: string, p: DigestProps) {
  const celebration = (c: DigestCelebration) => t("emails.digest.celebration", { name: c.name, kind: c.kind });
  const more = (count: number) => (count > 0 ? <Text style={emailStyles.muted}>{t("emails.digest.more", { count })}</Text> : null);
  const counts = {
    reminders: p.reminders.length + p.moreReminders,
    celebrations: p.today.length + p.thisWeek.length,
    orders: p.orders.length + p.moreOrders,
  };
  return {
    subject: t("emails.digest.subject", { date: p.date }),
    body: (
      <EmailLayout lang={locale} preview={t("emails.digest.preview", counts)} footer={t("emails.footer")}>
        <Heading as="h1" style={emailStyles.heading}>
          {t("emails.digest.greeting", { name: p.name })}
        </Heading>
        <Text style={emailStyles.text}>{t("emails.digest.intro", { date: p.date })}</Text>

        {p.reminders.length ? (
          <Section>
            <Heading as="h2" style={heading2}>
              {t("emails.digest.reminders")}
            </Heading>
            {p.reminders.map((r, i) => (
              <div key={i}>
                <Text style={item}>
                  {t("emails.digest.line", { when: r.when, title: r.title })}
                  {r.overdue ? (
                    <>
                      {" · "}
                      <span style={overdue}>{t("emails.digest.overdue")}</span>
                    </>
                  ) : null}
                </Text>
                {r.clientName ? <Text style={sub}>{r.clientName}</Text> : null}
              </div>
            ))}
            {more(p.moreReminders)}
          </Section>
        ) : null}

        {p.today.length || p.thisWeek.length ? (
          <Section>
            <Heading as="h2" style={heading2}>
              {t("emails.digest.celebrations")}
            </Heading>
            {p.today.length ? (
              <>
                <Text style={{ ...item, fontWeight: 600 }}>{t("emails.digest.today")}</Text>
                {p.today.map((c, i) => (
                  <Text key={i} style={item}>
                    {celebration(c)}
                  </Text>
                ))}
              </>
            ) : null}
            {p.thisWeek.length ? (
              <>
                <Text style={{ ...item, fontWeight: 600, marginTop: p.today.length ? 12 : 0 }}>{t("emails.digest.thisWeek")}</Text>
                {p.thisWeek.map((c, i) => (
                  <Text key={i} style={item}>
                    {t("emails.digest.dated", { date: c.date, text: celebration(c) })}
                  </Text>
                ))}
              </>
            ) : null}
          </Section>
        ) : null}

        {p.orders.length ? (
          <Section>
            <Heading as="h2" style={heading2}>
              {t("emails.digest.newOrders")}
            </Heading>
            {p.orders.map((o) => (
              <Text key={o.number} style={item}>
                {t("emails.digest.order", { number: String(o.number), name: o.name, total: o.total })}
              </Text>
            ))}
            {more(p.moreOrders)}
          </Section>
        ) : null}

        <Section style={{ marginTop: 24 }}>
          <Button href={p.url} style={emailStyles.button}>
            {t("emails.digest.button")}
          </Button>
        </Section>
        <Text style={emailStyles.muted}>{t("emails.digest.why", { workspace: p.workspace })}</Text>
      </EmailLayout>
    ),
  };
}
