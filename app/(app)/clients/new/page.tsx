import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localeOptions } from "@/components/layout/locale-options";
import { PageHeader } from "@/components/layout/page-header";
import { listCompanyNames } from "@/db/queries/clients";
import { listCustomFields } from "@/db/queries/custom-fields";
import { listMembers } from "@/db/queries/workspaces";
import { requireMember } from "@/lib/request-context";
import { ClientForm } from "../_components/client-form";
import { emptyFormValues } from "../form-values";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("clients.form"))("newTitle") };
}

export default async function NewClientPage() {
  const member = await requireMember();
  const ws = member.workspace.id;
  const [t, customFields, members, companies] = await Promise.all([getTranslations("clients.form"), listCustomFields(ws), listMembers(ws), listCompanyNames(ws)]);
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <ClientForm values={emptyFormValues} customFields={customFields} members={members} companies={companies} locales={await localeOptions()}
        cancelHref="/clients" />
    </>
  );
}
