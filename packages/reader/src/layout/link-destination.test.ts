import { describe, expect, it } from "vitest";
import { linkDestination } from "./link-destination.js";

describe("linkDestination", () => {
  it("keeps http, https and mailto destinations", () => {
    expect(linkDestination("https://broadsheet.example/a?b=c#d")).toBe(
      "https://broadsheet.example/a?b=c#d",
    );
    expect(linkDestination("HTTP://x.example")).toBe("HTTP://x.example");
    expect(linkDestination("mailto:desk@broadsheet.example")).toBe(
      "mailto:desk@broadsheet.example",
    );
  });

  it("refuses other schemes and destinations with spaces", () => {
    expect(linkDestination("javascript:alert(1)")).toBeUndefined();
    expect(linkDestination("file:///etc/passwd")).toBeUndefined();
    expect(linkDestination("https://x.example/a b")).toBeUndefined();
  });

  it("removes escape sequences that would end an OSC 8 sequence early", () => {
    expect(linkDestination("https://x.example/\u001B\\\u001B]52;c;eA==\u0007a")).toBe(
      "https://x.example/a",
    );
  });

  it("percent-encodes characters past ASCII", () => {
    expect(linkDestination("https://例え.example/café")).toBe(
      "https://%E4%BE%8B%E3%81%88.example/caf%C3%A9",
    );
  });

  it("refuses an overlong destination", () => {
    expect(linkDestination(`https://x.example/${"a".repeat(5000)}`)).toBeUndefined();
  });
});
