import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../renderer/i18n';
import { matchedOnText } from '../../../../renderer/features/home/matchedOn';
// Every feature's texts, registered as main.tsx does before the first render.
import '../../../../renderer/shell/featureTexts';

describe('why a family was found, in the reader’s language', () => {
  const en = createI18n('en');
  const nl = createI18n('nl');

  it('translates the field and keeps the matched text verbatim', () => {
    expect(matchedOnText('school: OBS De Regenboog', en.t)).toBe('school: OBS De Regenboog');
    expect(matchedOnText('betrokkene: Fenna Bakker', en.t)).toBe('involved professional: Fenna Bakker');
    expect(matchedOnText('meerdere velden', en.t)).toBe('several fields');
    expect(matchedOnText('naam', nl.t)).toBe('naam');
    expect(matchedOnText('organisatie: <b>GGD</b> 🙂', en.t)).toBe('organisation: <b>GGD</b> 🙂');
  });

  it('shows anything it does not know unchanged', () => {
    expect(matchedOnText('iets nieuws: x', en.t)).toBe('iets nieuws: x');
    expect(matchedOnText('', en.t)).toBe('');
  });
});
