/** The words of the page furniture, so an article in German is not framed in English. */
export interface Labels {
  by: string;
  and: string;
  published: string;
  updated: string;
  minutesToRead: (minutes: number) => string;
  contents: string;
  corrections: Record<"correction" | "clarification" | "update", string>;
  correctionsTitle: string;
  sources: string;
  markdown: string;
  skipToContent: string;
}

const en: Labels = {
  by: "By",
  and: "and",
  published: "Published",
  updated: "Updated",
  minutesToRead: (minutes) => `${minutes} min read`,
  contents: "Contents",
  corrections: { correction: "Correction", clarification: "Clarification", update: "Update" },
  correctionsTitle: "Corrections and updates",
  sources: "Sources",
  markdown: "Read this article as Markdown",
  skipToContent: "Skip to content",
};

const de: Labels = {
  by: "Von",
  and: "und",
  published: "Veröffentlicht",
  updated: "Aktualisiert",
  minutesToRead: (minutes) => `${minutes} Min. Lesezeit`,
  contents: "Inhalt",
  corrections: { correction: "Korrektur", clarification: "Klarstellung", update: "Aktualisierung" },
  correctionsTitle: "Korrekturen und Aktualisierungen",
  sources: "Quellen",
  markdown: "Diesen Artikel als Markdown lesen",
  skipToContent: "Zum Inhalt springen",
};

const LABELS: Record<string, Labels> = { en, de };

/** The labels for a BCP 47 language, English where no translation exists. */
export function labelsFor(language: string): Labels {
  return LABELS[language.toLowerCase().split("-")[0] ?? "en"] ?? en;
}
