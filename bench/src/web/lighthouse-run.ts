import lighthouse, { desktopConfig } from "lighthouse";
import { launchChromium } from "./chromium.js";

/** The Lighthouse categories the benchmark reports, in table order. */
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

/** Lighthouse's form factors: mobile is its default config (simulated throttling). */
export type FormFactor = "mobile" | "desktop";

/** The figures one Lighthouse run gives for a page. */
export interface LighthouseFigures {
  /** 0 to 100 per category. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Largest Contentful Paint in ms (simulated under Lighthouse's throttling). */
  lcpMs: number;
  /** Total transferred bytes of the page load (the `total-byte-weight` audit). */
  transferBytes: number;
  /** Transferred bytes of the page's own document (its entry in `network-requests`). */
  documentBytes: number;
  /** The requests of the page load, by path on the audited origin (others by full URL). */
  requests: string[];
  /** Ids of the scored audits (weight > 0) in the four categories that did not pass. */
  failing: string[];
}

/**
 * Audits `url` once with Lighthouse (node API) in a fresh Debian Chromium: the default (mobile)
 * config or Lighthouse's desktop config. Throws on a Lighthouse runtime error.
 */
export async function lighthouseRun(
  url: string,
  formFactor: FormFactor,
): Promise<LighthouseFigures> {
  const chromium = await launchChromium();
  try {
    const result = await lighthouse(
      url,
      { port: chromium.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
      formFactor === "desktop" ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
    const origin = new URL(url).origin;
    const network =
      (
        lhr.audits["network-requests"]?.details as
          | { items?: { url: string; resourceType?: string; transferSize?: number }[] }
          | undefined
      )?.items ?? [];
    const document = network.find((item) => item.resourceType === "Document");
    const score = (id: (typeof CATEGORIES)[number]) =>
      (lhr.categories[id]?.score ?? Number.NaN) * 100;
    return {
      scores: {
        performance: score("performance"),
        accessibility: score("accessibility"),
        "best-practices": score("best-practices"),
        seo: score("seo"),
      },
      lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
      transferBytes: lhr.audits["total-byte-weight"]?.numericValue ?? Number.NaN,
      documentBytes: document?.transferSize ?? Number.NaN,
      requests: network.map((item) =>
        item.url.startsWith(origin) ? item.url.slice(origin.length) : item.url,
      ),
      failing: CATEGORIES.flatMap((id) => lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => ref.id)
        .filter((audit) => {
          const score = lhr.audits[audit]?.score;
          return score !== null && score !== undefined && score < 1;
        }),
    };
  } finally {
    await chromium.close();
  }
}
