import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWriteQueue } from '../../../../renderer/api/writeQueue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('writes from a screen run one after another, each followed by its reload', () => {
  it('the second write starts only after the first write and its reload finished', async () => {
    const queue = createWriteQueue();
    const log: string[] = [];
    let finishFirst!: () => void;
    const first = queue(
      () => new Promise<string>((resolve) => (finishFirst = () => resolve('eerste'))).then((v) => (log.push('write 1'), v)),
      async () => void log.push('reload 1'),
    );
    const second = queue(async () => (log.push('write 2'), 'tweede'), async () => void log.push('reload 2'));
    await tick();
    expect(log).toEqual([]);
    finishFirst();
    expect(await first).toBe('eerste');
    expect(await second).toBe('tweede');
    await tick();
    expect(log).toEqual(['write 1', 'reload 1', 'write 2', 'reload 2']);
  });

  it('a failed write is reported to its caller, reloads, and does not stop the next write', async () => {
    const queue = createWriteQueue();
    const log: string[] = [];
    const failed = queue(async () => Promise.reject(new Error('geweigerd')), async () => void log.push('reload na fout'));
    const next = queue(async () => 'opgeslagen', async () => undefined);
    await expect(failed).rejects.toThrow('geweigerd');
    await expect(next).resolves.toBe('opgeslagen');
    expect(log).toEqual(['reload na fout']);
  });

  it('a failed reload does not stop the writes queued after it', async () => {
    const queue = createWriteQueue();
    await queue(async () => 1, async () => Promise.reject(new Error('niet bereikbaar')));
    await expect(queue(async () => 2, async () => undefined)).resolves.toBe(2);
  });

  it('whatever succeeds or fails, every write runs exactly once and in the order it was queued', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ writeFails: fc.boolean(), reloadFails: fc.boolean() }), { maxLength: 12 }), async (writes) => {
        const queue = createWriteQueue();
        const ran: number[] = [];
        const results = writes.map((w, i) =>
          queue(
            async () => {
              ran.push(i);
              if (w.writeFails) throw new Error(`schrijven ${i}`);
              return i;
            },
            async () => {
              if (w.reloadFails) throw new Error(`herladen ${i}`);
            },
          ).then(
            (v) => ({ ok: true as const, v }),
            () => ({ ok: false as const }),
          ),
        );
        const settled = await Promise.all(results);
        expect(ran).toEqual(writes.map((_, i) => i));
        expect(settled.map((s) => s.ok)).toEqual(writes.map((w) => !w.writeFails));
      }),
    );
  });
});
