import { afterEach, describe, expect, it, vi } from "vitest";
import { events, inngest, send } from "./client";

describe("send", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it("logs and skips the event when Inngest is not configured", () => {
    vi.stubEnv("INNGEST_EVENT_KEY", "");
    vi.stubEnv("INNGEST_DEV", "");
    const spy = vi.spyOn(inngest, "send");
    const log = vi.spyOn(console, "info").mockImplementation(() => {});
    send(events.userSignedUp.create({ userId: crypto.randomUUID(), workspaceId: crypto.randomUUID() }));
    expect(spy).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining("app/user.signed-up"));
  });

  it("never throws nor waits when the Inngest server fails", async () => {
    vi.stubEnv("INNGEST_DEV", "1");
    let reject!: (e: Error) => void;
    const spy = vi.spyOn(inngest, "send").mockReturnValue(new Promise((_, r) => (reject = r)) as never);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(send(events.userSignedUp.create({ userId: crypto.randomUUID(), workspaceId: crypto.randomUUID() }))).toBeUndefined();
    expect(spy).toHaveBeenCalledOnce();
    reject(new Error("fetch failed"));
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
  });
});
