import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { localeOptions } from "@/components/layout/locale-options";
import { PageHeader } from "@/components/layout/page-header";
import { getClientCard, listCompanyNames } from "@/db/queries/clients";
import { listCustomFields } from "@/db/queries/custom-fields";
import { listMembers } from "@/db/queries/workspaces";
import { requireMember } from "@/lib/request-context";
import { ClientForm } from "../../_components/client-form";
import { toFormValues } from "../../form-values";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("clients.form"))("editTitle") };
}

export default async function EditClientPage({ params }: { params: Promise<{ id: string }> }) {
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const member = await requireMember();
  const ws = member.workspace.id;
  const [card, t, format, customFields, members, companies] = await Promise.all([
    getClientCard(ws, id.data),
    getTranslations("clients.form"),
    getFormatter(),
    listCustomFields(ws),
    listMembers(ws),
    listCompanyNames(ws),
  ]);
  if (!card) notFound();
  return (
    <>
      <PageHeader title={t("editTitle")} description={[card.client.lastName, card.client.firstName].join(" ")} />
      <ClientForm
        values={toFormValues(card, (d) => format.dateTime(d, { dateStyle: "medium" }))}
        customFields={customFields}
        members={members}
        companies={companies}
        locales={await localeOptions()}
        cancelHref={`/clients/${card.client.id}`}
      />
    </>
  );
}
