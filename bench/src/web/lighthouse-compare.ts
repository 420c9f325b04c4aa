import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatNumber, printTable } from "../print-table.js";
import { contentArticles } from "../synthetic-archive.js";
import { bareArticlePage, floorPage } from "./floor-page.js";
import { freePort } from "./free-port.js";
import {
  CATEGORIES,
  type FormFactor,
  type LighthouseFigures,
  lighthouseRun,
} from "./lighthouse-run.js";
import { median } from "./median.js";
import { WEB_RESULTS } from "./paths.js";
import { buildSite } from "./site-build.js";
import { serveStatic } from "./static-server.js";

const FORM_FACTORS: FormFactor[] = ["mobile", "desktop"];
/** Targets from issue 5. */
const MAX_LCP_RATIO = 1.15;
const MAX_BYTES_RATIO = 1.5;

interface Page {
  name: string;
  path: string;
}

const ratio = (value: number, floor: number) => `${(value / floor).toFixed(2)}×`;

function row(
  formFactor: FormFactor,
  page: Page,
  runs: LighthouseFigures[],
  floor: LighthouseFigures[],
) {
  const scores = CATEGORIES.map((id) => median(runs.map((run) => run.scores[id])));
  const lcps = runs.map((run) => run.lcpMs);
  const lcp = median(lcps);
  const bytes = median(runs.map((run) => run.transferBytes));
  const documentBytes = median(runs.map((run) => run.documentBytes));
  const floorLcp = median(floor.map((run) => run.lcpMs));
  const floorBytes = median(floor.map((run) => run.transferBytes));
  const floorDocumentBytes = median(floor.map((run) => run.documentBytes));
  const lcpOk = formFactor === "desktop" || lcp / floorLcp <= MAX_LCP_RATIO;
  const met =
    scores.every((score) => score === 100) && lcpOk && bytes / floorBytes <= MAX_BYTES_RATIO;
  return [
    formFactor,
    page.name,
    ...scores.map((score) => String(Math.round(score))),
    formatNumber(lcp),
    `${formatNumber(Math.min(...lcps))}–${formatNumber(Math.max(...lcps))}`,
    formatNumber(bytes / 1024),
    String(median(runs.map((run) => run.requests.length))),
    ratio(lcp, floorLcp),
    ratio(bytes, floorBytes),
    formatNumber(documentBytes / 1024),
    ratio(documentBytes, floorDocumentBytes),
    page.path.startsWith("/floor/") ? "(reference)" : met ? "yes" : "no",
  ];
}

/**
 * Lighthouse on the site's article page (the sample article) and front page, mobile and desktop,
 * side by side in one run with the floor: the same article page written by hand for the same
 * requirements ({@link floorPage}), and for reference the article's text alone
 * ({@link bareArticlePage}), served by the same server from the same export. Each page and form
 * factor is audited `BENCH_WEB_RUNS` times (5), interleaved so load affects all alike, and the
 * medians are printed with ratios to the floor.
 */
export async function lighthouseCompare(): Promise<void> {
  const runs = Number(process.env.BENCH_WEB_RUNS ?? 5);
  const articles = contentArticles();
  const article = articles.find((candidate) => candidate.slug.includes("kursk"));
  if (!article) throw new Error("content/ has no Kursk sample article");
  const sections = [...new Set(articles.flatMap((item) => item.articleSection ?? []))];
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const out = join(WEB_RESULTS, "lighthouse-site");
  buildSite({ out, siteUrl: origin });
  mkdirSync(join(out, "floor"), { recursive: true });
  const floor = floorPage(article, { origin, name: "Broadsheet" }, sections);
  writeFileSync(join(out, "floor", `${article.slug}.html`), floor);
  writeFileSync(join(out, "floor", `${article.slug}-bare.html`), bareArticlePage(article));
  const pages: Page[] = [
    { name: "floor: hand-written article page", path: `/floor/${article.slug}` },
    { name: "bare article (text only)", path: `/floor/${article.slug}-bare` },
    { name: "article page", path: `/articles/${article.slug}` },
    { name: "front page", path: "/" },
  ];
  const server = await serveStatic(out, port);
  const rows: string[][] = [];
  const failing: string[] = [];
  const requestLists: string[] = [];
  try {
    for (const formFactor of FORM_FACTORS) {
      const figures: LighthouseFigures[][] = pages.map(() => []);
      for (let run = 0; run < runs; run++) {
        for (const [index, page] of pages.entries()) {
          figures[index]?.push(await lighthouseRun(`${origin}${page.path}`, formFactor));
        }
      }
      const floor = figures[0] ?? [];
      for (const [index, page] of pages.entries()) {
        rows.push(row(formFactor, page, figures[index] ?? [], floor));
        const audits = [...new Set((figures[index] ?? []).flatMap((run) => run.failing))];
        requestLists.push(
          `  ${formFactor}, ${page.name}: ${(figures[index]?.at(-1)?.requests ?? []).join(" ")}`,
        );
        failing.push(`  ${formFactor}, ${page.name}: ${audits.join(", ") || "none"}`);
      }
    }
  } finally {
    await server.close();
    rmSync(out, { recursive: true, force: true });
  }
  printTable(
    `Lighthouse 12.2.3 in Debian Chromium, median of ${runs} runs (sample article; served by apps/web/scripts/serve.mjs)`,
    [
      "form",
      "page",
      "perf",
      "a11y",
      "best-pr",
      "seo",
      "LCP ms",
      "LCP range",
      "KB transferred",
      "requests",
      "LCP × floor",
      "bytes × floor",
      "document KB",
      "document × floor document",
      "targets met",
    ],
    rows,
  );
  console.log(
    `Targets (issue 5): 100 in all four categories; mobile LCP ≤ ${MAX_LCP_RATIO}× the floor; ` +
      `transferred bytes ≤ ${MAX_BYTES_RATIO}× the floor. The front page is compared with the ` +
      "article floor (there is no hand-written front page). The floor carries what issue 5 asks " +
      "of every article page (canonical URL, feeds, Markdown alternate and link, OpenGraph, " +
      "Twitter card, JSON-LD, skip link, section navigation, subhead anchors, print style), " +
      "written by hand; the bare article (its text and style alone) is shown for reference. " +
      "Mobile = Lighthouse's default config " +
      "(simulated throttling); desktop = its desktop config.",
  );
  console.log(
    "Bytes are as transferred (apps/web/scripts/serve.mjs compresses text for the floor and the " +
      "site alike). Each page carries its icon inline, so each load is one request; the " +
      "document columns compare the pages' own HTML alone.",
  );
  console.log(`Requests of the last run per page:\n${requestLists.join("\n")}`);
  console.log(`Scored audits that did not pass in at least one run:\n${failing.join("\n")}`);
}
