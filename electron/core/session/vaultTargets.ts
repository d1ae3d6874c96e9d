import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { VaultTarget } from '../../../shared/contract/schemas';

const UNKNOWN_TOKEN =
  'Deze kluis is niet gekozen in Casustafel. Kies hem met Nieuwe kluis, Kluis openen of uit de lijst van recente kluizen; een pad of naam wordt niet aangenomen. Er is niets gemaakt of geopend.';

/**
 * The vault files the renderer may name, by token only, as export folders are: a token stands for
 * an absolute path that main itself got from an open or save dialog, the recent list or the open
 * vault. A renderer that sends a path, relative or absolute, sends an unknown token, and nothing is
 * made or opened. One token per path for the life of the process, so a token handed out before a
 * lock still unlocks the same file after it.
 */
export class VaultTargets {
  private readonly paths = new Map<string, string>();
  private readonly tokens = new Map<string, string>();

  /** The token for an absolute path main chose or knows; a relative path is a fault in main. */
  tokenFor(filePath: string): string {
    if (!path.isAbsolute(filePath)) throw new Error('vault target is not an absolute path');
    const known = this.tokens.get(filePath);
    if (known !== undefined) return known;
    const token = randomBytes(18).toString('base64url');
    this.tokens.set(filePath, token);
    this.paths.set(token, filePath);
    return token;
  }

  target(filePath: string): VaultTarget {
    return { token: this.tokenFor(filePath), path: filePath, fileName: path.basename(filePath) };
  }

  /** The absolute path behind a token; anything else is refused in Dutch. */
  pathOf(token: string): string {
    const filePath = this.paths.get(token);
    if (filePath === undefined) throw new AppError('invalid_request', UNKNOWN_TOKEN);
    return filePath;
  }
}
