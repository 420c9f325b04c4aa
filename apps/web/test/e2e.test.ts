import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FEED_ARTICLE_LIMIT } from "@/lib/feeds/feed-articles";
import { buildHostileSite } from "./build-hostile-site";
import { hasChromium, launchChromium, localContext } from "./chromium";
import { serveOut } from "./serve-out";

const APP = path.resolve(import.meta.dirname, "..");
const OUT = path.join(APP, "out");
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const inCi = process.env.CI === "true";

if (!hasChromium && inCi) {
  it("has Chromium to run the browser tests", () => {
    expect.fail("/usr/bin/chromium is missing; .ci/run installs it (apt-get install -y chromium)");
  });
} else if (!hasChromium) {
  console.warn(
    "e2e: skipping the Chromium tests: /usr/bin/chromium is missing (apt-get install -y chromium)",
  );
}

describe.skipIf(!hasChromium)("the exported site in Chromium", () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveOut>>;
  let slugs: string[];
  let pages: string[];

  beforeAll(async () => {
    if (!existsSync(path.join(OUT, "index.html"))) {
      throw new Error("out/ is missing: run `pnpm build` in apps/web first (turbo does)");
    }
    slugs = (await readdir(path.join(OUT, "articles")))
      .filter((name) => name.endsWith(".html"))
      .map((name) => name.slice(0, -".html".length));
    const sections = (await readdir(path.join(OUT, "section")))
      .filter((name) => name.endsWith(".html"))
      .map((name) => name.slice(0, -".html".length));
    pages = ["/", ...sections.map((s) => `/section/${s}`), ...slugs.map((s) => `/articles/${s}`)];
    site = await serveOut(OUT);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function open(url: string, javaScriptEnabled = true): Promise<Page> {
    const context = await localContext(browser, { javaScriptEnabled });
    const page = await context.newPage();
    const response = await page.goto(`${site.origin}${url}`);
    expect(response?.status(), url).toBe(200);
    return page;
  }

  it("answers every route with its content type, and unknown paths with the 404 page", async () => {
    const expectations: [string, string][] = [
      ...pages.map((p): [string, string] => [p, "text/html"]),
      ...slugs.map((s): [string, string] => [`/articles/${s}.md`, "text/markdown; charset=utf-8"]),
      ...slugs.map((s): [string, string] => [`/og/${s}.png`, "image/png"]),
      ["/feed.xml", "application/atom+xml"],
      ["/feed.json", "application/feed+json"],
      ["/sitemap.xml", "application/xml"],
      ["/robots.txt", "text/plain"],
    ];
    for (const [url, type] of expectations) {
      const response = await fetch(`${site.origin}${url}`);
      expect(response.status, url).toBe(200);
      expect(response.headers.get("content-type"), url).toContain(type);
    }
    const png = Buffer.from(await (await fetch(`${site.origin}/og/${slugs[0]}.png`)).arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    const missing = await fetch(`${site.origin}/articles/no-such-article`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Page not found");
  });

  it("ships no JavaScript on reading pages, and every page links its feeds", async () => {
    for (const url of pages) {
      const html = await (await fetch(`${site.origin}${url}`)).text();
      expect(html.match(/<script\b[^>]*>/g) ?? [], url).toEqual(
        url.startsWith("/articles/") ? ['<script type="application/ld+json">'] : [],
      );
      expect(html, url).toContain(
        'type="application/atom+xml" href="https://broadsheet.example/feed.xml"',
      );
      expect(html, url).toContain('type="application/feed+json"');
    }
  });

  it("renders a page from one compressed response of the site: CSS and icon are inline", async () => {
    for (const url of ["/", `/articles/${slugs[0]}`]) {
      const context = await localContext(browser, { javaScriptEnabled: false });
      const page = await context.newPage();
      const requested: string[] = [];
      page.on("request", (request) => {
        if (request.url().startsWith(site.origin)) requested.push(request.url());
      });
      const response = await page.goto(`${site.origin}${url}`);
      await page.waitForLoadState("load");
      expect(requested, url).toEqual([`${site.origin}${url}`]);
      expect(await response?.headerValue("content-encoding"), url).toMatch(/^(?:br|gzip)$/);
      expect(await page.locator("style").count(), url).toBe(1);
      await context.close();
    }
  });

  it("reads identically with and without JavaScript", async () => {
    const withJs = await (await localContext(browser, { javaScriptEnabled: true })).newPage();
    const withoutJs = await (await localContext(browser, { javaScriptEnabled: false })).newPage();
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees
    const text = (page: Page) => page.locator("body").innerText();
    for (const url of pages) {
      await withJs.goto(`${site.origin}${url}`);
      await withoutJs.goto(`${site.origin}${url}`);
      expect(await text(withoutJs), url).toBe(await text(withJs));
    }
    await withJs.context().close();
    await withoutJs.context().close();
  });

  it("has valid NewsArticle JSON-LD, a Markdown alternate and lang on every article", async () => {
    for (const slug of slugs) {
      const page = await open(`/articles/${slug}`, false);
      const data = JSON.parse(
        (await page.locator('script[type="application/ld+json"]').textContent()) ?? "",
      );
      expect(data["@type"]).toBe("NewsArticle");
      expect(data.headline).toBe(await page.locator("h1").textContent());
      expect(await page.locator("h1").count()).toBe(1);
      expect(await page.locator("html").getAttribute("lang")).toBe(data.inLanguage);
      const markdownLink = page.locator('link[rel="alternate"][type="text/markdown"]');
      expect(await markdownLink.getAttribute("href")).toContain(`/articles/${slug}.md`);
      await page.context().close();
    }
  });

  it("publishes feeds that parse, with the latest articles in full", async () => {
    const json = await (await fetch(`${site.origin}/feed.json`)).json();
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    const carried = Math.min(slugs.length, FEED_ARTICLE_LIMIT);
    expect(json.items).toHaveLength(carried);
    const page = await open("/");
    const xml = await (await fetch(`${site.origin}/feed.xml`)).text();
    const result = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "application/xml");
      const entries = [...doc.getElementsByTagName("entry")];
      return {
        error: doc.getElementsByTagName("parsererror").length,
        entries: entries.length,
        paragraphs: entries.map(
          (entry) =>
            new DOMParser()
              .parseFromString(
                entry.getElementsByTagName("content")[0]?.textContent ?? "",
                "text/html",
              )
              .querySelectorAll("p").length,
        ),
      };
    }, xml);
    expect(result.error).toBe(0);
    expect(result.entries).toBe(carried);
    for (const count of result.paragraphs) expect(count).toBeGreaterThan(2);
    await page.context().close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe-core violations on the front page and an article (${colorScheme})`, async () => {
      for (const url of ["/", `/articles/${slugs[0]}`, `/section/${pages[1]?.split("/")[2]}`]) {
        const page = await open(url);
        await page.emulateMedia({ colorScheme });
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
          const axe = (window as any).axe;
          const results = await axe.run(document, { resultTypes: ["violations"] });
          return results.violations.map(
            (v: { id: string; nodes: { target: string[] }[] }) =>
              `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
          );
        });
        expect(violations, `${url} (${colorScheme})`).toEqual([]);
        await page.context().close();
      }
    });
  }

  describe("with a hostile article", () => {
    let hostile: Awaited<ReturnType<typeof serveOut>>;
    let article: { headline: string; body: { type: string; content?: { text: string }[] }[] };

    beforeAll(async () => {
      article = JSON.parse(
        await readFile(path.join(APP, "test/hostile-content/hostile-article.json"), "utf8"),
      );
      hostile = await serveOut(await buildHostileSite());
    });

    afterAll(async () => {
      await hostile?.close();
    });

    it("is inert: no script runs, no dialog opens, and the text shows as written", async () => {
      for (const javaScriptEnabled of [true, false]) {
        const context = await localContext(browser, { javaScriptEnabled });
        const page = await context.newPage();
        const dialogs: string[] = [];
        page.on("dialog", (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        for (const url of ["/", "/articles/hostile-article"]) {
          const response = await page.goto(`${hostile.origin}${url}`);
          expect(response?.status()).toBe(200);
          if (javaScriptEnabled) {
            expect(await page.evaluate(() => "__pwned" in window), url).toBe(false);
          }
          expect(await page.locator('img[src="x"]').count()).toBe(0);
          expect(await page.locator("script:not([type='application/ld+json'])").count()).toBe(0);
        }
        expect(await page.locator("h1").textContent()).toBe(article.headline);
        const first = article.body[0]?.content?.map((span) => span.text).join("") ?? "";
        expect(await page.locator(".article-body p").first().textContent()).toBe(first);
        const data = JSON.parse(
          (await page.locator('script[type="application/ld+json"]').textContent()) ?? "",
        );
        expect(data.headline).toBe(article.headline);
        expect(await page.title()).toContain(article.headline);
        expect(dialogs).toEqual([]);
        await context.close();
      }
    });
  });
});
