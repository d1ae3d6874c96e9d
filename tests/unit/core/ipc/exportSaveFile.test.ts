import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RequestOf } from '../../../../shared/contract/channels';
import { MAX_EXPORT_BYTES } from '../../../../shared/contract/exportChannels';
import { AppError } from '../../../../shared/contract/errors';
import { dispatch } from '../../../../electron/core/ipc/dispatch';
import { GOOD_PASSPHRASE, OPERATOR, testCore } from '../support/vaultTestKit';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><path class="tl-arrow"/></svg>';
const svgRequest = (over: Partial<RequestOf<'export:saveFile'>> = {}): RequestOf<'export:saveFile'> => ({
  suggestedName: 'tijdlijn-2026-03-01.svg',
  mimeType: 'image/svg+xml',
  dataBase64: Buffer.from(SVG).toString('base64'),
  ...over,
});

async function unlockedCore() {
  const core = testCore();
  const created = await dispatch(core.handlers, 'vault:create', {
    token: core.vaultToken(path.join(core.dir, 'export.casustafel')),
    passphrase: GOOD_PASSPHRASE,
    passphraseRepeat: GOOD_PASSPHRASE,
  });
  expect(created.ok).toBe(true);
  expect((await dispatch(core.handlers, 'vault:setOperator', OPERATOR)).ok).toBe(true);
  return core;
}

describe('export:saveFile', () => {
  it('hands the decoded bytes to the host and tells the renderer only the chosen file name', async () => {
    const core = await unlockedCore();
    core.host.nextExportPath = '/home/fenna/Documenten/overleg-tijdlijn.svg';
    const result = await dispatch(core.handlers, 'export:saveFile', svgRequest());
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'overleg-tijdlijn.svg' } });
    expect(core.host.exports).toHaveLength(1);
    expect(core.host.exports[0]?.suggestedName).toBe('tijdlijn-2026-03-01.svg');
    expect(Buffer.from(core.host.exports[0]!.data).toString('utf8')).toBe(SVG);
  });

  it('tells the host whether the vault is still unlocked when the dialog closes', async () => {
    const core = await unlockedCore();
    const seen: boolean[] = [];
    core.host.saveExportFile = async (_name, _data, stillUnlocked) => {
      seen.push(stillUnlocked());
      core.session.lock('idle');
      seen.push(stillUnlocked());
      return null;
    };
    await dispatch(core.handlers, 'export:saveFile', svgRequest());
    expect(seen).toEqual([true, false]);
  });

  it('reports a cancelled dialog as not saved', async () => {
    const core = await unlockedCore();
    core.host.nextExportPath = null;
    expect(await dispatch(core.handlers, 'export:saveFile', svgRequest())).toEqual({ ok: true, value: { saved: false, fileName: null } });
  });

  it.each([
    ['a path with slashes', { suggestedName: '../../.ssh/authorized_keys.svg' }],
    ['an absolute path', { suggestedName: '/tmp/tijdlijn.svg' }],
    ['a Windows path', { suggestedName: 'C:\\Users\\Public\\tijdlijn.svg' }],
    ['a parent-folder reference', { suggestedName: 'tijdlijn..svg' }],
    ['a NUL character', { suggestedName: 'tijdlijn\u0000.exe.svg' }],
    ['an extension that is not allowed', { suggestedName: 'tijdlijn.exe' }],
    ['no extension', { suggestedName: 'tijdlijn' }],
    ['an extension that does not match the type', { suggestedName: 'tijdlijn.png' }],
    ['a name that is too long', { suggestedName: `${'a'.repeat(200)}.svg` }],
    ['data that is not base64', { dataBase64: 'dit is geen base64!' }],
    ['data over the size limit', { dataBase64: 'A'.repeat(Math.ceil(MAX_EXPORT_BYTES / 3) * 4 + 4) }],
    ['bytes passed off as a handover package', { suggestedName: 'Overdracht aan Wijkteam Noord.overdracht', mimeType: 'application/octet-stream' as const }],
    ['bytes passed off as a handover receipt', { suggestedName: 'Ontvangstbevestiging.ontvangst', mimeType: 'application/octet-stream' as const }],
  ])('refuses %s with invalid_request and never opens the dialog', async (_what, over) => {
    const core = await unlockedCore();
    core.host.nextExportPath = path.join(core.dir, 'niet-verwacht.svg');
    const result = await dispatch(core.handlers, 'export:saveFile', svgRequest(over));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(core.host.exports).toEqual([]);
  });

  it('accepts the other export types with their own MIME type', async () => {
    const core = await unlockedCore();
    core.host.nextExportPath = '/tmp/x';
    for (const [suggestedName, mimeType] of [
      ['tijdlijn.png', 'image/png'],
      ['verslag.pdf', 'application/pdf'],
      ['overleg.ics', 'text/calendar'],
      ['partners.csv', 'text/csv'],
    ] as const) {
      expect((await dispatch(core.handlers, 'export:saveFile', svgRequest({ suggestedName, mimeType }))).ok).toBe(true);
    }
    expect(core.host.exports.map((e) => e.suggestedName)).toEqual(['tijdlijn.png', 'verslag.pdf', 'overleg.ics', 'partners.csv']);
  });

  it('refuses while the vault is locked or nobody has said who is working, without opening the dialog', async () => {
    const core = testCore();
    core.host.nextExportPath = '/tmp/x.svg';
    expect(await dispatch(core.handlers, 'export:saveFile', svgRequest())).toMatchObject({ ok: false, error: { code: 'vault_locked' } });
    await dispatch(core.handlers, 'vault:create', { token: core.vaultToken(path.join(core.dir, 'k.casustafel')), passphrase: GOOD_PASSPHRASE, passphraseRepeat: GOOD_PASSPHRASE });
    expect(await dispatch(core.handlers, 'export:saveFile', svgRequest())).toMatchObject({ ok: false, error: { code: 'operator_required' } });
    expect(core.host.exports).toEqual([]);
  });

  it('passes the Dutch storage error on when the host cannot write', async () => {
    const core = await unlockedCore();
    core.host.saveExportFile = async () => {
      throw new AppError('read_only_location');
    };
    const result = await dispatch(core.handlers, 'export:saveFile', svgRequest());
    expect(result).toMatchObject({ ok: false, error: { code: 'read_only_location', message: expect.stringContaining('Op deze plek mag Casustafel niet schrijven') } });
    core.host.saveExportFile = async () => {
      throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    };
    expect(await dispatch(core.handlers, 'export:saveFile', svgRequest())).toMatchObject({ ok: false, error: { code: 'disk_full' } });
  });
});
