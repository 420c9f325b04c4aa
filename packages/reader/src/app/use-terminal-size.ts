import { useStdout } from "ink";
import { useEffect, useState } from "react";

/** The terminal's size in character cells. */
export interface TerminalSize {
  columns: number;
  rows: number;
}

function sizeOf(stdout: NodeJS.WriteStream): TerminalSize {
  return { columns: stdout.columns || 80, rows: stdout.rows || 24 };
}

/** The size of Ink's stdout, updated when the terminal is resized (80×24 when unknown). */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => sizeOf(stdout));
  useEffect(() => {
    const onResize = () =>
      setSize((old) => {
        const next = sizeOf(stdout);
        return next.columns === old.columns && next.rows === old.rows ? old : next;
      });
    stdout.on("resize", onResize);
    return () => {
      stdout.off("resize", onResize);
    };
  }, [stdout]);
  return size;
}
