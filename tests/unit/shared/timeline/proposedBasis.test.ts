import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEGAL_BASES, ORGANISATION_TYPES, TIMELINE_EVENT_TYPES } from '../../../../shared/domain/vocabulary';
import { NOT_CARRYING_OUT_HELP } from '../../../../shared/exports/recipientScope';
import { mayHaveBasis, proposedBasis } from '../../../../shared/timeline/proposedBasis';

describe('the basis an event proposes follows where it comes from', () => {
  it('an organisation that does not carry out help never proposes, nor may take, need-to-know', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NOT_CARRYING_OUT_HELP), fc.constantFrom(...TIMELINE_EVENT_TYPES), (source, type) => {
        expect(proposedBasis(source, type)).not.toBe('noodzakelijk_betrokkenen');
        expect(mayHaveBasis(source, 'noodzakelijk_betrokkenen')).toBe(false);
        expect(mayHaveBasis(source, proposedBasis(source, type))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('whatever the source, the proposal is one it may take, and a report is proposed on meldrecht', () => {
    fc.assert(
      fc.property(fc.option(fc.constantFrom(...ORGANISATION_TYPES), { nil: null }), fc.constantFrom(...TIMELINE_EVENT_TYPES), (source, type) => {
        const basis = proposedBasis(source, type);
        expect(LEGAL_BASES).toContain(basis);
        expect(mayHaveBasis(source, basis)).toBe(true);
        if (type === 'melding') expect(basis).toBe('meldrecht');
      }),
      { numRuns: 300 },
    );
  });

  it('examples: a school proposes consent, a wijkteam need-to-know, a family’s own request consent', () => {
    expect(proposedBasis('school', 'signaal')).toBe('toestemming');
    expect(proposedBasis('politie', 'melding')).toBe('meldrecht');
    expect(proposedBasis('wijkteam', 'signaal')).toBe('noodzakelijk_betrokkenen');
    expect(proposedBasis(null, 'signaal')).toBe('toestemming');
  });
});
