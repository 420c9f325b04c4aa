import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RemoteError } from "../remote-error.js";
import { ReadRecord } from "./read-record.js";

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "broadsheet-read-"));
  file = join(dir, "state", "broadsheet", "read.json");
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("ReadRecord", () => {
  it("remembers items read across opens, and forgets the ones marked unread", async () => {
    const record = await ReadRecord.open({ file });
    expect(record.has("urn:item:1")).toBe(false);
    record.markRead(["urn:item:1", "urn:item:2", "42"]);
    await record.save();
    const reopened = await ReadRecord.open({ file });
    expect(["urn:item:1", "urn:item:2", "42", "urn:item:3"].map((id) => reopened.has(id))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    reopened.markUnread(["urn:item:2"]);
    await reopened.save();
    expect((await ReadRecord.open({ file })).has("urn:item:2")).toBe(false);
  });

  it("forgets the items read longest ago past maxItems", async () => {
    const record = await ReadRecord.open({ file, maxItems: 3 });
    record.markRead(["10", "20"], new Date("2026-12-01T00:00:00Z"));
    record.markRead(["30", "40"], new Date("2026-12-02T00:00:00Z"));
    record.markRead(["10"], new Date("2026-12-03T00:00:00Z"));
    await record.save();
    const reopened = await ReadRecord.open({ file, maxItems: 3 });
    expect(["10", "20", "30", "40"].filter((id) => reopened.has(id))).toEqual(["10", "30", "40"]);
    expect(reopened.size).toBe(3);
  });

  it("keeps ids that look like object keys as plain ids", async () => {
    const record = await ReadRecord.open({ file });
    record.markRead(["__proto__", "constructor"]);
    await record.save();
    const reopened = await ReadRecord.open({ file });
    expect(reopened.has("__proto__")).toBe(true);
    expect(reopened.has("toString")).toBe(false);
  });

  it("a damaged record is an error naming the file, never overwritten", async () => {
    const record = await ReadRecord.open({ file });
    record.markRead(["a"]);
    await record.save();
    await writeFile(file, '{"version": 1, "read": {"a": 1}}');
    await expect(ReadRecord.open({ file })).rejects.toThrow(RemoteError);
    await expect(ReadRecord.open({ file })).rejects.toThrow(
      `${file}: the record of items read is damaged (its "read" is not a list of [item id, date] pairs)`,
    );
    expect(await readFile(file, "utf8")).toBe('{"version": 1, "read": {"a": 1}}');
  });
});
