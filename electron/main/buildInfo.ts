import { version } from '../../package.json';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace NodeJS {
    interface ProcessEnv {
      /** Replaced at bundle time by build/build.mjs (esbuild `define`). */
      CASUSTAFEL_BUILD_TIME?: string;
      /** Replaced at bundle time by build/build.mjs (esbuild `define`). */
      CASUSTAFEL_COMMIT?: string;
    }
  }
}

export interface BuildInfo {
  version: string;
  buildTime: string;
  commit: string;
}

const UNKNOWN = 'onbekend';

/** Version from package.json; build time and commit as injected by the bundler, else "onbekend". */
export function readBuildInfo(): BuildInfo {
  return {
    version,
    buildTime: process.env.CASUSTAFEL_BUILD_TIME || UNKNOWN,
    commit: process.env.CASUSTAFEL_COMMIT || UNKNOWN,
  };
}
