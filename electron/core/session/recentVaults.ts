import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RecentVault } from '../../../shared/contract/schemas';

/** Only paths and times: the recent list lives outside the vault and must hold no vault content. */
const StoredRecent = z.array(z.object({ path: z.string().min(1).max(4096), lastOpenedAt: z.string().datetime() }));
type StoredRecent = z.infer<typeof StoredRecent>;

export const MAX_RECENT = 10;

function recentFile(userDataDir: string): string {
  return path.join(userDataDir, 'recent.json');
}

function readStored(userDataDir: string): StoredRecent {
  try {
    const parsed = StoredRecent.safeParse(JSON.parse(fs.readFileSync(recentFile(userDataDir), 'utf8')));
    return parsed.success ? parsed.data : [];
  } catch {
    // Missing or unreadable: start a fresh list rather than block the welcome screen.
    return [];
  }
}

/** The recent list without tokens: the handler adds those (paths never come back from the renderer). */
export function readRecentVaults(userDataDir: string): Omit<RecentVault, 'token'>[] {
  return readStored(userDataDir).map((r) => ({
    path: r.path,
    fileName: path.basename(r.path),
    lastOpenedAt: r.lastOpenedAt,
    exists: fs.existsSync(r.path),
  }));
}

/** Moves `vaultPath` to the top of the list; written via a temp file and rename. */
export function rememberRecentVault(userDataDir: string, vaultPath: string, at: Date): void {
  const resolved = path.resolve(vaultPath);
  const next: StoredRecent = [
    { path: resolved, lastOpenedAt: at.toISOString() },
    ...readStored(userDataDir).filter((r) => r.path !== resolved),
  ].slice(0, MAX_RECENT);
  fs.mkdirSync(userDataDir, { recursive: true, mode: 0o700 });
  const file = recentFile(userDataDir);
  const temp = `${file}.tmp`;
  // Paths only, but they say which vaults this account uses: the owner's business alone.
  fs.rmSync(temp, { force: true });
  fs.writeFileSync(temp, JSON.stringify(next, null, 2), { mode: 0o600, flag: 'wx' });
  fs.renameSync(temp, file);
}
