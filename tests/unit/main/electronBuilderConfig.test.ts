import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const config = load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('flips the security fuses of the packaged binary', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into asar, unpacks native modules and rebuilds them for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json', '!dist/native/**']));
  });

  it('builds NSIS for Windows, dmg for macOS, AppImage and deb for Linux', () => {
    expect(config.appId).toBe('nl.casustafel.app');
    expect(config.productName).toBe('Casustafel');
    expect((config.win as { target: string[] }).target).toEqual(['nsis']);
    expect((config.mac as { target: string[] }).target).toEqual(['dmg']);
    expect((config.linux as { target: string[]; category: string }).target).toEqual(['AppImage', 'deb']);
    expect((config.linux as { category: string }).category).toBe('Office');
  });

  it("passes electron-builder's own schema validation", async () => {
    const { validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js')) as {
      validateConfiguration: (c: unknown, logger: unknown) => Promise<void>;
    };
    const { DebugLogger } = (await import('builder-util/out/DebugLogger.js')) as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });
});

describe('electron-builder.yml signs and notarises from the environment only', () => {
  const text = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const ENV = [
    'CSC_LINK',
    'CSC_KEY_PASSWORD',
    'WIN_CSC_LINK',
    'WIN_CSC_KEY_PASSWORD',
    'CSC_NAME',
    'APPLE_API_KEY',
    'APPLE_API_KEY_ID',
    'APPLE_API_ISSUER',
    'APPLE_ID',
    'APPLE_APP_SPECIFIC_PASSWORD',
    'APPLE_TEAM_ID',
  ];

  /** Every key path with its value, through nested objects and lists. */
  function entries(value: unknown, at = ''): [string, unknown][] {
    if (Array.isArray(value)) return value.flatMap((v, i) => entries(v, `${at}[${i}]`));
    if (typeof value === 'object' && value !== null) {
      return Object.entries(value).flatMap(([k, v]) => [[`${at}.${k}`, v] as [string, unknown], ...entries(v, `${at}.${k}`)]);
    }
    return [];
  }

  it('holds no certificate, password, key or account', () => {
    const secretKeys = entries(config).filter(([keyPath]) =>
      /(password|passphrase|secret|token|cscLink|certificateFile|certificateSubjectName|certificateSha1|appleId|apiKey|identity|keychain)$/i.test(keyPath),
    );
    expect(secretKeys).toEqual([]);
    const strings = entries(config).filter((e): e is [string, string] => typeof e[1] === 'string');
    for (const [keyPath, value] of strings) {
      // No inline base64 certificate, no certificate file, no app-specific password (xxxx-xxxx-xxxx-xxxx).
      expect(value, keyPath).not.toMatch(/[A-Za-z0-9+/=]{60,}/);
      expect(value, keyPath).not.toMatch(/\.(p12|pfx|p8|cer|pem)$/i);
      expect(value, keyPath).not.toMatch(/^[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}$/);
    }
  });

  it('notarises on macOS under the hardened runtime, and signs Windows executables, when the environment provides the means', () => {
    expect(config.mac).toMatchObject({ hardenedRuntime: true, notarize: true });
    expect(config.win).toMatchObject({ signAndEditExecutable: true });
    // An unsigned build stays possible for testing; a release asks for signing on the command line.
    expect(config.forceCodeSigning).toBe(false);
  });

  it('names every environment variable electron-builder reads, in the yml and in the README', () => {
    for (const name of ENV) {
      expect(text, name).toMatch(new RegExp(`\\b${name}\\b`));
      expect(readme, name).toMatch(new RegExp(`\\b${name}\\b`));
    }
  });

  it('names only variables electron-builder really reads', () => {
    const sources = ['out/codeSign/windowsSignToolManager.js', 'out/platformPackager.js', 'out/winPackager.js', 'out/mac/MacTargetHelper.js', 'out/macPackager.js', 'out/codeSign/macCodeSign.js']
      .map((file) => readFileSync(path.join(root, 'node_modules/app-builder-lib', file), 'utf8'))
      .join('\n');
    for (const name of ENV) expect(sources, name).toMatch(new RegExp(`\\b${name}\\b`));
  });
});
