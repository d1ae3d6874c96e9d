import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditLogEntry } from '../../../shared/contract/accessChannels';
import { api } from '../../api';
import { messageOf } from '../../api/apiError';
import type { AuditFilterQuery } from '../../state/auditFilter';

export interface AuditLogView {
  entries: AuditLogEntry[];
  hasMore: boolean;
  loading: boolean;
  error: string | null;
  loadMore(): Promise<void>;
}

/**
 * The log rows for a filter, one page at a time. A new filter (or `reloadKey`) starts again from
 * the newest row; an answer that arrives after the filter changed is dropped, so a slow first page
 * never overwrites the rows of the filter the user chose since.
 */
export function useAuditLog(query: AuditFilterQuery, reloadKey?: unknown): AuditLogView {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<AuditLogEntry[]>([]);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const key = JSON.stringify(query);

  useEffect(() => {
    const mine = ++generation.current;
    setLoading(true);
    setError(null);
    api
      .call('audit:query', { ...(JSON.parse(key) as AuditFilterQuery), beforeSeq: null })
      .then((page) => {
        if (generation.current !== mine) return;
        setEntries(page.entries);
        setHasMore(page.hasMore);
      })
      .catch((e: unknown) => {
        if (generation.current === mine) setError(messageOf(e, t));
      })
      .finally(() => {
        if (generation.current === mine) setLoading(false);
      });
  }, [key, reloadKey, t]);

  useEffect(
    () => () => {
      // Unmounted: answers still under way have nowhere to go.
      generation.current += 1;
    },
    [],
  );

  const loadMore = useCallback(async () => {
    const last = entries[entries.length - 1];
    if (last === undefined) return;
    const mine = generation.current;
    setLoading(true);
    try {
      const page = await api.call('audit:query', { ...(JSON.parse(key) as AuditFilterQuery), beforeSeq: last.seq });
      if (generation.current !== mine) return;
      setEntries((current) => [...current, ...page.entries]);
      setHasMore(page.hasMore);
    } catch (e) {
      if (generation.current === mine) setError(messageOf(e, t));
    } finally {
      if (generation.current === mine) setLoading(false);
    }
  }, [entries, key, t]);

  return { entries, hasMore, loading, error, loadMore };
}
