import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { PageHeader } from "@/components/layout/page-header";
import { getClientCard } from "@/db/queries/clients";
import { listMembers } from "@/db/queries/workspaces";
import { contactChannels, contactDirections } from "@/db/schema/reminders";
import { formatPhone } from "@/lib/phone";
import { requireMember } from "@/lib/request-context";
import { pickedClient } from "../../orders/_components/client-summary";
import { contactPoints } from "../_components/contact-points";
import { ContactForm } from "../_components/contact-form";
import { defaultRemindAt, nowInput } from "../_components/form-times";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contacts.form"))("newTitle") };
}

type Query = Record<"client" | "channel" | "direction" | "address", string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * A new contact. From her card (`?client=<id>&channel=call&direction=outgoing&address=…`)
 * the client, channel, direction and address come filled in; the address is otherwise her
 * primary phone (calls and messages) or e-mail (letters).
 */
export default async function NewContactPage({ searchParams }: { searchParams: Promise<Partial<Query>> }) {
  const member = await requireMember();
  const { timeZone, followUpHour } = member.workspace;
  const sp = await searchParams;
  const clientParam = z.uuid().safeParse(one(sp.client));
  const [t, card, members] = await Promise.all([
    getTranslations("contacts.form"),
    clientParam.success ? getClientCard(member.workspace.id, clientParam.data) : null,
    listMembers(member.workspace.id),
  ]);
  const channel = contactChannels.find((c) => c === one(sp.channel)) ?? "call";
  const direction = contactDirections.find((d) => d === one(sp.direction)) ?? "outgoing";
  const points = card ? contactPoints(card) : { phone: null, email: null };
  // A number from the card's link is shown as her phones are written, when it is one of hers.
  const asked = one(sp.address)?.trim().slice(0, 320) || null;
  const known = asked && card?.phones.some((p) => p.e164 === asked) ? formatPhone(asked) : asked;
  const auto = channel === "email" ? points.email : channel === "meeting" || channel === "other" ? null : points.phone;
  const address = known ?? auto ?? "";
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <ContactForm
        values={{
          client: card && pickedClient(card),
          points,
          at: nowInput(timeZone),
          direction,
          channel,
          information: "",
          category: "",
          memberId: member.user.id,
          address,
          reminder: null,
        }}
        members={members.map((m) => ({ id: m.id, name: m.name }))}
        remindAt={defaultRemindAt(timeZone, followUpHour)}
        back={card ? "client" : null}
        cancelHref={card ? `/clients/${card.client.id}` : "/contacts"}
      />
    </>
  );
}
