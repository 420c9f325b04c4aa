import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { everyBlockArticle } from "@broadsheet/article/testing";
import { afterEach, describe, expect, it } from "vitest";
import { loadSiteArticles } from "./site-content";

const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("loadSiteArticles and symbolic links", () => {
  it("fails the build on a link to a file outside the content folder, naming link and target", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "broadsheet-web-"));
    made.push(root);
    const content = path.join(root, "content");
    await mkdir(content);
    await mkdir(path.join(root, ".aws"));
    await writeFile(
      path.join(root, ".aws", "credentials"),
      "aws_secret_access_key = wJalrXUtnFEMI\n",
    );
    await writeFile(path.join(content, "good.json"), JSON.stringify(everyBlockArticle()));
    await symlink(path.join(root, ".aws", "credentials"), path.join(content, "press.txt"));
    const failure = loadSiteArticles(content);
    await expect(failure).rejects.toThrow(
      /press\.txt: is a symbolic link to \S+\/\.aws\/credentials, outside its folder/,
    );
    await expect(failure).rejects.not.toThrow(/wJalrXUtnFEMI/);
  });
});
