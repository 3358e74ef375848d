import type { ReactNode } from "react";

/** The personal site: no app shell and no session, one readable column on a phone. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <div className="mx-auto flex min-h-dvh w-full max-w-5xl flex-col px-4 pb-10 sm:px-6">{children}</div>;
}
