import { ArrowDownLeft, ArrowUpRight, BellRing, Plus } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { listClientContacts } from "@/db/queries/contacts";
import { smsLink, telLink, whatsappLink } from "@/lib/phone";
import { QuickContactActions, type QuickContact } from "./card-actions";

/** The card's Contacts tab: her contacts, newest first, each opening its edit form; "Log a contact" above. */
export async function ClientContacts({ workspaceId, clientId, timeZone }: { workspaceId: string; clientId: string; timeZone: string }) {
  const [rows, t, tc, format] = await Promise.all([
    listClientContacts(workspaceId, clientId),
    getTranslations("contacts"),
    getTranslations("reminders.category"),
    getFormatter(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <Link href={`/contacts/new?client=${clientId}`} className={buttonVariants({ variant: "outline" })}>
          <Plus aria-hidden className="size-4" />
          {t("tab.add")}
        </Link>
        {rows.length ? (
          <Link href={`/contacts?client=${clientId}`} className={buttonVariants({ variant: "ghost" })}>
            {t("tab.all")}
          </Link>
        ) : null}
      </div>
      {rows.length ? (
        <ul className="flex flex-col gap-2" data-testid="client-contacts">
          {rows.map((c) => {
            const Direction = c.direction === "incoming" ? ArrowDownLeft : ArrowUpRight;
            return (
              <li key={c.id} className="flex flex-col gap-1 rounded-lg border bg-card p-3 text-sm">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <Link href={`/contacts/${c.id}/edit?back=client`} className="inline-flex min-h-11 items-center font-semibold text-primary tabular-nums hover:underline sm:min-h-0">
                    {when(c.at)}
                  </Link>
                  <span className="inline-flex items-center gap-1">
                    <Direction aria-hidden className="size-4 text-muted-foreground" />
                    {t(`direction.${c.direction}`)} · {t(`channel.${c.channel}`)}
                  </span>
                  {c.category ? <Badge variant="secondary">{tc(c.category)}</Badge> : null}
                </div>
                {c.information ? <p className="line-clamp-3 break-words whitespace-pre-wrap">{c.information}</p> : null}
                <p className="flex flex-wrap gap-x-3 text-xs text-muted-foreground">
                  {c.memberName ? <span>{c.memberName}</span> : null}
                  {c.address ? <span className="break-all">{c.address}</span> : null}
                  {c.reminderDueAt ? (
                    <span className="inline-flex items-center gap-1">
                      <BellRing aria-hidden className="size-3" />
                      {t("tab.reminder", { due: when(c.reminderDueAt) })}
                    </span>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      ) : (
        <EmptyState title={t("tab.empty")} />
      )}
    </div>
  );
}

/**
 * The card's call, SMS, WhatsApp and e-mail buttons, each offering to log the contact
 * afterwards. `phone` is her primary phone (E.164), `email` her primary e-mail.
 */
export async function ContactQuickActions({ clientId, phone, email }: { clientId: string; phone: string | null; email: string | null }) {
  const [t, ta] = await Promise.all([getTranslations("contacts.quick"), getTranslations("clients.card.actions")]);
  const items: QuickContact[] = [];
  const add = (item: Omit<QuickContact, "offer">) => items.push({ ...item, offer: t("offer", { channel: item.channel }) });
  if (phone) {
    add({ channel: "call", href: telLink(phone), label: ta("call"), address: phone });
    add({ channel: "sms", href: smsLink(phone), label: ta("sms"), address: phone });
    add({ channel: "whatsapp", href: whatsappLink(phone), label: ta("whatsapp"), address: phone, external: true });
  }
  if (email) add({ channel: "email", href: `mailto:${email}`, label: ta("email"), address: email });
  return <QuickContactActions clientId={clientId} items={items} labels={{ log: t("log"), dismiss: t("dismiss") }} />;
}
