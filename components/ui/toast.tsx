"use client";

import type { CSSProperties } from "react";
import { Toaster as Sonner, toast, type ToasterProps as SonnerProps } from "sonner";

export { toast };

export type ToasterProps = Omit<SonnerProps, "containerAriaLabel"> & {
  /** Accessible name of the notifications region, already translated. */
  label: string;
  /** Accessible name of each toast's close button, already translated. Enables the close button. */
  closeLabel?: string;
};

export function Toaster({ label, closeLabel, toastOptions, style, ...props }: ToasterProps) {
  return (
    <Sonner
      position="bottom-center"
      theme="light"
      containerAriaLabel={label}
      closeButton={closeLabel !== undefined}
      toastOptions={{ closeButtonAriaLabel: closeLabel, ...toastOptions }}
      style={
        {
          "--normal-bg": "var(--color-card)",
          "--normal-text": "var(--color-foreground)",
          "--normal-border": "var(--color-border)",
          ...style,
        } as CSSProperties
      }
      {...props}
    />
  );
}
