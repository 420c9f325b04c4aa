import { scriptJson } from "@/lib/script-json";

/**
 * Structured data as `<script type="application/ld+json">`. The JSON is escaped by
 * {@link scriptJson}, so no value can close the element; it is data, never executed.
 */
export function JsonLd({ data }: { data: unknown }) {
  return (
    <script
      type="application/ld+json"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: escaped JSON, not article HTML
      dangerouslySetInnerHTML={{ __html: scriptJson(data) }}
    />
  );
}
