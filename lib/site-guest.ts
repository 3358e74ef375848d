import { createClient, findClientByContact, type Client } from "@/db/queries/clients";
import type { PublicSite } from "@/db/queries/site";
import { clientInputSchema } from "./client-input";
import type { Locale } from "./locales";
import type { CountryCode } from "./phone";
import { getTranslator } from "./translator";

/** Who a guest on the personal site says she is; the phone already in E.164. */
export type GuestContact = { name: string; e164: string | null; email: string | null };

/**
 * One text field for the name: the first word is taken as the first name and the rest as
 * the last name ("Анна Иванова"); the consultant corrects the card when she knows better.
 */
function splitName(name: string) {
  const [firstName, ...rest] = name.trim().split(/\s+/);
  return { firstName, lastName: rest.join(" ") };
}

/** A new client from a site form, in the page's language; her source says "personal site". */
export async function newGuestClient(site: PublicSite, guest: GuestContact, locale: Locale): Promise<Client> {
  const ws = site.workspace;
  const source = (await getTranslator(ws.defaultLocale))("site.clientSource");
  // The card's own schema fills every default; the placeholder names are replaced below.
  const input = clientInputSchema(ws.country as CountryCode, []).parse({
    lastName: "-",
    firstName: "-",
    phones: guest.e164 ? [{ value: guest.e164 }] : [],
    emails: guest.email ? [{ address: guest.email }] : [],
    source,
    locale,
  });
  return createClient(ws.id, null, { ...input, ...splitName(guest.name) });
}

/**
 * The client a guest of the site is: matched in this workspace by e-mail or by phone
 * (compared in E.164), else created from what she typed, in the page's language.
 */
export async function matchGuestClient(site: PublicSite, guest: GuestContact, locale: Locale): Promise<Client> {
  return (await findClientByContact(site.workspace.id, { email: guest.email, e164: guest.e164 })) ?? (await newGuestClient(site, guest, locale));
}
