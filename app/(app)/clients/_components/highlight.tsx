import { highlightParts } from "@/lib/highlight";

/** The text with the words the search matched in <mark>. */
export function Highlight({ text, query }: { text: string; query: string }) {
  if (!query) return text;
  return highlightParts(text, query).map((part, i) =>
    part.hit ? (
      <mark key={i} className="rounded-sm bg-warning/30 px-0.5 text-inherit">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}
