"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useTransition } from "react";

/**
 * Tables keep their state (page, size, sort, filters, search) in the URL, so a bookmark or a
 * link opens the same list. `hrefWith` builds a link with some keys changed (undefined
 * removes a key); `navigate` goes there.
 */
export function useUrlState() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();

  const hrefWith = useCallback(
    (changes: Record<string, string | number | undefined>) => {
      const next = new URLSearchParams(searchParams.toString());
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined || value === "") next.delete(key);
        else next.set(key, String(value));
      }
      const query = next.toString();
      return query ? `${pathname}?${query}` : pathname;
    },
    [pathname, searchParams],
  );

  const navigate = useCallback(
    (changes: Record<string, string | number | undefined>) => startTransition(() => router.push(hrefWith(changes), { scroll: false })),
    [router, hrefWith],
  );

  return { hrefWith, navigate, pending, query: searchParams.toString() };
}
