import { siteAccountExistsEmail } from "@/components/emails/site-account-exists-email";
import { findClientByContact, type Client } from "@/db/queries/clients";
import { createCustomerUser, findCustomerClient, linkCustomer, type Customer } from "@/db/queries/customers";
import { createNotifications } from "@/db/queries/notifications";
import { createReminder } from "@/db/queries/reminders";
import type { PublicSite } from "@/db/queries/site";
import { findUserByEmail } from "@/db/queries/users";
import { listMembers } from "@/db/queries/workspaces";
import { isUniqueViolation } from "@/db/errors";
import { sendEmail } from "./email";
import { isLocale, type Locale } from "./locales";
import { hashPassword, verifyPassword } from "./password";
import { newGuestClient } from "./site-guest";

export type Registration = { name: string; email: string; password: string; e164: string | null };

/**
 * Registration on a personal site [000]. One person is one account across consultants:
 * - a new e-mail gets a new account, joined to this workspace: "registered";
 * - a known e-mail with its own password joins this workspace too: "registered";
 * - a known e-mail with another password changes nothing here; the owner of the address gets
 *   a letter telling her to sign in or reset her password: "mailed". The page answers that
 *   it wrote to her, never that the e-mail is taken, so a form cannot be used to learn who
 *   has an account with which consultant.
 */
export async function registerCustomer(site: PublicSite, input: Registration, locale: Locale, origin: string): Promise<"registered" | "mailed"> {
  let user = await findUserByEmail(input.email);
  let created = false;
  if (!user) {
    try {
      user = await createCustomerUser({ name: input.name, email: input.email, passwordHash: await hashPassword(input.password), locale });
      created = true;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      user = await findUserByEmail(input.email); // a second request registered it a moment ago
    }
  }
  if (!user) throw new Error("registration: no account after insert");
  if (!created && !(await verifyPassword(user.passwordHash, input.password))) {
    await mailAccountExists(site, user, locale, origin);
    return "mailed";
  }
  await joinSite(site, user, { name: input.name, email: input.email, e164: input.e164 }, locale);
  return "registered";
}

async function mailAccountExists(site: PublicSite, user: Customer, locale: Locale, origin: string) {
  const siteName = site.ownerName?.trim() || site.workspace.name;
  try {
    await sendEmail({
      to: user.email,
      template: siteAccountExistsEmail,
      templateName: "site-account-exists",
      props: { name: user.name, site: siteName, signInUrl: `${origin}/s/${site.workspace.slug}/sign-in`, resetUrl: `${origin}/forgot-password` },
      locale: isLocale(user.locale) ? user.locale : locale,
    });
  } catch (error) {
    console.error("[site registration mail]", error);
  }
}

/**
 * Makes a signed-in account a customer of this workspace: her client already linked, else
 * the active client with her e-mail or phone (E.164) that no account holds yet, else a new
 * client from what she typed. A first link is "registered on site": every member gets an
 * in-app notification and the book a site_registration reminder due now (already notified).
 */
export async function joinSite(site: PublicSite, user: Customer, contact: { name: string; email: string; e164: string | null }, locale: Locale): Promise<Client> {
  const ws = site.workspace;
  const existing = await findCustomerClient(ws.id, user.id);
  if (existing) return existing;

  const match = await findClientByContact(ws.id, { email: contact.email, e164: contact.e164 });
  let client = match && !match.customerUserId ? match : null;
  if (!client || !(await linkCustomer(ws.id, client.id, user.id))) {
    client = await newGuestClient(site, contact, locale);
    await linkCustomer(ws.id, client.id, user.id);
  }

  const clientName = [client.lastName, client.firstName].filter(Boolean).join(" ");
  const members = await listMembers(ws.id);
  await createNotifications(ws.id, members.map((m) => ({ userId: m.id, kind: "site_registration" as const, data: { clientName }, clientId: client.id })));
  const now = new Date();
  await createReminder(ws.id, null, {
    // Shown as "Registered on the site: <name>" in the reader's language (lib/reminder-title.ts).
    title: clientName,
    description: null,
    dueAt: now,
    allDay: false,
    clientId: client.id,
    tagId: null,
    orderId: null,
    contactId: null,
    category: null,
    assigneeId: null,
    recurrence: "none",
    kind: "site_registration",
    notifiedAt: now,
  });
  return client;
}
