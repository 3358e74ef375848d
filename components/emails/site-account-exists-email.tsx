import { Button, Heading, Link, Text } from "@react-email/components";
import type { Translator } from "@/lib/translator";
import { EmailLayout, emailStyles } from "./email-layout";

export type SiteAccountExistsProps = { name: string; site: string; signInUrl: string; resetUrl: string };

/**
 * Someone registered on a personal site with an e-mail that already has an account, and a
 * different password. The page said only "we wrote to you"; this letter tells the owner of
 * the address how to go on.
 */
export function siteAccountExistsEmail(t: Translator, locale: string, { name, site, signInUrl, resetUrl }: SiteAccountExistsProps) {
  return {
    subject: t("emails.siteAccountExists.subject", { site }),
    body: (
      <EmailLayout lang={locale} preview={t("emails.siteAccountExists.body", { site })} footer={t("emails.footer")}>
        <Heading as="h1" style={emailStyles.heading}>
          {t("emails.siteAccountExists.greeting", { name })}
        </Heading>
        <Text style={emailStyles.text}>{t("emails.siteAccountExists.body", { site })}</Text>
        <Button href={signInUrl} style={emailStyles.button}>
          {t("emails.siteAccountExists.button")}
        </Button>
        <Text style={emailStyles.muted}>
          {t("emails.siteAccountExists.forgot")} <Link href={resetUrl}>{t("emails.siteAccountExists.reset")}</Link>
        </Text>
        <Text style={emailStyles.muted}>{t("emails.siteAccountExists.ignore")}</Text>
      </EmailLayout>
    ),
  };
}
