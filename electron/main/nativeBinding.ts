import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Core opens the vault with better-sqlite3-multiple-ciphers. The copy in node_modules is compiled
 * for Node (the tests use it); the Electron runtime needs one compiled for Electron's ABI.
 * In a packaged app electron-builder rebuilds the module in place, so nothing is needed. In a dev
 * run, build/launch.mjs puts an Electron build at dist/native/better_sqlite3.node and this tells
 * core to load that file through this environment variable (core passes it as `nativeBinding`).
 */
export const NATIVE_BINDING_ENV = 'CASUSTAFEL_NATIVE_BINDING';
export const NATIVE_BINDING_FILE = 'better_sqlite3.node';

export interface NativeBindingOptions {
  isPackaged: boolean;
  /** The dist/ folder the app runs from. */
  distDir: string;
  exists?: (filePath: string) => boolean;
  env?: NodeJS.ProcessEnv;
}

/**
 * Sets (or clears) the variable and returns the path used, or null for "use the default". An
 * inherited value is always discarded first: only the app itself decides which binary it loads.
 */
export function configureNativeBinding(options: NativeBindingOptions): string | null {
  const env = options.env ?? process.env;
  const exists = options.exists ?? existsSync;
  delete env[NATIVE_BINDING_ENV];
  if (options.isPackaged) return null;
  const candidate = path.join(options.distDir, 'native', NATIVE_BINDING_FILE);
  if (!exists(candidate)) return null;
  env[NATIVE_BINDING_ENV] = candidate;
  return candidate;
}
