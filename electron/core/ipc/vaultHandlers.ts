import path from 'node:path';
import type { vaultChannels } from '../../../shared/contract/channels';
import type { AppInfo, VaultTarget } from '../../../shared/contract/schemas';
import { assessPassphrase } from '../passphrase/passphraseStrength';
import { readRecentVaults } from '../session/recentVaults';
import { sqlcipherVersion } from '../vault/sqlcipher';
import { VAULT_EXTENSION } from '../vault/vaultFile';
import type { HandlerDeps } from './handlerDeps';
import type { HandlerTable } from './handlerTable';

type VaultHandlers = Pick<HandlerTable, keyof typeof vaultChannels>;

function withExtension(p: string | null): string | null {
  if (p === null) return null;
  return p.endsWith(VAULT_EXTENSION) ? p : `${p}${VAULT_EXTENSION}`;
}

/** The app, the vault's life cycle (create, unlock, lock, passphrase, backups) and the settings. */
export function createVaultHandlers(deps: HandlerDeps): VaultHandlers {
  const { session, host, build, nativeBinding } = deps;
  // A dialog answers with an absolute path; anything else is not a choice the user made.
  const chosen = (filePath: string | null): VaultTarget | null =>
    filePath === null || !path.isAbsolute(filePath) ? null : session.targets.target(filePath);
  return {
    'app:info': (): AppInfo => ({
      name: 'Casustafel',
      version: build.version,
      buildTime: build.buildTime,
      commit: build.commit,
      electron: host.runtime.electron,
      chrome: host.runtime.chrome,
      node: host.runtime.node,
      platform: host.runtime.platform,
      sqlcipher: sqlcipherVersion(nativeBinding),
    }),

    'vault:status': () => session.status(),
    'vault:recent': () => readRecentVaults(host.userDataDir)
        .filter((r) => path.isAbsolute(r.path))
        .map((r) => ({ ...r, ...session.targets.target(r.path) })),
    'vault:chooseCreatePath': async () => chosen(withExtension(await host.chooseCreatePath())),
    'vault:chooseOpenPath': async () => chosen(await host.chooseOpenPath()),
    'vault:checkPassphrase': ({ passphrase }) => assessPassphrase(passphrase),
    'vault:create': ({ token, passphrase, passphraseRepeat }) => session.create(session.targets.pathOf(token), passphrase, passphraseRepeat),
    'vault:unlock': ({ token, passphrase }) => session.unlock(session.targets.pathOf(token), passphrase),
    'vault:openDemo': () => session.openDemo(),
    'vault:setOperator': (operator) => session.setOperator(operator),
    'vault:lock': ({ reason }) => {
      session.lock(reason);
      return session.status();
    },
    'vault:activity': () => {
      const at = session.lockAt();
      return { lockAt: at === null ? null : at.toISOString() };
    },
    'vault:changePassphrase': ({ current, next, nextRepeat }) => session.changePassphrase(current, next, nextRepeat),
    'vault:backup': () => session.backupNow(),
    'vault:listBackups': () => session.listBackups(),
    'vault:verifyAudit': () => session.verifyAudit(),
    'vault:restoreBackup': async ({ backupFileName, passphrase }) => {
      session.currentOperator();
      const target = withExtension(await host.chooseCreatePath());
      if (target === null) return { restored: false, fileName: null };
      return { restored: true, fileName: session.restoreBackupInto(backupFileName, passphrase, target) };
    },

    'settings:get': () => session.settings(),
    'settings:update': (patch) => session.updateSettings(patch),
  };
}
