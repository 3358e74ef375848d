import { createTranslator } from "next-intl";
import type ru from "@/messages/ru.json";
import type { Locale } from "./locales";

export type Messages = typeof ru;

/** The catalogue of one language; each file is loaded once per process. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await import(`../messages/${locale}.json`)).default as Messages;
}

/**
 * A translator outside React (actions, e-mails, jobs): the same messages and ICU rules as
 * the pages, for a language chosen by the caller (the reader's, or an e-mail's recipient's).
 */
export async function getTranslator(locale: Locale) {
  return createTranslator({ locale, messages: await loadMessages(locale) });
}
export type Translator = Awaited<ReturnType<typeof getTranslator>>;
