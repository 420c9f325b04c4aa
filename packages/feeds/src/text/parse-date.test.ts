import { describe, expect, it } from "vitest";
import { parseFeedDate } from "./parse-date.js";

describe("parseFeedDate", () => {
  it.each([
    ["Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00.000Z"],
    ["Tue, 10 Jun 2003 04:00:00 +0200", "2003-06-10T02:00:00.000Z"],
    ["Wed, 31 Jan 2018 02:26:05 -0500", "2018-01-31T07:26:05.000Z"],
    ["10 Jun 03 04:00 EST", "2003-06-10T09:00:00.000Z"],
    ["Sun, 1 Sep 2019 10:00:00 PDT", "2019-09-01T17:00:00.000Z"],
    ["Thursday, 02 January 2020 12:00:00 Z", "2020-01-02T12:00:00.000Z"],
    ["2003-12-13T18:30:02Z", "2003-12-13T18:30:02.000Z"],
    ["2003-12-13T18:30:02.25+01:00", "2003-12-13T17:30:02.250Z"],
    ["2017-06-15T10:29:47-07:00", "2017-06-15T17:29:47.000Z"],
    ["2003-12-13", "2003-12-13T00:00:00.000Z"],
    ["2003-12-13 18:30", "2003-12-13T18:30:00.000Z"],
  ])("reads %s", (text, iso) => {
    expect(parseFeedDate(text)).toBe(iso);
  });

  it.each([
    "",
    "yesterday",
    "Seg, 24 Set 2018 19:42:40 -0300",
    "2003-02-30",
    "2003-13-01",
    "31 Feb 2003 10:00 GMT",
    "10 Jun 2003 04:00 XYZ",
  ])("leaves out %j", (text) => {
    expect(parseFeedDate(text)).toBeUndefined();
  });
});
