import type { Command } from "commander";
import type { Context } from "../context.js";
import type { FollowOptions } from "../remote/follow-commands.js";
import { VERSION } from "../version.js";

/** The commands' code, loaded when one runs: the web and OPML code stays out of other commands' start. */
const commands = () => import("../remote/follow-commands.js");

/** Adds `broadsheet follow`, `broadsheet unfollow` and `broadsheet following`. */
export function registerFollow(program: Command, context: Context): void {
  program
    .command("follow")
    .description("follow a site or feed (its latest items are read with broadsheet read)")
    .argument("[url]", "the address of a site, a feed or an article page (http or https)")
    .option("--title <name>", "the name to list it by (default: the feed's title)")
    .option("--no-fetch", "follow the address as given, without reading it first")
    .option("--offline", "read the address from the cache only")
    .option("--import <file>", "follow every feed of an OPML file (newsboat, Feedly, NetNewsWire)")
    .option("--export", "print the follow list as OPML")
    .version(VERSION, "-V, --version", "print the version")
    .addHelpText(
      "after",
      `
The list is kept in $XDG_CONFIG_HOME/broadsheet/following.json; broadsheet following
prints it, broadsheet unfollow <url> takes an address off it.

Examples:
  broadsheet follow https://example.com/
  broadsheet follow --import subscriptions.opml
  broadsheet follow --export > following.opml`,
    )
    .action(async (url: string | undefined, options: FollowOptions) => {
      const { runFollow } = await commands();
      context.exitCode = await runFollow(url, options, context.io);
    });
  program
    .command("unfollow")
    .description("stop following an address")
    .argument("<url>", "the address as broadsheet following lists it")
    .action(async (url: string) => {
      const { runUnfollow } = await commands();
      context.exitCode = await runUnfollow(url, context.io);
    });
  program
    .command("following")
    .description("list the sites and feeds followed")
    .action(async () => {
      const { runFollowing } = await commands();
      context.exitCode = await runFollowing(context.io);
    });
}
