import { describe, expect, it } from 'vitest';
import { readBuildInfo } from '../../../electron/main/buildInfo';
import { resolveNativeBinding } from '../../../electron/main/nativeBinding';
import packageJson from '../../../package.json';

describe('build info', () => {
  it('reports the package version and "onbekend" where the bundler injected nothing', () => {
    const info = readBuildInfo();
    expect(info.version).toBe(packageJson.version);
    if (!process.env.CASUSTAFEL_BUILD_TIME) expect(info.buildTime).toBe('onbekend');
    if (!process.env.CASUSTAFEL_COMMIT) expect(info.commit).toBe('onbekend');
  });
});

describe('native binding for Electron', () => {
  it('uses dist/native/better_sqlite3.node in a dev run when it exists', () => {
    expect(resolveNativeBinding({ isPackaged: false, distDir: '/app/dist', exists: () => true })).toBe('/app/dist/native/better_sqlite3.node');
  });

  it('falls back to the module default when it was not built', () => {
    expect(resolveNativeBinding({ isPackaged: false, distDir: '/app/dist', exists: () => false })).toBeUndefined();
  });

  it('never overrides the module in a packaged app (electron-builder rebuilt it)', () => {
    expect(resolveNativeBinding({ isPackaged: true, distDir: '/app/dist', exists: () => true })).toBeUndefined();
  });
});
