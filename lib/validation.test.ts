import { describe, expect, it } from "vitest";
import { formDataToObject } from "./validation";

function fd(entries: [string, string][]) {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

describe("formDataToObject", () => {
  it("nests dotted names into objects and arrays", () => {
    expect(
      formDataToObject(fd([["lastName", "Ким"], ["phones.0.e164", "+7701"], ["phones.0.label", "mobile"], ["phones.1.e164", "+48601"], ["consents.commercial", "on"]])),
    ).toEqual({ lastName: "Ким", phones: [{ e164: "+7701", label: "mobile" }, { e164: "+48601" }], consents: { commercial: "on" } });
  });

  it("closes holes left by removed rows and keeps repeated names as arrays", () => {
    expect(formDataToObject(fd([["emails.2.address", "a@b.kz"], ["tags", "x"], ["tags", "y"], ["$ACTION_ID_1", ""]]))).toEqual({
      emails: [{ address: "a@b.kz" }],
      tags: ["x", "y"],
    });
  });
});
