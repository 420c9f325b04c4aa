type Env = Readonly<Record<string, string | undefined>>;

function versionAtLeast(version: string | undefined, major: number, minor = 0): boolean {
  const match = /^(\d+)(?:\.(\d+))?/.exec(version ?? "");
  if (!match) return false;
  const [actualMajor, actualMinor] = [Number(match[1]), Number(match[2] ?? 0)];
  return actualMajor > major || (actualMajor === major && actualMinor >= minor);
}

/**
 * Whether the terminal shows OSC 8 hyperlinks, so links can be clickable instead of numbered.
 * A guess from the environment (terminals cannot be asked without a round trip): `FORCE_HYPERLINK`
 * decides when set (`0` off, anything else on); never for `TERM=dumb`; yes for terminals known to
 * support them (iTerm2 3.1+, WezTerm, VS Code 1.72+, Ghostty, kitty, Windows Terminal, foot,
 * Alacritty, Konsole, GNOME Terminal and other VTE 0.50+ terminals, DomTerm, Hyper) and inside
 * tmux 3.4+ (which forwards them); otherwise no, and links are numbered.
 */
export function supportsHyperlinks(env: Env): boolean {
  const forced = env.FORCE_HYPERLINK;
  if (forced !== undefined && forced !== "") return forced !== "0";
  const term = env.TERM ?? "";
  if (term === "dumb") return false;
  const program = env.TERM_PROGRAM;
  const programVersion = env.TERM_PROGRAM_VERSION;
  if (program === "tmux" || env.TMUX)
    return program === "tmux" && versionAtLeast(programVersion, 3, 4);
  if (program === "screen" || term.startsWith("screen")) return false;
  if (program === "iTerm.app") return versionAtLeast(programVersion, 3, 1);
  if (program === "vscode") return versionAtLeast(programVersion, 1, 72);
  if (program === "WezTerm" || program === "ghostty" || program === "Hyper") return true;
  if (env.WT_SESSION || env.KITTY_WINDOW_ID || env.DOMTERM || env.KONSOLE_VERSION) return true;
  if (term === "xterm-kitty" || term === "foot" || term.startsWith("foot-") || term === "alacritty")
    return true;
  if (env.VTE_VERSION) return Number(env.VTE_VERSION) >= 5000;
  return false;
}
