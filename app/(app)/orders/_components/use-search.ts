"use client";

import { useRef, useState } from "react";
import type { ActionState } from "@/lib/action";

/**
 * Search-as-you-type through a server action: waits for a pause in typing, and shows only
 * the answer to the latest query (answers can arrive out of order).
 */
export function useSearch<T>(action: (prev: ActionState<T[]>, formData: FormData) => Promise<ActionState<T[]>>, options: { allowEmpty?: boolean } = {}) {
  const [results, setResults] = useState<T[] | null>(null);
  const [pending, setPending] = useState(false);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const search = (q: string, delay = 250) => {
    clearTimeout(timer.current);
    const ticket = ++latest.current;
    if (!q.trim() && !options.allowEmpty) {
      setResults(null);
      setPending(false);
      return;
    }
    setPending(true);
    timer.current = setTimeout(async () => {
      const formData = new FormData();
      formData.set("q", q);
      const result = await action(null, formData);
      if (ticket !== latest.current) return;
      setResults(result?.ok ? result.data : []);
      setPending(false);
    }, delay);
  };
  const clear = () => {
    clearTimeout(timer.current);
    latest.current++;
    setResults(null);
    setPending(false);
  };
  return { results, pending, search, clear };
}
