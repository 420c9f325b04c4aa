export {
  HAS_TMUX,
  TMUX_MISSING,
  TmuxSession,
  type TmuxStartOptions,
  tmuxSessionsOfFile,
} from "./tmux-session.js";
