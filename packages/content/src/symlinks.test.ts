import { mkdir, realpath, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandArticlePaths } from "./expand-article-paths.js";
import { loadArticleFile } from "./load-article-file.js";
import { loadContent } from "./load-content.js";
import { readArticleText } from "./read-article-text.js";
import { articleMarkdown, tempDir } from "./test-fixtures.js";

const SECRET = "aws_secret_access_key = wJalrXUtnFEMI\n";

/** A content folder beside a private folder holding a secret and a folder of articles. */
async function layout() {
  const root = await tempDir();
  const content = join(root, "content");
  const home = join(root, "home");
  await mkdir(content);
  await mkdir(join(home, ".aws"), { recursive: true });
  await mkdir(join(home, "drafts"));
  await writeFile(join(home, ".aws", "credentials"), SECRET);
  await writeFile(join(home, "drafts", "draft.md"), articleMarkdown("A draft from outside"));
  await writeFile(join(content, "bridge.md"), articleMarkdown("Bridge"));
  return { root, content, home, secret: join(home, ".aws", "credentials") };
}

async function outsideMessage(target: string): Promise<RegExp> {
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^is a symbolic link to ${literal(await realpath(target))}, outside`);
}

describe("symbolic links in a content folder", () => {
  it("refuses a link to a file outside the folder, naming the link and its target", async () => {
    const { content, secret } = await layout();
    const link = join(content, "press.txt");
    await symlink(secret, link);
    const result = await loadContent(content);
    expect(result.articles.map((entry) => entry.article.headline)).toEqual(["Bridge"]);
    expect(result.errors).toEqual([
      {
        file: link,
        code: "outside",
        message: expect.stringMatching(await outsideMessage(secret)),
      },
    ]);
    expect(JSON.stringify(result)).not.toContain("wJalrXUtnFEMI");
  });

  it("refuses a chain of links that ends outside, relative or absolute", async () => {
    const { content, secret } = await layout();
    await symlink("../home/.aws/credentials", join(content, "hop.txt"));
    await symlink("hop.txt", join(content, "press.txt"));
    await symlink(join(content, "press.txt"), join(content, "wire.txt"));
    const result = await loadContent(content);
    expect(result.errors.map((error) => [error.file, error.code])).toEqual([
      [join(content, "hop.txt"), "outside"],
      [join(content, "press.txt"), "outside"],
      [join(content, "wire.txt"), "outside"],
    ]);
    for (const error of result.errors) {
      expect(error.message).toMatch(await outsideMessage(secret));
    }
  });

  it("refuses a file reached through a link to a folder outside", async () => {
    const { content, home } = await layout();
    await symlink(join(home, "drafts"), join(content, "drafts"));
    await symlink("drafts/draft.md", join(content, "draft.md"));
    await symlink(join(home, "drafts"), join(content, "folder.md"));
    const result = await loadContent(content);
    expect(result.articles.map((entry) => entry.article.headline)).toEqual(["Bridge"]);
    expect(result.errors.map((error) => [error.file, error.code])).toEqual([
      [join(content, "draft.md"), "outside"],
      [join(content, "folder.md"), "outside"],
    ]);
  });

  it("accepts links that stay inside the folder, and a folder reached through a link", async () => {
    const { root, content } = await layout();
    await mkdir(join(content, "archive"));
    await writeFile(
      join(content, "archive", "old.md"),
      articleMarkdown("Old", "2020-01-01T00:00:00Z"),
    );
    await symlink("archive/old.md", join(content, "old.md"));
    await symlink(join(content, "bridge.md"), join(content, "bridge-copy.json.md"));
    await symlink(content, join(root, "site-content"));
    const direct = await loadContent(content);
    expect(direct.errors.filter((error) => error.code === "outside")).toEqual([]);
    expect(direct.articles.map((entry) => entry.article.headline)).toContain("Old");
    const through = await loadContent(join(root, "site-content"));
    expect(through.errors.filter((error) => error.code === "outside")).toEqual([]);
    expect(through.articles.map((entry) => entry.article.headline)).toContain("Old");
  });

  it("reports a dangling link and a link loop clearly", async () => {
    const { content } = await layout();
    await symlink("gone.md", join(content, "dangling.md"));
    await symlink("loop-b.md", join(content, "loop-a.md"));
    await symlink("loop-a.md", join(content, "loop-b.md"));
    const result = await loadContent(content);
    expect(result.errors).toEqual([
      {
        file: join(content, "dangling.md"),
        code: "not-found",
        message: "is a symbolic link to gone.md, which does not exist; fix or remove the link",
      },
      {
        file: join(content, "loop-a.md"),
        code: "unreadable",
        message: expect.stringMatching(/too many symbolic links \(a link loop\?\)/),
      },
      {
        file: join(content, "loop-b.md"),
        code: "unreadable",
        message: expect.stringMatching(/too many symbolic links \(a link loop\?\)/),
      },
    ]);
  });

  it("applies the same rule to a file named directly, relative to its own folder", async () => {
    const { root, content, secret } = await layout();
    const link = join(content, "press.txt");
    await symlink(secret, link);
    const read = await readArticleText(link);
    expect(read).toMatchObject({ ok: false, error: { file: link, code: "outside" } });
    const loaded = await loadArticleFile(link);
    expect(loaded).toMatchObject({ ok: false, errors: [{ file: link, code: "outside" }] });
    await mkdir(join(content, "sub"));
    await symlink("../bridge.md", join(content, "sub", "bridge.md"));
    expect(await loadArticleFile(join(content, "sub", "bridge.md"))).toMatchObject({
      ok: false,
      errors: [{ code: "outside" }],
    });
    await symlink(join(content, "bridge.md"), join(root, "bridge.md"));
    expect((await loadArticleFile(join(root, "bridge.md"))).ok).toBe(true);
  });

  it("lists a dangling link named directly, so that reading it says what it is", async () => {
    const { content } = await layout();
    const link = join(content, "dangling.md");
    await symlink("gone.md", link);
    const expanded = await expandArticlePaths([link]);
    expect(expanded).toEqual({ files: [link], errors: [] });
    expect(await loadArticleFile(link)).toMatchObject({
      ok: false,
      errors: [{ code: "not-found", message: expect.stringMatching(/symbolic link to gone\.md/) }],
    });
  });
});
