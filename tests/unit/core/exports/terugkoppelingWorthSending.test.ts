import { describe, expect, it } from 'vitest';
import { buildTerugkoppelingLetter } from '../../../../electron/core/exports/terugkoppelingLetter';
import { signalDiscussed } from '../../../../electron/core/regie/regieActions';
import { registerKit } from '../register/registerKit';
import { MEETING_START, seedMeeting } from './meetingFixture';

const NOW = new Date('2026-03-03T10:00:00Z');

function setup() {
  const kit = registerKit();
  return { ...kit, seed: seedMeeting(kit.ctx) };
}

describe('the terugkoppelingsbrief a signaller can act on', () => {
  it('comes from the sender’s organisation in the sociale kaart, with a number to call back', () => {
    const k = setup();
    const letter = buildTerugkoppelingLetter(k.db, k.seed.feedback, { name: 'Roel Venema', organisation: 'wijkteam emmen-oost', role: 'gezinscoach' }, NOW);
    const text = letter.preview.paragraphs.join('\n');
    expect(letter.preview.paragraphs[0]).toBe('Van: Wijkteam Emmen-Oost\nEmmen\ntelefoon 0591-123456');
    expect(text).toContain('Heeft u vragen over deze brief, bel dan Roel Venema op 0591-123456.');
    expect(text).toMatch(/Met vriendelijke groet,\nRoel Venema\nWijkteam Emmen-Oost, gezinscoach$/);
    // Bakker has a regisseur and an action: the signal was taken up.
    expect(text).toContain('is opgepakt');
  });

  it('gives the sender’s street and postcode when the sociale kaart has them, as a Dutch address is written', () => {
    const k = setup();
    k.db.prepare("UPDATE organisations SET street = 'Kerkstraat 12', postcode = '7811 AB' WHERE name = 'Wijkteam Emmen-Oost'").run();
    const letter = buildTerugkoppelingLetter(k.db, k.seed.feedback, { name: 'Roel Venema', organisation: 'Wijkteam Emmen-Oost', role: 'gezinscoach' }, NOW);
    expect(letter.preview.paragraphs[0]).toBe('Van: Wijkteam Emmen-Oost\nKerkstraat 12\n7811 AB  Emmen\ntelefoon 0591-123456');
  });

  it('says a signal was discussed but not "opgepakt" while nothing is decided for the family', () => {
    const k = setup();
    const feedback = signalDiscussed(k.ctx(), {
      familyId: k.seed.families.yilmaz,
      signallerOrganisationId: k.seed.orgs.huisarts,
      ownerProfessionalId: k.seed.people.coach,
      ownerOrganisationId: null,
      dueDate: null,
      meetingId: k.seed.meeting,
    }).id;
    const letter = buildTerugkoppelingLetter(k.db, feedback, { name: 'Roel Venema', organisation: 'Wijkteam Emmen-Oost', role: '' }, NOW);
    const text = letter.preview.paragraphs.join('\n');
    expect(text).toContain(`is besproken in het 1-2-3-tje van`);
    expect(text).not.toContain('opgepakt');
    expect(text).toContain('Over de vervolgstappen is nog geen besluit genomen');
    expect(text).not.toContain('plan');
    expect(MEETING_START < NOW.toISOString()).toBe(true);
  });

  it('signed by someone outside the sociale kaart, it names what the operator typed and no made-up number', () => {
    const k = setup();
    const letter = buildTerugkoppelingLetter(k.db, k.seed.feedback, { name: 'Fenna Testers', organisation: 'CJG Proefdorp', role: 'voorzitter' }, NOW);
    const text = letter.preview.paragraphs.join('\n');
    expect(letter.preview.paragraphs[0]).toBe('Van: CJG Proefdorp');
    expect(text).toContain('Heeft u vragen over deze brief, neem dan contact op met Fenna Testers (CJG Proefdorp).');
  });
});
