import type { ProfileName } from "@broadsheet/markdown";

/** One exported file: the name the profile gives it and its Markdown. */
export interface ExportedFile {
  name: string;
  markdown: string;
}

/** The front matter fields a platform read, as plain values (dates as ISO 8601 text). */
export interface FrontRead {
  title?: unknown;
  subtitle?: unknown;
  date?: unknown;
  modified?: unknown;
  description?: unknown;
  tags?: unknown;
  categories?: unknown;
  author?: unknown;
  canonicalUrl?: unknown;
  image?: unknown;
  slug?: unknown;
}

/** What a platform made of one exported file. */
export interface RenderedPage {
  /** The HTML of the article body as the platform produced it. */
  html: string;
  /** The front matter fields the platform read, when it reads front matter. */
  front?: FrontRead;
  /** Why the platform produced no page for this file (a build error, a missing output). */
  error?: string;
}

/** A real platform, built once per batch of exported files. */
export interface Platform {
  /** The name used in reports and on the command line (`hugo`, `kramdown`, …). */
  name: string;
  /** What it is and which version ran, for reports. */
  describe(): Promise<string>;
  /** Whether it can run here (its binary or package is present); a reason when not. */
  unavailable(): Promise<string | undefined>;
  /** Builds every file in one run; the result maps each file name to its page. */
  render(files: readonly ExportedFile[]): Promise<Map<string, RenderedPage>>;
}

/** Which platforms check which profile. */
export type PlatformsByProfile = Partial<Record<ProfileName, readonly string[]>>;
