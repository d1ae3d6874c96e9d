import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Alert';
import './accessLog.css';
import { AuditTable } from './AuditTable';
import type { AuditFilterQuery } from '../../state/auditFilter';
import { useAuditLog } from './useAuditLog';

/**
 * The rows for a filter with a polite count ("12 regels, er zijn er meer") and "Meer laden". When
 * the last page arrives the button goes away; focus then moves to the count, not to the page top.
 */
export function AuditLogResults({ query, caption, showFamily, reloadKey }: { query: AuditFilterQuery; caption: string; showFamily: boolean; reloadKey?: unknown }) {
  const { t } = useTranslation();
  const { entries, hasMore, loading, error, loadMore } = useAuditLog(query, reloadKey);
  const countRef = useRef<HTMLParagraphElement>(null);

  // Set when "Meer laden" fetched the last page: the button is about to go, so focus moves to the count.
  const focusCountAfterLoad = useRef(false);
  useEffect(() => {
    if (!focusCountAfterLoad.current || loading) return;
    focusCountAfterLoad.current = false;
    if (!hasMore) countRef.current?.focus();
  }, [entries, hasMore, loading]);

  const more = async () => {
    // Not `disabled` while loading: a disabled button drops keyboard focus to the page.
    if (loading) return;
    focusCountAfterLoad.current = true;
    await loadMore();
  };

  const count = loading && entries.length === 0 ? t('accessLog.loading') : entries.length === 0 ? t('accessLog.none') : t('accessLog.count', { count: entries.length });
  return (
    <section className="audit-results" aria-label={t('accessLog.resultsLabel')}>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <p role="status" ref={countRef} tabIndex={-1} className="result-count">
        {count}
        {hasMore ? ` ${t('accessLog.countMore')}` : ''}
      </p>
      {entries.length > 0 ? <AuditTable entries={entries} caption={caption} showFamily={showFamily} /> : null}
      {hasMore ? (
        <div className="button-row">
          <button type="button" className="button" onClick={() => void more()} aria-busy={loading || undefined}>
            {t('accessLog.loadMore')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
