import { it } from "vitest";
import { platformNamed } from "./platforms/index.js";

/**
 * Registers a test that needs a real platform: skipped with a message when the platform is
 * missing here, failing with that message under CI (`process.env.CI`), where it must run.
 */
export async function platformIt(
  platformName: string,
  title: string,
  test: () => Promise<void>,
): Promise<void> {
  const missing = await platformNamed(platformName).unavailable();
  if (missing === undefined) {
    it(title, test);
  } else if (process.env.CI) {
    it(title, () => {
      throw new Error(`${platformName} must run under CI: ${missing}`);
    });
  } else {
    console.warn(`skipping "${title}": ${missing}`);
    it.skip(`${title} (${missing})`, test);
  }
}
