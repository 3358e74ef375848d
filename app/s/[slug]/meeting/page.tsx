import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { meetingTimes } from "@/lib/site-input";
import { isoDate, localDateOf } from "@/lib/zoned-time";
import { MeetingForm } from "../_components/meeting-form";
import { SiteTopBar } from "../_components/site-top-bar";
import { consultantName, loadCart, loadSite } from "../load-site";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [site, t] = await Promise.all([loadSite((await params).slug), getTranslations("site.meeting")]);
  return { title: `${t("title")} · ${consultantName(site)}` };
}

/** A guest asks for a beauty session or a visit on a day she prefers [002]. */
export default async function MeetingPage({ params }: Props) {
  const { slug } = await params;
  const site = await loadSite(slug);
  const ws = site.workspace;
  const [cart, t] = await Promise.all([loadCart(site), getTranslations("site")]);
  const name = consultantName(site);
  return (
    <>
      <SiteTopBar slug={ws.slug} name={name} cartCount={cart.reduce((n, l) => n + l.quantity, 0)} />
      <main id="main" className="flex max-w-xl flex-col gap-4 pt-6">
        <h1 className="text-2xl font-semibold tracking-tight">{t("meeting.title")}</h1>
        <p className="text-muted-foreground">{t("meeting.intro", { name })}</p>
        <MeetingForm
          slug={ws.slug}
          today={isoDate(localDateOf(new Date(), ws.timeZone))}
          labels={{
            name: t("checkout.name"),
            phone: t("checkout.phone"),
            email: t("checkout.email"),
            contactHint: t("checkout.contactHint"),
            date: t("meeting.date"),
            timeOfDay: t("meeting.timeOfDay"),
            note: t("meeting.note"),
            honeypot: t("checkout.honeypot"),
            submit: t("meeting.submit"),
            thanksText: t("meeting.thanksText", { name }),
            back: t("cart.back"),
          }}
          times={[{ value: "", label: t("meeting.times.any") }, ...meetingTimes.map((m) => ({ value: m, label: t(`meeting.times.${m}`) }))]}
        />
      </main>
    </>
  );
}
