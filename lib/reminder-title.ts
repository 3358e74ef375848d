import type { ReminderKind } from "@/db/schema/reminders";

// Generated reminders (follow-up calls, birthdays, name days, site orders and registrations)
// store a title that is not meant for reading ("birthday", "№ 15"): what a person reads is
// made from the kind, the step and the linked order or client, in the reader's language.

type TitleKey =
  | "reminders.auto.follow_up"
  | "reminders.auto.birthday"
  | "reminders.auto.name_day"
  | "reminders.auto.site_order"
  | "reminders.auto.site_registration";

/**
 * A translator scoped to the root of the messages: `Translator` from lib/translator.ts, or
 * next-intl's `getTranslations()` / `useTranslations()` called without a namespace.
 */
export type TitleTranslator = (key: TitleKey, values: Record<string, string | number>) => string;

export type ReminderTitleRow = {
  kind: ReminderKind;
  /** The stored title: shown as it is for manual reminders, and when a link is missing. */
  title: string;
  /** The follow-up's step (0 = the first call); for birthdays and name days 1 = the day before. */
  step: number | null;
  orderNumber: number | null;
  clientName: string | null;
};

/** The title a person reads, e.g. "2-й звонок после заказа № 15" or "Завтра день рождения: Омарова Дана". */
export function reminderTitle(t: TitleTranslator, row: ReminderTitleRow): string {
  const { kind, orderNumber: number, clientName: name } = row;
  switch (kind) {
    case "follow_up":
      return number == null ? row.title : t("reminders.auto.follow_up", { step: (row.step ?? 0) + 1, number: String(number) });
    case "birthday":
    case "name_day":
      return name ? t(`reminders.auto.${kind}`, { name, when: row.step === 1 ? "dayBefore" : "onTheDay" }) : row.title;
    case "site_order":
      return number == null ? row.title : t("reminders.auto.site_order", { number: String(number) });
    case "site_registration":
      return name ? t("reminders.auto.site_registration", { name }) : row.title;
    default:
      return row.title;
  }
}

/** Whether the readable title already names the client (so a separate client line would repeat it). */
export function titleNamesClient(kind: ReminderKind): boolean {
  return kind === "birthday" || kind === "name_day" || kind === "site_registration";
}
