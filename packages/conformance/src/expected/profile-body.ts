import type { Article, Block } from "@broadsheet/article";
import type { ProfileName } from "@broadsheet/markdown";
import * as markdown from "@broadsheet/markdown";

interface ProfileLike {
  body(article: Article, options: object): Block[];
}

type Profiles = Record<ProfileName, ProfileLike>;

let profiles: Promise<Profiles> | undefined;

/**
 * The profiles' table: `PROFILES` when @broadsheet/markdown exports it, else read from its
 * built `dist/profiles/index.js` (the package's exports do not list it).
 */
function loadProfiles(): Promise<Profiles> {
  if (profiles === undefined) {
    const exported = (markdown as Record<string, unknown>).PROFILES;
    profiles =
      exported === undefined
        ? (
            import(
              new URL("../../../markdown/dist/profiles/index.js", import.meta.url).href
            ) as Promise<{ PROFILES: Profiles }>
          ).then((module) => module.PROFILES)
        : Promise.resolve(exported as Profiles);
  }
  return profiles;
}

/**
 * The blocks a profile writes for an article (`PROFILES[name].body`): the body degraded on
 * purpose for that target (pull quotes as quotes, captions as lines, sub/sup as Unicode, …).
 * A page is compared with these, so only changes nobody chose count.
 */
export async function profileBody(article: Article, profile: ProfileName): Promise<Block[]> {
  const table = await loadProfiles();
  return table[profile].body(article, {});
}
