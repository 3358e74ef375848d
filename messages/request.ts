import { getRequestConfig } from "next-intl/server";
import { currentLocale, currentMember } from "@/lib/request-context";
import { loadMessages } from "@/lib/translator";

// next-intl without i18n routing: the language comes from the NEXT_LOCALE cookie (see
// lib/request-context.ts), so URLs stay the same in every language.
export default getRequestConfig(async () => {
  const locale = await currentLocale();
  const member = await currentMember();
  return {
    locale,
    messages: await loadMessages(locale),
    timeZone: member?.workspace.timeZone ?? "Asia/Almaty",
  };
});
