"use client";

import { Search, UserRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { searchClientsAction } from "../actions";
import { useSearch } from "./use-search";

export type PickedClient = { id: string; name: string; detail: string };

/**
 * Finds a client of the workspace by name, phone or e-mail; the choice is posted as clientId.
 * `search` is the server action that answers (another form may add details, e.g. the city).
 */
export function ClientPicker({ value, onChange, error, search: searchAction = searchClientsAction }: {
  value: PickedClient | null;
  onChange: (client: PickedClient | null) => void;
  error?: string[];
  search?: typeof searchClientsAction;
}) {
  const t = useTranslations("orders.form");
  const { results, pending, search, clear } = useSearch(searchAction);
  const id = useId();
  const errorId = `${id}-error`;

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium">{t("client")}</legend>
      <input type="hidden" name="clientId" value={value?.id ?? ""} />
      {value ? (
        <div className="flex flex-wrap items-center gap-3 rounded-md border bg-muted/40 p-3">
          <UserRound aria-hidden className="size-5 shrink-0 text-muted-foreground" />
          <div className="min-w-0 flex-1">
            <p className="font-medium break-words" data-testid="picked-client">{value.name}</p>
            {value.detail ? <p className="text-sm break-words text-muted-foreground">{value.detail}</p> : null}
          </div>
          <Button variant="outline" size="sm" className="min-h-11" onClick={() => onChange(null)}>
            {t("clientChange")}
          </Button>
        </div>
      ) : (
        <>
          <div className="relative">
            <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
            <Input
              type="search"
              aria-label={t("client")}
              placeholder={t("clientSearch")}
              autoComplete="off"
              className="pl-9"
              aria-invalid={error?.length ? true : undefined}
              aria-describedby={errorId}
              onChange={(e) => search(e.target.value)}
              onKeyDown={(e) => (e.key === "Enter" ? e.preventDefault() : undefined)}
            />
          </div>
          <p aria-live="polite" className="text-sm text-muted-foreground empty:hidden">
            {pending ? t("searching") : results?.length === 0 ? t("noClients") : ""}
          </p>
          {results?.length ? (
            <ul className="flex max-h-80 flex-col overflow-y-auto rounded-md border">
              {results.map((c) => (
                <li key={c.id} className="border-b last:border-b-0">
                  <button
                    type="button"
                    className="flex min-h-11 w-full flex-col items-start px-3 py-2 text-left hover:bg-muted focus-visible:bg-muted focus-visible:outline-hidden"
                    onClick={() => {
                      clear();
                      onChange(c);
                    }}
                  >
                    <span className="font-medium break-words">{c.name}</span>
                    {c.detail ? <span className="text-sm break-all text-muted-foreground">{c.detail}</span> : null}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
      <div id={errorId} aria-live="polite" className="empty:hidden">
        {error?.map((m) => (
          <p key={m} className="text-sm font-medium text-destructive">{m}</p>
        ))}
      </div>
    </fieldset>
  );
}
