import { render, toPlainText } from "@react-email/render";
import type { ReactElement } from "react";
import { Resend } from "resend";
import { insertEmailLog } from "@/db/queries/email-log";
import type { Locale } from "./locales";
import { getTranslator, type Translator } from "./translator";

/** A template: given a translator in the recipient's language, its subject and body. */
export type EmailTemplate<P> = (t: Translator, locale: Locale, props: P) => { subject: string; body: ReactElement };

export type SendEmailInput<P> = {
  to: string;
  template: EmailTemplate<P>;
  /** Stored in email_log to tell templates apart. */
  templateName: string;
  props: P;
  /** The recipient's language (her own, else the workspace default). */
  locale: Locale;
  workspaceId?: string | null;
  /** What the mail is about, kept in email_log for the client's and the order's history. */
  clientId?: string | null;
  orderId?: string | null;
  /** The sender's display name, e.g. the consultant's name. */
  fromName?: string;
  headers?: Record<string, string>;
};

const DEFAULT_FROM = "Clientbook <no-reply@clientbook.local>";

let resend: Resend | undefined;
function resendClient(): Resend | undefined {
  const key = process.env.RESEND_API_KEY;
  if (!key) return undefined;
  resend ??= new Resend(key); // constructed only with a key: `new Resend(undefined)` throws
  return resend;
}

function fromAddress(fromName?: string): string {
  const from = process.env.EMAIL_FROM || DEFAULT_FROM;
  if (!fromName) return from;
  const address = from.match(/<([^>]+)>/)?.[1] ?? from;
  return `${fromName.replace(/["<>]/g, "")} <${address}>`;
}

/**
 * Renders a template in the recipient's language and sends it through Resend when
 * RESEND_API_KEY is set, else keeps it in the local outbox. Every attempt lands in
 * email_log; a provider failure is logged there and reported, never thrown.
 */
export async function sendEmail<P>(input: SendEmailInput<P>): Promise<{ ok: boolean; id: string }> {
  const t = await getTranslator(input.locale);
  const { subject, body } = input.template(t, input.locale, input.props);
  const html = await render(body);
  const text = toPlainText(html);
  const from = fromAddress(input.fromName);
  const base = {
    workspaceId: input.workspaceId ?? null,
    clientId: input.clientId ?? null,
    orderId: input.orderId ?? null,
    to: input.to,
    from,
    subject,
    template: input.templateName,
    locale: input.locale,
    html,
    text,
  };

  const client = resendClient();
  if (!client) {
    const row = await insertEmailLog({ ...base, provider: "outbox", status: "sent" });
    return { ok: true, id: row.id };
  }
  try {
    const { data, error } = await client.emails.send({ from, to: input.to, subject, html, text, headers: input.headers });
    const row = await insertEmailLog({
      ...base,
      provider: "resend",
      status: error ? "failed" : "sent",
      providerId: data?.id ?? null,
      error: error ? `${error.name}: ${error.message}` : null,
    });
    return { ok: !error, id: row.id };
  } catch (e) {
    const row = await insertEmailLog({ ...base, provider: "resend", status: "failed", error: String(e) });
    return { ok: false, id: row.id };
  }
}
