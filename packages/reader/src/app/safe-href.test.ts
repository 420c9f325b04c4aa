import { describe, expect, it } from "vitest";
import { safeHref } from "./safe-href.js";

describe("safeHref", () => {
  it("lets http, https and mailto URLs through", () => {
    expect(safeHref("https://example.com/a?b=c#d")).toBe("https://example.com/a?b=c#d");
    expect(safeHref("mailto:desk@example.com")).toBe("mailto:desk@example.com");
  });

  it("refuses other schemes, controls, spaces and non-ASCII", () => {
    expect(safeHref(undefined)).toBeUndefined();
    expect(safeHref("javascript:alert(1)")).toBeUndefined();
    expect(safeHref("https://example.com/\u0007\u001b]0;pwned\u0007")).toBeUndefined();
    expect(safeHref("https://example.com/\u001b\\")).toBeUndefined();
    expect(safeHref("https://example.com/a b")).toBeUndefined();
    expect(safeHref("https://exämple.com/")).toBeUndefined();
    expect(safeHref("https://example.com/\u009d")).toBeUndefined();
  });
});
