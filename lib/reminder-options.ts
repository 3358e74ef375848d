// Choices of reminders and contacts, declared once for the schema, zod and the forms (no
// drizzle here: client components import these).

/** Categories of reminders and contacts, from seed 003. */
export const reminderCategories = [
  "invoice_sent", "received", "sent_again", "reissued", "refused", "will_pay",
  "deferred", "cancelled", "other", "ready_to_ship", "message_sent", "marketing",
] as const;
export type ReminderCategory = (typeof reminderCategories)[number];

export const reminderKinds = ["manual", "follow_up", "birthday", "name_day", "site_order", "site_registration"] as const;
export type ReminderKind = (typeof reminderKinds)[number];

export const recurrences = ["none", "weekly", "monthly", "yearly"] as const;
export type Recurrence = (typeof recurrences)[number];

export const contactDirections = ["incoming", "outgoing"] as const;
export type ContactDirection = (typeof contactDirections)[number];
export const contactChannels = ["call", "sms", "email", "whatsapp", "meeting", "other"] as const;
export type ContactChannel = (typeof contactChannels)[number];
