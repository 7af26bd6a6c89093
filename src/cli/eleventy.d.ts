/** The part of Eleventy's programmatic API (https://www.11ty.dev/docs/programmatic/) that src/cli/build.ts uses. */
declare module '@11ty/eleventy' {
  export interface EleventyOptions {
    source?: 'cli' | 'script';
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
  }
}
