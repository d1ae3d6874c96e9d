import { describe, expect, it } from 'vitest';
import { amsterdamDay } from '../../../../shared/domain/amsterdamTime';
import { senderVault } from './handoverKit';

describe('a handover on conflict van plichten stops when the decision ends', () => {
  it('carries the family on a running decision, and refuses it the day the decision is ended or after its last valid day', async () => {
    const sender = await senderVault();
    const { yilmaz } = sender.seed.families;
    const wijkteam = sender.seed.orgs.wijkteam;
    const today = amsterdamDay(sender.core.clock.now());
    const preview = async () => (await sender.call('handover:preview', { familyIds: [yilmaz], organisationId: wijkteam })).families[0]!;
    expect(await preview()).toMatchObject({ goes: false, refusal: 'geen_grondslag' });

    const decided = {
      familyId: yilmaz,
      organisationIds: [wijkteam],
      decidedBy: 'Femke Brouwer, aandachtsfunctionaris',
      reasons: 'Elif is thuis niet veilig en de ouders weigeren hulp; het wijkteam moet het gezin kennen.',
      date: '2020-01-01',
    };
    // Valid up to and including yesterday: no basis today.
    await sender.call('register:addConflictOfDuties', { ...decided, validUntil: '2020-12-31' });
    expect(await preview()).toMatchObject({ goes: false, refusal: 'geen_grondslag' });

    const running = await sender.call('register:addConflictOfDuties', decided);
    expect(await preview()).toMatchObject({ goes: true, scope: { basis: 'conflict_van_plichten' } });

    await sender.call('register:endConflictOfDuties', { id: running.id, endedOn: today, endedBy: 'Femke Brouwer, aandachtsfunctionaris', endReason: 'De ouders werken nu mee; toestemming vragen.' });
    expect(await preview()).toMatchObject({ goes: false, refusal: 'geen_grondslag' });
  });
});
