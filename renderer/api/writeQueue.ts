/**
 * The renderer's one way to write records that a screen shows from a store: writes run one after
 * another, each followed by a reload of what it changed. A save of one field then always starts
 * from the record as stored after the previous save, so two quick edits of the same record never
 * overwrite each other. A failed write or a failed reload does not stop the writes queued after it
 * (the reload reports its own failure; the write's caller gets the write's error).
 */
export type WriteQueue = <T>(work: () => Promise<T>, reload: () => Promise<unknown>) => Promise<T>;

export function createWriteQueue(): WriteQueue {
  let chain: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>, reload: () => Promise<unknown>): Promise<T> => {
    const run = chain.then(work);
    chain = run.then(reload, reload).catch(() => undefined);
    return run;
  };
}
