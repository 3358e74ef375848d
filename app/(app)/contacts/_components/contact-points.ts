import type { ClientCard } from "@/db/queries/clients";
import { formatPhone } from "@/lib/phone";

/** Her primary phone (as people write it) and primary e-mail: what the contact address starts as. */
export function contactPoints(card: ClientCard): { phone: string | null; email: string | null } {
  const phone = card.phones.find((p) => p.isPrimary) ?? card.phones[0];
  const email = card.emails.find((e) => e.isPrimary) ?? card.emails[0];
  return { phone: phone ? formatPhone(phone.e164) : null, email: email?.address ?? null };
}
