import { describe, expect, it } from 'vitest';
import { UndoLog } from '../../../../electron/core/recordStore/undoLog';

const entry = (n: number) => ({ description: `Wijziging ${n}`, familyId: 'f1', revert: () => undefined });

describe('the undo history', () => {
  it('keeps the newest changes up to its bound and offers them newest first', () => {
    const log = new UndoLog<void>(2);
    [1, 2, 3].forEach((n) => log.push(entry(n)));
    expect(log.size).toBe(2);
    expect(log.pop()?.description).toBe('Wijziging 3');
    expect(log.pop()?.description).toBe('Wijziging 2');
    expect(log.pop()).toBeUndefined();
  });

  it('a log bounded at zero keeps nothing: a change that cannot be called back leaves no content in memory', () => {
    const log = new UndoLog<void>(0);
    log.push(entry(1));
    expect(log.size).toBe(0);
    expect(log.pop()).toBeUndefined();
  });
});
