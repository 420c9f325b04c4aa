import { describe, expect, it } from "vitest";
import { isDivider } from "./is-divider.js";

describe("isDivider", () => {
  it.each(["***", "* * *", "___", "---", "===", "~~~", "• • •", "———", "# # #"])(
    "reads %j as a divider",
    (line) => {
      expect(isDivider(line)).toBe(true);
    },
  );

  it.each(["--", "-- Name", "- item", "***bold***", ""])(
    "does not read %j as a divider",
    (line) => {
      expect(isDivider(line)).toBe(false);
    },
  );
});
