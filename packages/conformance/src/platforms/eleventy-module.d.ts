declare module "@11ty/eleventy" {
  /** The parts of Eleventy's programmatic API this package uses. */
  export class Eleventy {
    constructor(
      input: string,
      output: string,
      options?: {
        quietMode?: boolean;
        configPath?: string;
      },
    );
    static getVersion(): string;
    toJSON(): Promise<{ url: string | false; inputPath: string; content: string }[]>;
  }
}
