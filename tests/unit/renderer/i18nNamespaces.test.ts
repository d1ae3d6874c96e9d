import { describe, expect, it } from 'vitest';
import { changeLanguage, createI18n, i18n, registerTexts } from '../../../renderer/i18n';
import { textBundle } from '../../../renderer/i18n/textBundle';

// An instance made before the features register: registration reaches it too (the app's own
// `i18n` is made when renderer/i18n is first imported, before the shell registers).
const early = createI18n('nl');
const { FEATURE_TEXTS } = await import('../../../renderer/shell/featureTexts');

describe('each feature registers its texts as its own namespace', () => {
  it('a feature key reads as before: its first segment names the namespace', () => {
    const nl = createI18n('nl');
    expect(nl.t('regie.tab')).toBe('Besluiten');
    expect(nl.t('household.familyTitle')).toBe('Gezin');
    expect(nl.t('shell.lock')).toBe('Vergrendelen');
    expect(nl.exists('regie.tab')).toBe(true);
    expect(nl.exists('regie.noSuchKey')).toBe(false);
  });

  it('an instance made before registration, and the app’s own, find every namespace', () => {
    for (const bundle of FEATURE_TEXTS) {
      expect(early.hasResourceBundle('nl', bundle.namespace), bundle.namespace).toBe(true);
      expect(i18n.hasResourceBundle('en', bundle.namespace), bundle.namespace).toBe(true);
    }
    expect(early.t('meetingMode.exportLog.empty')).not.toBe('meetingMode.exportLog.empty');
  });

  it('changing the language switches every namespace and the app-wide texts together', () => {
    const instance = createI18n('nl');
    changeLanguage(instance, 'en');
    expect(instance.t('regie.tab')).toBe('Decisions');
    expect(instance.t('household.familyTitle')).toBe('Family');
    expect(instance.t('shell.lock')).toBe('Lock');
    changeLanguage(instance, 'nl');
    expect(instance.t('regie.tab')).toBe('Besluiten');
  });

  it('refuses a namespace that would hide an app-wide group or replace another feature’s texts', () => {
    expect(() => registerTexts(textBundle('audit', { time: 'Tijd' }, { time: 'Time' }))).toThrow();
    expect(() => registerTexts(textBundle('regie', { tab: 'Besluiten' }, { tab: 'Decisions' }))).toThrow();
    // The same bundle twice is harmless (a test and the shell may both register it).
    expect(() => registerTexts(...FEATURE_TEXTS)).not.toThrow();
  });
});
