import { describe, expect, it } from 'vitest';
import { RISK_FLAG_WORDS } from '../../../../shared/exports/exportWords';
import { DEFAULT_INSTRUMENT } from '../../../../shared/instrument/defaultInstrument';
import { assessmentEn } from '../../../../renderer/features/assessment/assessmentEn';
import { assessmentNl } from '../../../../renderer/features/assessment/assessmentNl';
import { allTexts } from '../../renderer/allTexts';

/**
 * A risk level next to the word "veiligheid" reads as its opposite: "veiligheid nu: hoog" sounds
 * safe. Every exported and shown word for a risk level says zorg or risico.
 */
const misreadable = /(?<!zorg om de )veiligheid\s*(nu)?\s*[:=]?\s*(\{\{now\}\}|laag|verhoogd|hoog|acuut)|(?<!concern for )safety\s*(now)?\s*[:=]?\s*(\{\{now\}\}|low|raised|high|acute)/i;

function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

describe('the vocabulary for risk cannot be misread as safety', () => {
  it('no UI text, in Dutch or English, puts a level right after "veiligheid"/"safety"', () => {
    for (const [path, text] of [...strings(allTexts('nl')), ...strings(allTexts('en'))]) expect(`${path}: ${text}`).not.toMatch(misreadable);
  });

  it('the label of the level "now" says zorg/concern, in both languages', () => {
    expect(assessmentNl.judgement.now).toMatch(/^Zorg/);
    expect(assessmentEn.judgement.now).toMatch(/^Concern/);
  });

  it('the exported flag words and the instrument never pair veiligheid with a level', () => {
    for (const text of [...Object.values(RISK_FLAG_WORDS), ...strings(DEFAULT_INSTRUMENT).map(([, t]) => t)]) expect(text).not.toMatch(misreadable);
  });
});
