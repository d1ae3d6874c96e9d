import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../../shared/contract/channels';
import { verifyAuditChain } from '../../../../electron/core/audit/auditChain';
import { ALL_ROWS, ok, unlockedCore } from './accessKit';

const ROOT = path.resolve(__dirname, '../../../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mjs|cjs|js)$/.test(entry.name) ? [full] : [];
  });
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

/** Every place in the app's own code (core, main, preload, CLI, renderer) whose text matches. */
function occurrences(pattern: RegExp): string[] {
  const files = [...sourceFiles(path.join(ROOT, 'electron')), ...sourceFiles(path.join(ROOT, 'renderer')), ...sourceFiles(path.join(ROOT, 'shared'))];
  return files.flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))].map(() => rel(file));
  });
}

describe('the log is never editable from the app', () => {
  it('no code changes or removes audit rows: no UPDATE, DELETE, REPLACE or DROP on audit_log anywhere', () => {
    expect(occurrences(/\b(UPDATE(\s+OR\s+\w+)?|DELETE\s+FROM|REPLACE\s+INTO|INSERT\s+OR\s+REPLACE\s+INTO|DROP\s+TABLE(\s+IF\s+EXISTS)?)\s+(main\.)?["'`[]?audit_log\b/i)).toEqual([]);
  });

  it('rows are added in one place only (appendAudit), and only it moves the chain head', () => {
    expect(occurrences(/\bINSERT\s+(OR\s+\w+\s+)?INTO\s+(main\.)?["'`[]?audit_log\b/i)).toEqual(['electron/core/audit/auditChain.ts']);
    expect([...new Set(occurrences(/audit_head_(seq|hash)/))].sort()).toEqual(['electron/core/audit/auditChain.ts', 'electron/core/migrations/0001_initial.ts']);
    // The schema changes it once per version, adding columns and indexes; never rewriting rows.
    expect(occurrences(/ALTER\s+TABLE\s+audit_log\s+(?!ADD\s+COLUMN)/i)).toEqual([]);
  });

  it('the contract offers no channel to change the log: the log channels read or append, nothing else', () => {
    const logChannels = CHANNELS.filter((c) => /audit|access|log/i.test(c)).sort();
    // Reading: audit:list, audit:query, export:log, vault:verifyAudit. Appending: access:printed.
    // A new channel here must be reviewed against this rule before it is added to the list.
    const allowed = new Set(['access:printed', 'audit:list', 'audit:query', 'export:log', 'vault:verifyAudit']);
    expect(logChannels.filter((c) => !allowed.has(c))).toEqual([]);
    expect(CHANNELS.filter((c) => /^(audit|access):/.test(c) && /(update|delete|remove|edit|set|clear|purge|reset)/i.test(c))).toEqual([]);
  });

  it('walking the app through dispatch never touches an existing audit row (a temporary trigger would refuse it)', async () => {
    const { handlers, familyId, session } = await unlockedCore();
    const db = session.withWrite((writable) => writable); // tampering from outside, as a raw connection would
    // Temporary triggers live on this connection only; they make any UPDATE or DELETE of a logged
    // row fail the channel that tried it, so the scenario below proves it never happens.
    db.exec(`
      CREATE TEMP TRIGGER audit_no_update BEFORE UPDATE ON main.audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TEMP TRIGGER audit_no_delete BEFORE DELETE ON main.audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `);
    await ok(handlers, 'register:dossier', { familyId });
    await ok(handlers, 'register:updateFamily', { id: familyId, displayName: 'Gezin Veenstra-Kok', anonymous: false, note: 'Eerste gesprek.' });
    await ok(handlers, 'register:saveMember', {
      familyId,
      role: 'kind',
      givenName: 'Sem',
      familyName: 'Veenstra',
      birthDate: '2017-04-02',
      parentalAuthority: false,
      schoolId: null,
      schoolGroup: '',
    });
    await ok(handlers, 'history:undo', undefined);
    await ok(handlers, 'access:printed', { familyId, what: 'dossier' });
    await ok(handlers, 'timeline:list', { familyId });
    await ok(handlers, 'audit:query', ALL_ROWS);
    await ok(handlers, 'settings:update', { backupKeep: 5 });
    await ok(handlers, 'vault:backup', undefined);
    // Destroying a family removes every row with its family_id — except the log's own rows.
    const logged = (db.prepare('SELECT count(*) AS n FROM audit_log WHERE family_id = ?').get(familyId) as { n: number }).n;
    const destroyed = await ok(handlers, 'privacy:destroy', { familyIds: [familyId], reason: 'anders', reasonText: 'proef', confirmation: 'Gezin Veenstra-Kok', requestId: null });
    expect(destroyed.destroyed).toHaveLength(1);
    const after = await ok(handlers, 'audit:query', { ...ALL_ROWS, familyId });
    expect(after.entries).toHaveLength(logged + 1);
    expect(after.entries[0]).toMatchObject({ category: 'vernietigd', familyName: null });
    // The destruction ran under the triggers; afterwards the file is rewritten and reopened, so the
    // chain is read through the session's new connection.
    expect(session.withRead((reopened) => verifyAuditChain(reopened))).toMatchObject({ ok: true });
  });
});
