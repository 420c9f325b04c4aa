import { spawnSync } from "node:child_process";

/** What Ruby's YAML (Psych, as Jekyll runs it: safe_load) read from one document. */
export type PsychRead = { value: unknown } | { error: string };

/**
 * Reads every document in one Ruby process with `YAML.safe_load` and no permitted classes, so a
 * value Psych takes for a date, time or symbol is an error rather than a string again.
 */
const SCRIPT = `
documents = JSON.parse(STDIN.read)
puts JSON.generate(documents.map { |document|
  begin
    { "value" => YAML.safe_load(document) }
  rescue StandardError, Psych::Exception => error
    { "error" => "#{error.class}: #{error.message}" }
  end
})
`;

/** Each document as Ruby's Psych reads it. */
export function readByPsych(documents: readonly string[]): PsychRead[] {
  const run = spawnSync("ruby", ["-EUTF-8:UTF-8", "-ryaml", "-rjson", "-e", SCRIPT], {
    input: JSON.stringify(documents),
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`ruby failed: ${run.error?.message ?? run.stderr}`);
  return JSON.parse(run.stdout) as PsychRead[];
}
