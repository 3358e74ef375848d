import slugify from "slugify";
import { isValidDayMonth } from "./birthday";

// vCard 3.0 (RFC 2426), the version both iOS and Android contacts import: UTF-8 text,
// CRLF line ends, lines folded at 75 octets. Several cards can be concatenated into one
// .vcf file.

export type VCardPhone = { e164: string; label?: string | null; primary: boolean };
export type VCardEmail = { address: string; label?: string | null; primary: boolean };
export type VCardAddressKind = "home" | "mailing" | "registration" | "work";
export type VCardAddress = {
  kind: VCardAddressKind;
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
};
export type VCardClient = {
  lastName: string;
  firstName: string;
  middleName?: string | null;
  phones: readonly VCardPhone[];
  emails: readonly VCardEmail[];
  birthday?: { day: number; month: number; year?: number | null } | null;
  company?: string | null;
  note?: string | null;
  addresses?: readonly VCardAddress[] | null;
};

/** ADR TYPE per kind; an x-name for registration, which Android shows as a custom label. */
const ADDRESS_TYPES: Record<VCardAddressKind, string> = {
  home: "HOME",
  work: "WORK",
  mailing: "POSTAL",
  registration: "X-REGISTRATION",
};

const MAX_LINE_OCTETS = 75;
const CRLF = "\r\n";

/** Trimmed NFC text with newlines normalised to "\n" and other control characters dropped. */
function clean(value: string | null | undefined): string {
  return (value ?? "")
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .trim();
}

/** RFC 2426 text escaping: backslash, comma, semicolon and newline. */
function escapeText(value: string): string {
  return value.replace(/[\\,;\n]/g, (char) => (char === "\n" ? "\\n" : `\\${char}`));
}

/** A structured value (N, ADR): components escaped one by one and joined with ";". */
function structured(components: readonly string[]): string {
  return components.map(escapeText).join(";");
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line into lines of at most 75 octets (continuations start with one
 * space, which counts). Never cuts inside a UTF-8 character or an escape like "\n".
 */
export function foldLine(line: string): string {
  const units = line.match(/\\.|[\s\S]/gu) ?? [];
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const unit of units) {
    let size = 0;
    for (const char of unit) size += utf8Length(char.codePointAt(0) ?? 0);
    const limit = lines.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit && current !== "") {
      lines.push(current);
      current = "";
      octets = 0;
    }
    current += unit;
    octets += size;
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, "0");
}

function birthdayValue(birthday: NonNullable<VCardClient["birthday"]>): string | null {
  const { day, month, year } = birthday;
  if (!isValidDayMonth(day, month, year)) return null;
  const monthDay = `${pad(month, 2)}-${pad(day, 2)}`;
  return year == null ? `--${monthDay}` : `${pad(year, 4)}-${monthDay}`;
}

/** Primary entries first (stable), and only the first primary one is marked PREF. */
function ordered<T extends { primary: boolean }>(items: readonly T[]): { item: T; pref: boolean }[] {
  const sorted = [...items].sort((a, b) => Number(b.primary) - Number(a.primary));
  return sorted.map((item, index) => ({ item, pref: index === 0 && item.primary }));
}

/**
 * A vCard 3.0 for a client: N (family; given; patronymic as additional name), FN
 * ("given patronymic family"), ORG, TEL;TYPE=CELL (PREF on the primary), EMAIL;TYPE=INTERNET,
 * ADR, BDAY (YYYY-MM-DD, or --MM-DD without a year), NOTE. A phone or email label becomes an
 * Apple "itemN.X-ABLabel" (Android ignores it). Empty fields and an impossible birthday are
 * left out.
 */
export function toVCard(client: VCardClient): string {
  const lines: string[] = ["BEGIN:VCARD", "VERSION:3.0"];
  let group = 0;
  /** Adds a property, grouped with an X-ABLabel when it has a label. */
  const add = (property: string, value: string, label?: string | null) => {
    const text = clean(label);
    if (text === "") {
      lines.push(`${property}:${value}`);
    } else {
      group += 1;
      lines.push(`item${group}.${property}:${value}`, `item${group}.X-ABLabel:${escapeText(text)}`);
    }
  };

  const lastName = clean(client.lastName);
  const firstName = clean(client.firstName);
  const middleName = clean(client.middleName);
  const phones = client.phones.map((phone) => ({ ...phone, e164: clean(phone.e164).replace(/\s/g, "") }));
  const emails = client.emails.map((email) => ({ ...email, address: clean(email.address) }));

  const fullName =
    [firstName, middleName, lastName].filter(Boolean).join(" ") ||
    clean(client.company) ||
    phones.find((phone) => phone.e164)?.e164 ||
    emails.find((email) => email.address)?.address ||
    "";
  lines.push(`N:${structured([lastName, firstName, middleName, "", ""])}`, `FN:${escapeText(fullName)}`);

  const company = clean(client.company);
  if (company) lines.push(`ORG:${escapeText(company)}`);

  for (const { item, pref } of ordered(phones.filter((phone) => phone.e164))) {
    add(`TEL;TYPE=CELL${pref ? ";TYPE=PREF" : ""}`, escapeText(item.e164), item.label);
  }
  for (const { item, pref } of ordered(emails.filter((email) => email.address))) {
    add(`EMAIL;TYPE=INTERNET${pref ? ";TYPE=PREF" : ""}`, escapeText(item.address), item.label);
  }

  for (const address of client.addresses ?? []) {
    const street = [clean(address.line1), clean(address.line2)].filter(Boolean).join("\n");
    // post office box; extended address; street; locality; region; postal code; country
    const components = ["", "", street, clean(address.city), clean(address.region), clean(address.postalCode), clean(address.country)];
    if (components.every((component) => component === "")) continue;
    lines.push(`ADR;TYPE=${ADDRESS_TYPES[address.kind]}:${structured(components)}`);
  }

  const birthday = client.birthday ? birthdayValue(client.birthday) : null;
  if (birthday) lines.push(`BDAY:${birthday}`);

  const note = clean(client.note);
  if (note) lines.push(`NOTE:${escapeText(note)}`);

  lines.push("END:VCARD");
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** One name part in Latin letters, each word capitalised: "жұмабаева" → "Zhumabaeva". */
function latinName(name: string | null | undefined): string {
  return slugify(clean(name).toLowerCase(), { strict: true, replacement: "-" })
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("-");
}

/** A safe ASCII file name such as "Ivanova_Anna.vcf" ("contact.vcf" when nothing is left). */
export function vCardFileName(client: Pick<VCardClient, "lastName" | "firstName">): string {
  const base = [latinName(client.lastName), latinName(client.firstName)].filter(Boolean).join("_").slice(0, 80);
  return `${base.replace(/[-_]+$/, "") || "contact"}.vcf`;
}
