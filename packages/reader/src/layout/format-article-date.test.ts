import { describe, expect, it } from "vitest";
import { formatArticleDate } from "./format-article-date.js";

describe("formatArticleDate", () => {
  it("writes the calendar date as written, whatever the offset", () => {
    expect(formatArticleDate("2025-09-14T23:30:00-05:00")).toBe("14 September 2025");
    expect(formatArticleDate("2025-03-01")).toBe("1 March 2025");
  });

  it("returns anything else sanitized", () => {
    expect(formatArticleDate("soon\u001B[2J")).toBe("soon");
    expect(formatArticleDate("2025-13-01")).toBe("2025-13-01");
    expect(formatArticleDate("2025-02-31")).toBe("2025-02-31");
  });
});
