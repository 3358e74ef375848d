import type { ClientCard } from "@/db/queries/clients";
import { formatPhone } from "@/lib/phone";
import type { ClientFormValues } from "./_components/client-form";

const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/** A stored card as the form's starting values (phones shown as people read them). */
export function toFormValues(card: ClientCard, formatDate: (d: Date) => string): ClientFormValues {
  const c = card.client;
  const scalars = Object.fromEntries(
    (
      [
        "lastName", "firstName", "middleName", "number", "birthDay", "birthMonth", "birthYear", "nameDayDay", "nameDayMonth",
        "source", "responsibleId", "description", "remarks", "idDocType", "idDocSeries", "idDocNumber", "loyaltyCard",
        "discountPercent", "locale",
      ] as const
    ).map((k) => [k, str(c[k])]),
  );
  return {
    id: c.id,
    version: c.version,
    scalars: { ...scalars, companyName: card.company?.name ?? "" },
    phones: card.phones.map((p) => ({ text: formatPhone(p.e164), label: p.label, primary: p.isPrimary })),
    emails: card.emails.map((e) => ({ text: e.address, label: e.label, primary: e.isPrimary })),
    addresses: Object.fromEntries(
      card.addresses.map((a) => [a.kind, { line1: str(a.line1), line2: str(a.line2), city: str(a.city), region: str(a.region), postalCode: str(a.postalCode), country: str(a.country) }]),
    ),
    tags: card.tags.map((t) => t.name).join(", "),
    consents: {
      notifications: c.consentNotificationsAt && formatDate(c.consentNotificationsAt),
      dataProcessing: c.consentDataProcessingAt && formatDate(c.consentDataProcessingAt),
      commercial: c.consentCommercialAt && formatDate(c.consentCommercialAt),
      thirdParty: c.consentThirdPartyAt && formatDate(c.consentThirdPartyAt),
    },
    emailOptOut: Boolean(c.emailOptOutAt),
    custom: c.customFields,
  };
}

export const emptyFormValues: ClientFormValues = { scalars: {}, phones: [], emails: [], addresses: {}, tags: "", consents: {}, emailOptOut: false, custom: {} };
