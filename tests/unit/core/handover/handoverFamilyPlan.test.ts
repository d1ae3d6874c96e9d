import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/vaultTestKit';
import { exportPackage, PACKAGE_PASSPHRASE, senderVault, vault, WIJKTEAM_OPERATOR } from './handoverKit';

describe('warme overdracht carries the family plan', () => {
  it('the plan as last agreed goes to the wijkteam and arrives on its timeline; a later draft does not go', async () => {
    const sender = await senderVault();
    const { bakker } = sender.seed.families;
    await sender.call('familyPlan:update', { familyId: bakker, familyView: 'Wij willen dat Noor weer met plezier naar school gaat', wishes: 'Hulp bij de ochtendroutine' });
    await sender.call('familyPlan:agree', { familyId: bakker, agreedOn: '2026-03-02', agreedBy: [{ name: 'Peter Bakker', role: 'vader' }] });
    // Changed after agreeing: a draft the family did not agree to is not "the plan".
    await sender.call('familyPlan:update', { familyId: bakker, wishes: 'Nog niet besproken wens' });

    const preview = await sender.call('handover:preview', { familyIds: [bakker], organisationId: sender.seed.orgs.wijkteam });
    const plan = preview.families[0]!.scope.items.find((i) => i.kind === 'gezinsplan');
    expect(plan).toMatchObject({ included: true });

    const packagePath = path.join(tempDir('casustafel-plan-'), 'pakket.overdracht');
    const { bytes } = await exportPackage(sender, [bakker], sender.seed.orgs.wijkteam, packagePath);
    expect(bytes.includes(Buffer.from('ochtendroutine'))).toBe(false);

    const receiver = await vault('wijkteam.casustafel', WIJKTEAM_OPERATOR);
    receiver.core.host.nextHandoverFile = packagePath;
    const opened = await receiver.call('handover:open', { passphrase: PACKAGE_PASSPHRASE });
    expect(opened!.preview.families[0]!.items.map((i) => i.kind)).toContain('gezinsplan');
    receiver.core.host.nextExportPath = path.join(path.dirname(packagePath), 'ontvangst.ontvangst');
    const imported = await receiver.call('handover:import', { token: opened!.token, choices: [] });
    const timeline = await receiver.call('timeline:list', { familyId: imported.familyIds[0]! });
    const received = timeline.events.find((e) => e.summary.startsWith('Overgedragen gezinsplan'));
    expect(received?.summary).toMatch(/Gezinsplan versie 1, vastgesteld op 2 maart 2026 met Peter Bakker \(vader\)/);
    expect(received?.summary).toMatch(/Visie van het gezin: Wij willen dat Noor weer met plezier naar school gaat/);
    expect(received?.summary).toMatch(/daarna gewijzigd en nog niet opnieuw vastgesteld/);
    expect(JSON.stringify(timeline)).not.toMatch(/Nog niet besproken wens/);
  });
});
