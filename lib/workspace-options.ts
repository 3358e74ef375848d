/** Choices offered in workspace settings; declared once for the schema, zod and the form. */
export const currencies = ["KZT", "UAH", "PLN", "RUB", "EUR", "USD"] as const;
export type Currency = (typeof currencies)[number];

/** Countries first offered for phone parsing; the select shows these, then the rest. */
export const countries = [
  "KZ", "UA", "PL", "RU", "BY", "UZ", "KG", "TJ", "TM", "AZ", "AM", "GE", "MD",
  "LT", "LV", "EE", "DE", "CZ", "SK", "IL", "TR", "US",
] as const;

export const cadenceUnits = ["day", "week", "month"] as const;
export type CadenceUnit = (typeof cadenceUnits)[number];
export type Cadence = { amount: number; unit: CadenceUnit }[];
/** The 2+2+2 rule: 2 days, 2 weeks and 2 months after delivery. */
export const defaultCadence: Cadence = [
  { amount: 2, unit: "day" },
  { amount: 2, unit: "week" },
  { amount: 2, unit: "month" },
];

/** A likely setup for a new workspace, from the language its owner signed up in. */
export const regionDefaults = {
  ru: { country: "RU", currency: "RUB", timeZone: "Europe/Moscow" },
  kk: { country: "KZ", currency: "KZT", timeZone: "Asia/Almaty" },
  uk: { country: "UA", currency: "UAH", timeZone: "Europe/Kyiv" },
  pl: { country: "PL", currency: "PLN", timeZone: "Europe/Warsaw" },
} as const;

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
