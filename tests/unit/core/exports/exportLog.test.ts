import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../electron/core/audit/auditChain';
import { writeExportAtomically } from '../../../../electron/core/exports/atomicExportWrite';
import { listExports, recordExport, type ExportRecord } from '../../../../electron/core/exports/exportLog';
import { AppError } from '../../../../shared/contract/errors';
import { registerKit } from '../register/registerKit';
import { tempDir } from '../support/vaultTestKit';

const at = new Date('2026-11-28T10:00:00Z');

function summaryFor(familyIds: string[], over: Partial<ExportRecord> = {}): ExportRecord {
  return {
    kind: 'samenvatting',
    fileName: 'samenvatting-2026-11-28-jgz.pdf',
    familyIds,
    meetingId: null,
    recipient: { professionalId: null, name: 'Anouk Zwiers', organisation: 'GGD Drenthe JGZ' },
    included: '2 gezinnen, 9 onderdelen',
    withheld: '1 onderdeel: medisch beroepsgeheim',
    ...over,
  };
}

describe('export log: what went to whom', () => {
  it('shows an export in the log of every family it held, and only there', () => {
    const k = registerKit();
    const bakker = k.family('Gezin Bakker');
    const mulder = k.family('Gezin Mulder');
    const dekker = k.family('Gezin Dekker');
    k.db.transaction(() => recordExport(k.db, k.operator, at, summaryFor([bakker, mulder])))();

    expect(listExports(k.db, { familyId: bakker, meetingId: null, limit: 10 })).toHaveLength(1);
    expect(listExports(k.db, { familyId: mulder, meetingId: null, limit: 10 })).toHaveLength(1);
    expect(listExports(k.db, { familyId: dekker, meetingId: null, limit: 10 })).toHaveLength(0);
    const [entry] = listExports(k.db, { familyId: null, meetingId: null, limit: 10 });
    expect(entry).toMatchObject({
      kind: 'samenvatting',
      recipientName: 'Anouk Zwiers',
      recipientOrganisation: 'GGD Drenthe JGZ',
      operator: 'Sanne de Wit — CBS De Wegwijzer (intern begeleider)',
      withheld: '1 onderdeel: medisch beroepsgeheim',
    });
    expect(new Set(entry?.familyIds)).toEqual(new Set([bakker, mulder]));
  });

  it('puts the export on the hash-chained audit trail of each family, without content, and the chain verifies', () => {
    const k = registerKit();
    const bakker = k.family('Gezin Bakker');
    k.db.transaction(() => recordExport(k.db, k.operator, at, summaryFor([bakker])))();
    const rows = k.db.prepare("SELECT family_id, summary FROM audit_log WHERE action = 'export'").all() as { family_id: string; summary: string }[];
    expect(rows).toEqual([{ family_id: bakker, summary: 'Samenvatting geëxporteerd aan Anouk Zwiers (GGD Drenthe JGZ): samenvatting-2026-11-28-jgz.pdf' }]);
    expect(verifyAuditChain(k.db).ok).toBe(true);
  });

  it('refuses to log outside a transaction, so the export and its log entry cannot come apart', () => {
    const k = registerKit();
    expect(() => recordExport(k.db, k.operator, at, summaryFor([]))).toThrow(/transaction/);
    expect(listExports(k.db, { familyId: null, meetingId: null, limit: 10 })).toEqual([]);
  });
});

describe('atomic export write', () => {
  it('writes the whole file owner-only and never overwrites an earlier export of the same name', () => {
    const folder = tempDir();
    const first = writeExportAtomically(folder, 'samenvatting.pdf', Buffer.from('eerste'), () => true);
    const second = writeExportAtomically(folder, 'samenvatting.pdf', Buffer.from('tweede'), () => true);
    expect(path.basename(first)).toBe('samenvatting.pdf');
    expect(path.basename(second)).toBe('samenvatting (2).pdf');
    expect(fs.readFileSync(first, 'utf8')).toBe('eerste');
    expect(fs.statSync(second).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(folder).sort()).toEqual(['samenvatting (2).pdf', 'samenvatting.pdf']);
  });

  it('writes nothing once the vault has locked', () => {
    const folder = tempDir();
    expect(() => writeExportAtomically(folder, 'samenvatting.pdf', Buffer.from('x'), () => false)).toThrow(AppError);
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('keeps a name from escaping the chosen folder', () => {
    const folder = tempDir();
    const written = writeExportAtomically(folder, '../../buiten.pdf', Buffer.from('x'), () => true);
    expect(path.dirname(written)).toBe(folder);
  });
});
