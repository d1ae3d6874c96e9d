import { ZxcvbnFactory, type TranslationKeys } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as dutch from '@zxcvbn-ts/language-nl-be';
import { AppError } from '../../../shared/contract/errors';
import type { PassphraseStrength } from '../../../shared/contract/schemas';

export const MIN_PASSPHRASE_LENGTH = 12;
export const MIN_PASSPHRASE_SCORE = 3;

/** Words a passphrase should not lean on: the app's own name and domain words. */
const APP_WORDS = ['casustafel', 'kluis', 'wachtwoord', 'veilig', 'thuis', 'jeugd', 'kind', 'gezin', 'zorg'];

let factory: ZxcvbnFactory | null = null;

/**
 * The Dutch (nl-be) word lists and feedback texts with the common password lists. Built once and
 * lazily: the dictionaries take a moment to index.
 */
function zxcvbn(): ZxcvbnFactory {
  if (factory === null) {
    factory = new ZxcvbnFactory({
      translations: dutch.translations as TranslationKeys,
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...dutch.dictionary, casustafel: APP_WORDS },
      // Levenshtein matching costs 0.3–0.7 s per check on this hardware; the strength meter runs
      // while the user types, so it stays off.
      useLevenshteinDistance: false,
    });
  }
  return factory;
}

/** Strength with Dutch feedback. Acceptable means score ≥ 3 and at least 12 characters. */
export function assessPassphrase(passphrase: string): PassphraseStrength {
  const result = zxcvbn().check(passphrase.slice(0, 256));
  const score = Math.max(0, Math.min(4, result.score));
  const longEnough = [...passphrase].length >= MIN_PASSPHRASE_LENGTH;
  const suggestions = [...result.feedback.suggestions];
  if (!longEnough) suggestions.unshift(`Gebruik minstens ${MIN_PASSPHRASE_LENGTH} tekens; een zin van vier of meer woorden werkt goed.`);
  let warning = result.feedback.warning ?? '';
  if (warning === '' && score < MIN_PASSPHRASE_SCORE) warning = 'Dit wachtwoord is te makkelijk te raden.';
  return {
    score,
    acceptable: score >= MIN_PASSPHRASE_SCORE && longEnough,
    warning,
    suggestions,
    crackTimeDisplay: result.crackTimes.offlineSlowHashingXPerSecond.display,
  };
}

/** Throws passphrase_mismatch or weak_passphrase (with the reason in Dutch). */
export function requireAcceptablePassphrase(passphrase: string, repeat: string): void {
  if (passphrase !== repeat) throw new AppError('passphrase_mismatch');
  const strength = assessPassphrase(passphrase);
  if (!strength.acceptable) {
    const reasons = [strength.warning, ...strength.suggestions].filter((s) => s !== '');
    throw new AppError('weak_passphrase', reasons.join(' '));
  }
}
