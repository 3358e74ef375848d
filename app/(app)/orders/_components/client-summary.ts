import type { ClientCard } from "@/db/queries/clients";
import { formatPhone } from "@/lib/phone";
import type { PickedClient } from "./client-picker";

/** A client as the order form shows her once picked: name, then phone, city and e-mail. */
export function pickedClient(card: ClientCard): PickedClient {
  const c = card.client;
  const phone = card.phones.find((p) => p.isPrimary) ?? card.phones[0];
  const email = card.emails.find((e) => e.isPrimary) ?? card.emails[0];
  const city = card.addresses.find((a) => a.city)?.city;
  return {
    id: c.id,
    name: [c.lastName, c.firstName, c.middleName].filter(Boolean).join(" "),
    detail: [phone && formatPhone(phone.e164), city, email?.address].filter(Boolean).join(" · "),
  };
}
