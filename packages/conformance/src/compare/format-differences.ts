import type { Difference } from "./difference.js";

/** The differences as text, grouped by profile × platform, then by article. */
export function formatDifferences(differences: readonly Difference[]): string {
  const groups = new Map<string, Difference[]>();
  for (const difference of differences) {
    const key = `${difference.profile} → ${difference.platform}`;
    groups.set(key, [...(groups.get(key) ?? []), difference]);
  }
  const lines: string[] = [];
  for (const [key, group] of groups) {
    lines.push(`## ${key}: ${group.length} difference${group.length === 1 ? "" : "s"}`, "");
    let article = "";
    for (const difference of group) {
      if (difference.article !== article) {
        article = difference.article;
        lines.push(`### ${article}`);
      }
      const block = difference.block < 0 ? "head" : `block ${difference.block}`;
      lines.push(`- ${block}, ${difference.what}`);
      if (difference.expected !== "") lines.push(`    expected: ${difference.expected}`);
      if (difference.got !== "") lines.push(`    got:      ${difference.got}`);
      if (difference.source !== undefined) lines.push(`    source:   ${difference.source}`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

/** A count of differences per profile × platform, one line each. */
export function countDifferences(
  differences: readonly Difference[],
  pairs: readonly { profile: string; platform: string }[],
): string {
  return pairs
    .map(({ profile, platform }) => {
      const count = differences.filter(
        (difference) => difference.profile === profile && difference.platform === platform,
      ).length;
      return `${`${profile} → ${platform}`.padEnd(32)} ${count}`;
    })
    .join("\n");
}
