import { readdirSync, readFileSync } from "node:fs";

const root = new URL("../../", import.meta.url);

/** The sample wire article as a publication receives it. */
export function sampleWireText(): string {
  return readFileSync(new URL("packages/wire/corpus/kursk.txt", root), "utf8");
}

/** The sample article in the canonical Markdown of `content/`. */
export function sampleMarkdown(): string {
  const name = readdirSync(new URL("content/", root)).find((file) => file.includes("kursk"));
  if (!name) throw new Error("content/ has no Kursk sample article");
  return readFileSync(new URL(`content/${name}`, root), "utf8");
}

/** Wire text of about `bytes` bytes, built by repeating the sample's body under one headline. */
export function wireTextOfSize(bytes: number): string {
  const sample = sampleWireText();
  const [headline = "", ...rest] = sample.split("\n");
  const body = rest.join("\n");
  const parts = [headline, ""];
  let size = headline.length;
  while (size < bytes) {
    parts.push(body);
    size += body.length;
  }
  return parts.join("\n");
}
