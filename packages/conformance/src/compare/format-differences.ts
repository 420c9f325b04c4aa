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
      if (difference.warning !== undefined) lines.push(`    warned:   ${difference.warning}`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

/** A count of differences per profile × platform, one line each (those warned about apart). */
export function countDifferences(
  differences: readonly Difference[],
  pairs: readonly { profile: string; platform: string }[],
): string {
  return pairs
    .map(({ profile, platform }) => {
      const found = differences.filter(
        (difference) => difference.profile === profile && difference.platform === platform,
      );
      const warned = found.filter((difference) => difference.warning !== undefined).length;
      const count = `${found.length - warned}${warned === 0 ? "" : ` (+${warned} warned)`}`;
      return `${`${profile} → ${platform}`.padEnd(32)} ${count}`;
    })
    .join("\n");
}
