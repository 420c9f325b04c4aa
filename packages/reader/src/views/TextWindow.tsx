import { Box, Text } from "ink";

/** Props of {@link TextWindow}. */
export interface TextWindowProps {
  /** The rows to show, already styled; exactly as many as the window is tall. */
  lines: readonly string[];
  /** Columns left blank before each row (the centring margin). */
  margin?: number | undefined;
}

/**
 * The reading window: its rows as one `<Text>` (one node for Ink to measure and place however
 * many rows there are), indented by the margin. The layout has already fitted each row to the
 * column, so Ink never needs to wrap it.
 */
export function TextWindow({ lines, margin = 0 }: TextWindowProps) {
  return (
    <Box marginLeft={margin} height={lines.length} flexShrink={0}>
      <Text>{lines.join("\n")}</Text>
    </Box>
  );
}
