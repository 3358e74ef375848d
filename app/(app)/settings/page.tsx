import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { localeOptions } from "@/components/layout/locale-options";
import { appOrigin, requireMember } from "@/lib/request-context";
import { cadenceUnits, countries, currencies } from "@/lib/workspace-options";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { calendarToken } from "@/db/queries/calendar";
import { listCustomFields } from "@/db/queries/custom-fields";
import { listSiteCategories } from "@/db/queries/site";
import { listTags } from "@/db/queries/tags";
import { formatPhone } from "@/lib/phone";
import { CalendarFeed } from "./_components/calendar-feed";
import { CustomFieldsEditor } from "./_components/custom-fields-editor";
import { SiteQrCode } from "./_components/site-qr-code";
import { SiteSettingsForm } from "./_components/site-settings-form";
import { TagsEditor } from "./_components/tags-editor";
import { WorkspaceSettingsForm } from "./_components/workspace-settings-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

/** Time zones with their current UTC offset, e.g. "Asia/Almaty (UTC+5)". */
function timeZoneOptions(current: string) {
  const zones = new Set([current, ...Intl.supportedValuesOf("timeZone")]);
  return [...zones].sort().map((zone) => {
    const offset = new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "shortOffset" })
      .formatToParts(new Date())
      .find((p) => p.type === "timeZoneName")?.value.replace("GMT", "UTC");
    return { value: zone, label: `${zone.replaceAll("_", " ")} (${offset === "UTC" ? "UTC±0" : offset})` };
  });
}

export default async function SettingsPage() {
  const [member, locale, t, languages] = await Promise.all([
    requireMember(),
    getLocale(),
    getTranslations("settings"),
    localeOptions(),
  ]);
  const workspace = member.workspace;
  const [customFields, tags, messages, feedToken, origin, categories, ts, tc] = await Promise.all([
    listCustomFields(workspace.id),
    listTags(workspace.id),
    getMessages(),
    calendarToken(workspace.id, member.user.id),
    appOrigin(),
    listSiteCategories(workspace.id, null),
    getTranslations("settings.site"),
    getTranslations("common"),
  ]);
  const regionName = new Intl.DisplayNames([locale], { type: "region" });
  const currencyName = new Intl.DisplayNames([locale], { type: "currency" });
  const summary = workspace.followUpCadence.map((c) => t(`units.${c.unit}`, { count: c.amount })).join(" + ");

  return (
    <>
      <PageHeader title={t("title")} />
      <WorkspaceSettingsForm
        canEdit={member.role === "owner"}
        workspace={{
          name: workspace.name,
          slug: workspace.slug,
          country: workspace.country,
          currency: workspace.currency,
          timeZone: workspace.timeZone,
          defaultLocale: workspace.defaultLocale,
          followUpCadence: workspace.followUpCadence,
          followUpHour: workspace.followUpHour,
          digestHour: workspace.digestHour,
          remindDayBefore: workspace.remindDayBefore,
        }}
        options={{
          countries: countries
            .map((code) => ({ value: code, label: regionName.of(code) ?? code }))
            .sort((a, b) => a.label.localeCompare(b.label, locale)),
          currencies: currencies.map((code) => ({ value: code, label: `${code} — ${currencyName.of(code)}` })),
          timeZones: timeZoneOptions(workspace.timeZone),
          locales: languages,
          units: cadenceUnits.map((value) => ({ value, label: t(`unitNames.${value}`) })),
          hours: Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: `${String(h).padStart(2, "0")}:00` })),
        }}
        labels={{
          workspace: t("workspace"),
          workspaceDescription: t("workspaceDescription"),
          ownerOnly: t("ownerOnly"),
          name: t("name"),
          slug: t("slug"),
          slugHint: t("slugHint", { slug: workspace.slug }),
          country: t("country"),
          countryHint: t("countryHint"),
          currency: t("currency"),
          timeZone: t("timeZone"),
          defaultLocale: t("defaultLocale"),
          defaultLocaleHint: t("defaultLocaleHint"),
          cadence: t("cadence"),
          cadenceHint: t("cadenceHint", { summary }),
          cadenceSteps: [1, 2, 3].map((n) => t("cadenceStep", { n })),
          cadenceAmount: t("cadenceAmount"),
          cadenceUnit: t("cadenceUnit"),
          reminders: t("reminders"),
          followUpHour: t("followUpHour"),
          followUpHourHint: t("followUpHourHint"),
          digestHour: t("digestHour"),
          digestHourHint: t("digestHourHint"),
          remindDayBefore: t("remindDayBefore"),
          save: tc("save"),
        }}
      />
      <div className="mt-6">
        <SiteSettingsForm
          canEdit={member.role === "owner"}
          site={{
            siteEnabled: workspace.siteEnabled,
            siteBio: workspace.siteBio ?? "",
            sitePhotoUrl: workspace.sitePhotoUrl ?? "",
            sitePhone: workspace.sitePhone ? formatPhone(workspace.sitePhone) : "",
            siteWhatsapp: workspace.siteWhatsapp ? formatPhone(workspace.siteWhatsapp) : "",
            siteTelegram: workspace.siteTelegram ? `@${workspace.siteTelegram}` : "",
            siteEmail: workspace.siteEmail ?? "",
            siteCategories: workspace.siteCategories ?? categories,
          }}
          categories={categories}
          url={`${origin}/s/${workspace.slug}`}
          qr={workspace.siteEnabled ? <SiteQrCode url={`${origin}/s/${workspace.slug}`} slug={workspace.slug} /> : null}
          labels={{
            title: ts("title"),
            description: ts("description"),
            ownerOnly: ts("ownerOnly"),
            enabled: ts("enabled"),
            bio: ts("bio"),
            photoUrl: ts("photoUrl"),
            photoUrlHint: ts("photoUrlHint"),
            contacts: ts("contacts"),
            phone: ts("phone"),
            whatsapp: ts("whatsapp"),
            telegram: ts("telegram"),
            telegramHint: ts("telegramHint"),
            email: ts("email"),
            categories: ts("categories"),
            categoriesHint: ts("categoriesHint"),
            noCategories: ts("noCategories"),
            view: ts("view"),
            save: ts("save"),
          }}
        />
      </div>
      <NextIntlClientProvider messages={{ customFields: messages.customFields, tagsSettings: messages.tagsSettings, settings: { calendar: messages.settings.calendar } }}>
        <div className="mt-6 flex flex-col gap-6">
          <CalendarFeed url={feedToken ? `${origin}/calendar/${feedToken}.ics` : null} />
          <CustomFieldsEditor canEdit={member.role === "owner"} fields={customFields.map((f) => ({ id: f.id, label: f.label, type: f.type, options: f.options }))} />
          <TagsEditor canEdit={member.role === "owner"} tags={tags} />
        </div>
      </NextIntlClientProvider>
    </>
  );
}
