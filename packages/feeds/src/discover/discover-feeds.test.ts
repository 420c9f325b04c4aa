import { describe, expect, it } from "vitest";
import { discoverFeeds } from "./discover-feeds.js";

const PAGE = "https://site.example/section/page.html";

describe("discoverFeeds", () => {
  it("finds Atom, RSS, JSON Feed and Markdown alternates in document order, absolute", () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="/s.css">
      <link rel="alternate" type="application/rss+xml" title="RSS &amp; more" href="/rss.xml">
      <LINK REL="Alternate Home" TYPE="application/atom+xml" HREF="atom.xml">
      <link rel="alternate" type="application/feed+json" href="https://cdn.example/feed.json">
      <link rel="alternate" type="text/html" hreflang="de" href="/de/">
      <link rel="alternate" type="text/markdown" href="page.md" />
      <link rel="alternate" type="application/rss+xml" href="/rss.xml">
    </head><body><link rel="alternate" type="application/json" href="/body.json"></body></html>`;
    expect(discoverFeeds(html, PAGE)).toEqual([
      { kind: "rss", url: "https://site.example/rss.xml", title: "RSS & more" },
      { kind: "atom", url: "https://site.example/section/atom.xml", title: undefined },
      { kind: "json", url: "https://cdn.example/feed.json", title: undefined },
      { kind: "markdown", url: "https://site.example/section/page.md", title: undefined },
      { kind: "json", url: "https://site.example/body.json", title: undefined },
    ]);
  });

  it("resolves against <base href>, and drops links that are not http(s)", () => {
    const html = `<head><base href="https://mirror.example/root/">
      <link rel="alternate" type="application/atom+xml" href="feed.atom">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
      <link rel="alternate" type="application/rss+xml" href="data:text/xml,&lt;rss/&gt;">
      <link rel="alternate" type="application/rss+xml">
      <link rel="alternate" type="application/rss+xml" title="&#27;[31mred" href="ftp://x.example/f"></head>`;
    expect(discoverFeeds(html, PAGE)).toEqual([
      { kind: "atom", url: "https://mirror.example/root/feed.atom", title: undefined },
    ]);
  });

  it("ignores links inside scripts and comments", () => {
    const html = `<script>document.write('<link rel="alternate" type="application/rss+xml" href="/a">')</script>
      <!-- <link rel="alternate" type="application/rss+xml" href="/b"> -->`;
    expect(discoverFeeds(html, PAGE)).toEqual([]);
  });
});
