/**
 * Adds a value to its key's list, starting the list on first use: how rows read in one scan are
 * handed out per family (a report, the pending signals, the search hits' children).
 */
export function addToGroup<T>(groups: Map<string, T[]>, key: string, value: T): void {
  const list = groups.get(key);
  if (list === undefined) groups.set(key, [value]);
  else list.push(value);
}
