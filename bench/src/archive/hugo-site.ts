import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const CONFIG = `baseURL = "https://example.org/"
title = "Archive"
buildFuture = true
disableKinds = ["taxonomy", "term"]
`;

const SINGLE = `<!doctype html><title>{{ .Title }}</title><article><h1>{{ .Title }}</h1>{{ .Content }}</article>
`;

const LIST = `<!doctype html><title>{{ .Title }}</title><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
`;

/** Whether Hugo is installed. */
export function hasHugo(): boolean {
  return spawnSync("hugo", ["version"], { stdio: "ignore" }).status === 0;
}

/**
 * A minimal Hugo site in `root` (a single-page and a list layout, no theme) whose posts are
 * `root/content/posts/`: where `broadsheet export --profile hugo` writes the archive.
 */
export function writeHugoSite(root: string): string {
  const posts = join(root, "content", "posts");
  mkdirSync(posts, { recursive: true });
  mkdirSync(join(root, "layouts", "_default"), { recursive: true });
  writeFileSync(join(root, "config.toml"), CONFIG);
  writeFileSync(join(root, "layouts", "_default", "single.html"), SINGLE);
  writeFileSync(join(root, "layouts", "_default", "list.html"), LIST);
  return posts;
}

/** The `hugo` command line that builds the site in `root` into `root/public`. */
export function hugoBuildArgs(root: string): string[] {
  return ["--quiet", "--source", root, "--destination", join(root, "public")];
}
