import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeader } from "@/components/layout/page-header";
import { getClientCard } from "@/db/queries/clients";
import { getContact } from "@/db/queries/contacts";
import { listMembers } from "@/db/queries/workspaces";
import { requireMember } from "@/lib/request-context";
import { dateToZonedInput } from "@/lib/zoned-time";
import { pickedClient } from "../../../orders/_components/client-summary";
import { contactPoints } from "../../_components/contact-points";
import { ContactForm } from "../../_components/contact-form";
import { DeleteContact } from "../../_components/delete-contact";
import { defaultRemindAt } from "../../_components/form-times";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<{ back?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contacts.form"))("editTitle") };
}

/** Edits a contact of this workspace; `?back=client` (from her card) returns there. */
export default async function EditContactPage({ params, searchParams }: Params) {
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const member = await requireMember();
  const ws = member.workspace.id;
  const { timeZone, followUpHour } = member.workspace;
  const found = await getContact(ws, id.data);
  if (!found) notFound();
  const { contact, reminder } = found;
  const [t, format, card, members] = await Promise.all([getTranslations("contacts.form"), getFormatter(), getClientCard(ws, contact.clientId), listMembers(ws)]);
  const back = (await searchParams).back === "client" ? "client" : null;
  return (
    <>
      <PageHeader title={t("editTitle")} />
      <div className="flex flex-col gap-6">
        <ContactForm
          values={{
            id: contact.id,
            client: card ? pickedClient(card) : { id: contact.clientId, name: found.clientName, detail: "" },
            points: card ? contactPoints(card) : { phone: null, email: null },
            at: dateToZonedInput(contact.at, timeZone),
            direction: contact.direction,
            channel: contact.channel,
            information: contact.information ?? "",
            category: contact.category ?? "",
            memberId: contact.memberId ?? "",
            address: contact.address ?? "",
            reminder: reminder && {
              title: reminder.title,
              due: format.dateTime(reminder.dueAt, { dateStyle: "medium", timeStyle: "short", timeZone }),
              done: Boolean(reminder.doneAt),
            },
          }}
          members={members.map((m) => ({ id: m.id, name: m.name }))}
          remindAt={defaultRemindAt(timeZone, followUpHour)}
          back={back}
          cancelHref={back ? `/clients/${contact.clientId}` : "/contacts"}
        />
        <DeleteContact id={contact.id} back={back} />
      </div>
    </>
  );
}
