import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/contract/errors';
import { assessPassphrase, requireAcceptablePassphrase } from '../../../../electron/core/passphrase/passphraseStrength';

function refusal(passphrase: string, repeat = passphrase): AppError {
  try {
    requireAcceptablePassphrase(passphrase, repeat);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('passphrase strength', () => {
  it('accepts a long sentence of uncommon words', () => {
    expect(assessPassphrase('fietsbel regenjas molenwiek appeltaart')).toMatchObject({ acceptable: true });
    expect(() => requireAcceptablePassphrase('fietsbel regenjas molenwiek appeltaart', 'fietsbel regenjas molenwiek appeltaart')).not.toThrow();
  });

  it('refuses a common password and says why, in Dutch', () => {
    const error = refusal('welkom123');
    expect(error.code).toBe('weak_passphrase');
    expect(error.message).toMatch(/te zwak/);
    expect(error.detail).toMatch(/wachtwoord|woorden|tekens/i);
    expect(error.detail).not.toMatch(/\b(the|password|words)\b/i);
  });

  it('knows Dutch words: a single Dutch dictionary word is weak even when long', () => {
    const result = assessPassphrase('ziekenhuisopname');
    expect(result.acceptable).toBe(false);
  });

  it('requires at least 12 characters even when the score is high', () => {
    const result = assessPassphrase('Tr0ub4dr&3x');
    expect(result.acceptable).toBe(false);
    expect(result.suggestions[0]).toMatch(/minstens 12 tekens/);
  });

  it('reports a repeat that differs before judging strength', () => {
    expect(refusal('fietsbel regenjas molenwiek appeltaart', 'fietsbel regenjas molenwiek appeltaar').code).toBe('passphrase_mismatch');
  });

  it('gives a Dutch crack-time estimate', () => {
    expect(assessPassphrase('welkom123').crackTimeDisplay).toMatch(/second|minu|uur|dag|maand|jaar|eeuw/);
  });
});
