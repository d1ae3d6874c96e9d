import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMeetingSummaries } from '../../../../electron/core/exports/meetingSummaries';
import { startMeeting } from '../../../../electron/core/meetingMode/meetingLifecycle';
import { reachOf } from '../../../../electron/core/regie/activeRegie';
import { saveAction } from '../../../../electron/core/regie/regieActions';
import { registerKit } from '../register/registerKit';
import { pdfWords } from '../support/pdfText';
import { seedMeeting } from './meetingFixture';

function setup() {
  const kit = registerKit();
  const seed = seedMeeting(kit.ctx);
  return { ...kit, seed };
}

async function coachText(k: ReturnType<typeof setup>): Promise<string> {
  const summaries = await renderMeetingSummaries(k.db, k.seed.meeting);
  const coach = summaries.find((s) => s.recipient.professionalId === k.seed.people.coach);
  if (!coach) throw new Error('the coach is a participant');
  return pdfWords(coach.pdf);
}

describe('a summary a chair can send without retyping', () => {
  it('says the meeting is planned until it is held, and then the day it was held', async () => {
    const k = setup();
    expect(await coachText(k)).toContain('Gepland op maandag 2 maart 2026 om 10:00, nog niet gehouden');
    startMeeting(k.ctx(), k.seed.meeting, true);
    const held = await coachText(k);
    expect(held).toMatch(/Gehouden op \w+ \d+ \w+ 2026 om \d{2}:\d{2}/);
    expect(held).not.toContain('nog niet gehouden');
  });

  it('marks an open action whose due day passed before the meeting as late, and only that one', async () => {
    const k = setup();
    saveAction(k.ctx(), {
      familyId: k.seed.families.bakker,
      kind: 'actie',
      description: 'Schoolarts inschakelen voor Noor',
      ownerProfessionalId: k.seed.people.coach,
      ownerOrganisationId: null,
      dueDate: '2026-02-20',
      status: 'open',
      memberIds: [],
      meetingId: null,
      signallerOrganisationId: null,
      informed: false,
      informingPostponedUntil: null,
      informingPostponedReason: '',
    });
    const text = await coachText(k);
    expect(text).toMatch(/Schoolarts inschakelen voor Noor .*20 februari 2026 open, te laat/);
    expect(text).toMatch(/Huisbezoek plannen met moeder en Noor .*16 maart 2026 open(?!, te laat)/);
  });
});

describe('how to reach the regisseur', () => {
  const phone = fc.stringMatching(/^0[1-9]\d{1,3}[- ]?\d{6,7}$/);
  const email = fc.stringMatching(/^[a-z]{1,8}\.[a-z]{2,10}@[a-z]{3,10}\.example$/);

  it('prints a number or address once, also when the contact typed with the decision already holds it', () => {
    fc.assert(
      fc.property(phone, email, fc.boolean(), (p, e, spaced) => {
        const typed = spaced ? p.replace(/(\d{4})(\d)/, '$1 $2') : p;
        expect(reachOf(`${typed}, ${e}`, p, e)).toEqual([`${typed}, ${e}`]);
        expect(reachOf(`bel ${typed}`, p, e)).toEqual([`bel ${typed}`, e]);
        expect(reachOf('', p, e)).toEqual([p, e]);
        expect(reachOf(' ', '', '')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
