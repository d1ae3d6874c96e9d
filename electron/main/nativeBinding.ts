import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Core opens the vault with better-sqlite3-multiple-ciphers. The copy in node_modules is compiled
 * for Node (the tests use it); the Electron runtime needs one compiled for Electron's ABI.
 * In a packaged app electron-builder rebuilds the module in place, so the default is right. In a
 * dev run, build/launch.mjs puts an Electron build at dist/native/better_sqlite3.node and main
 * passes that file to core as its `nativeBinding` option.
 */
export const NATIVE_BINDING_FILE = 'better_sqlite3.node';

export interface NativeBindingOptions {
  isPackaged: boolean;
  /** The dist/ folder the app runs from. */
  distDir: string;
  exists?: (filePath: string) => boolean;
}

/** The Electron build of the native module to load, or undefined for "the module's own build". */
export function resolveNativeBinding(options: NativeBindingOptions): string | undefined {
  if (options.isPackaged) return undefined;
  const exists = options.exists ?? existsSync;
  const candidate = path.join(options.distDir, 'native', NATIVE_BINDING_FILE);
  return exists(candidate) ? candidate : undefined;
}
