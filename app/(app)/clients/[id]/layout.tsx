import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { cardMessages } from "../client-messages";

/** The client card (and its edit form) read more in the browser than the list does. */
export default async function ClientCardLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider messages={cardMessages(await getMessages())}>{children}</NextIntlClientProvider>;
}
