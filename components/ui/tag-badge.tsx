import { cn } from "@/lib/cn";

/** The colours a tag can have; stored by name in tags.color. */
export const tagColors = ["gray", "red", "orange", "yellow", "green", "teal", "blue", "purple", "pink"] as const;
export type TagColor = (typeof tagColors)[number];

const dot: Record<TagColor, string> = {
  gray: "bg-gray-400",
  red: "bg-red-500",
  orange: "bg-orange-500",
  yellow: "bg-yellow-400",
  green: "bg-green-500",
  teal: "bg-teal-500",
  blue: "bg-blue-500",
  purple: "bg-purple-500",
  pink: "bg-pink-500",
};

// The pill's look is the `.tag-badge` class (globals.css): tags repeat on every list row.

/** A tag as a small pill with its colour as a dot (colour is never the only signal). */
export function TagBadge({ name, color, className }: { name: string; color: string; className?: string }) {
  return (
    <span className={cn("tag-badge", className)}>
      <span aria-hidden className={dot[color as TagColor] ?? dot.gray} />
      {name}
    </span>
  );
}
