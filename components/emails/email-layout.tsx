import { Body, Container, Head, Hr, Html, Link, Preview, Text } from "@react-email/components";
import type { ReactNode } from "react";

/**
 * The frame every e-mail shares: one column, the product's colours, a footer line, and in
 * mail to a client the link that opts her out.
 */
export function EmailLayout({
  lang,
  preview,
  footer,
  unsubscribe,
  children,
}: {
  lang: string;
  preview: string;
  footer: string;
  unsubscribe?: { url: string; label: string };
  children: ReactNode;
}) {
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f7f3f5", fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif", margin: 0 }}>
        <Container style={{ backgroundColor: "#ffffff", borderRadius: 12, margin: "24px auto", maxWidth: 520, padding: "32px 28px" }}>
          {children}
          <Hr style={{ borderColor: "#eadde4", margin: "28px 0 16px" }} />
          <Text style={{ color: "#8a7580", fontSize: 12, margin: 0 }}>{footer}</Text>
          {unsubscribe ? (
            <Text style={{ color: "#8a7580", fontSize: 12, margin: "8px 0 0" }}>
              <Link href={unsubscribe.url} style={{ color: "#8a7580", textDecoration: "underline" }}>
                {unsubscribe.label}
              </Link>
            </Text>
          ) : null}
        </Container>
      </Body>
    </Html>
  );
}

export const emailStyles = {
  heading: { color: "#2b1b24", fontSize: 20, fontWeight: 600, margin: "0 0 16px" },
  text: { color: "#2b1b24", fontSize: 15, lineHeight: "24px", margin: "0 0 16px" },
  muted: { color: "#8a7580", fontSize: 13, lineHeight: "20px", margin: "16px 0 0" },
  button: {
    backgroundColor: "#7d2e5c",
    borderRadius: 8,
    color: "#ffffff",
    display: "inline-block",
    fontSize: 15,
    fontWeight: 600,
    padding: "12px 20px",
    textDecoration: "none",
  },
} as const;
