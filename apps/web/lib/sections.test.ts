import type { Article } from "@broadsheet/article";
import { everyBlockArticle } from "@broadsheet/article/testing";
import { describe, expect, it } from "vitest";
import { sectionSlug, sectionsOf } from "./sections";
import { indexArticles } from "./site-index";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function filedIn(section: string, slug: string): Article {
  return { ...everyBlockArticle(), id: slug, slug, articleSection: section };
}

/** Section names in many scripts, each a different section. */
const SCRIPTS: Record<string, string> = {
  Chinese: "国际",
  "Chinese (Traditional)": "國際新聞",
  Japanese: "ニュース",
  Korean: "뉴스",
  Hindi: "समाचार",
  Hebrew: "חדשות",
  "Hebrew 2": "ספורט",
  Thai: "ข่าว",
  Bengali: "খবর",
  Tamil: "செய்திகள்",
  Georgian: "ამბები",
  Armenian: "Լուրեր",
  Amharic: "ዜና",
  Russian: "Новости",
  Greek: "Αθλητισμός",
  Arabic: "أخبار",
  Vietnamese: "Thời sự",
  German: "Wirtschaft & Kultur",
};

describe("sectionSlug", () => {
  it("keeps the slugs of Latin, Cyrillic, Greek and Arabic names as they were", () => {
    expect(
      ["World", "Kultur", "Business", "Ciência & Tecnologia", "São Paulo", "km² Matters"].map(
        sectionSlug,
      ),
    ).toEqual([
      "world",
      "kultur",
      "business",
      "ciencia-and-tecnologia",
      "sao-paulo",
      "km2-matters",
    ]);
    expect(["Новости", "Αθλητισμός", "أخبار"].map(sectionSlug)).toEqual([
      "novosti",
      "athlitismos",
      "akhbar",
    ]);
  });

  it("transliterates the scripts the slugifier drops", () => {
    expect(sectionSlug("国际")).toBe("guo-ji");
    expect(sectionSlug("뉴스")).toBe("nyuseu");
    expect(sectionSlug("ニュース")).toBe("niyusu");
    expect(sectionSlug("समाचार")).toBe("smaacaar");
    expect(sectionSlug("חדשות")).toBe("khdshvt");
  });

  it("gives every script a readable slug of its own", () => {
    const slugs = Object.entries(SCRIPTS).map(([script, name]) => [script, sectionSlug(name)]);
    for (const [script, slug] of slugs) {
      expect(slug, script).toMatch(SLUG);
      expect(slug, script).not.toBe("section");
      expect(slug, script).not.toMatch(/^[0-9a-f]{8}$/);
    }
    expect(new Set(slugs.map(([, slug]) => slug)).size).toBe(slugs.length);
  });

  it("keeps the part of a mixed name in each script", () => {
    expect(sectionSlug("AI 人工智能")).toBe("ai-ren-gong-zhi-neng");
    expect(sectionSlug("AI人工智能")).toBe("ai-ren-gong-zhi-neng");
    expect(sectionSlug("K-Pop 뉴스")).toBe("k-pop-nyuseu");
  });

  it("falls back to a stable short hash for names with nothing to spell", () => {
    const names = ["!!!", "—", "…", "★★", "😀", "🇫🇷", "?", "¿?", "()", "※"];
    const slugs = names.map(sectionSlug);
    for (const slug of slugs) expect(slug).toMatch(/^[0-9a-f]{8}$/);
    expect(new Set(slugs).size).toBe(names.length);
    expect(names.map(sectionSlug)).toEqual(slugs);
    expect(sectionSlug("!!!")).toBe("e84c538e");
  });

  it("reads a name the same in any Unicode normalization form", () => {
    expect(sectionSlug("Ciência".normalize("NFD"))).toBe(sectionSlug("Ciência".normalize("NFC")));
    expect(sectionSlug("★".normalize("NFD"))).toBe(sectionSlug("★"));
  });
});

describe("sections of a site", () => {
  it("gives sections in different scripts different pages", () => {
    const articles = Object.values(SCRIPTS).map((name, index) => filedIn(name, `a${index}`));
    const index = indexArticles(articles);
    expect(index.sections).toHaveLength(articles.length);
    for (const section of index.sections) expect(index.bySection.get(section.slug)).toHaveLength(1);
  });

  it("treats one name in two normalization forms as one section", () => {
    const sections = sectionsOf([
      filedIn("Ciência".normalize("NFC"), "a"),
      filedIn("Ciência".normalize("NFD"), "b"),
    ]);
    expect(sections).toEqual([{ name: "Ciência".normalize("NFC"), slug: "ciencia" }]);
  });

  it("fails the build when two sections still share a slug, naming both and an article of each", () => {
    const collide = () =>
      indexArticles([
        filedIn("C++", "cpp-news"),
        filedIn("Local", "x"),
        filedIn("C#", "csharp-news"),
      ]);
    expect(collide).toThrow(
      'Broadsheet: the sections "C++" (article cpp-news) and "C#" (article csharp-news) would share the page /section/c; rename one of them',
    );
    expect(() => indexArticles([filedIn("Politics", "a"), filedIn("politics", "b")])).toThrow(
      /"Politics" \(article a\) and "politics" \(article b\) would share the page \/section\/politics/,
    );
  });

  it("names every collision at once", () => {
    expect(() =>
      indexArticles([
        filedIn("C++", "a"),
        filedIn("C#", "b"),
        filedIn("C--", "c"),
        filedIn("World", "d"),
        filedIn("world", "e"),
      ]),
    ).toThrow(/"C#" \(article b\)[\s\S]*"C--" \(article c\)[\s\S]*"world" \(article e\)/);
  });
});
