import type { Article } from "@broadsheet/article";
import { ogSafeText } from "@/lib/og/og-safe-text";
import { SITE_NAME } from "@/lib/site";

/** The layout of an article's OpenGraph image (satori's subset of CSS: flexbox only). */
export function OgCard({ article }: { article: Article }) {
  const kicker = ogSafeText([article.articleSection, article.kicker].filter(Boolean).join(" · "));
  const headline = ogSafeText(article.headline);
  const place = article.dateline ? ogSafeText(article.dateline.place) : "";
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#fbfaf7",
        color: "#1a1a1a",
        fontFamily: "DejaVu Sans",
        borderTop: "16px solid #8a1c1c",
      }}
    >
      <div style={{ display: "flex", fontSize: 30, color: "#8a1c1c", letterSpacing: 1 }}>
        {kicker.toUpperCase()}
      </div>
      <div
        style={{
          display: "flex",
          fontFamily: "DejaVu Serif",
          fontWeight: 700,
          fontSize: headline.length > 90 ? 52 : 64,
          lineHeight: 1.15,
        }}
      >
        {headline}
      </div>
      <div style={{ display: "flex", justifyContent: "space-between", fontSize: 28 }}>
        <span style={{ fontFamily: "DejaVu Serif", fontWeight: 700 }}>{SITE_NAME}</span>
        <span style={{ color: "#555" }}>{place}</span>
      </div>
    </div>
  );
}
