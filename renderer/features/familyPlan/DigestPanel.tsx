import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DigestCount, DigestFamily } from '../../../shared/contract/familyPlanChannels';
import { ErrorAlert } from '../../components/Alert';
import { Pager } from '../../components/Pager';
import { formatDateTime } from '../../format/dateTime';
import { useNavigation } from '../../state/navigationStore';
import { DIGEST_PAGE_SIZE, openSessionDigest, showDigestPage } from './familyPlanActions';
import { useDigest } from './digestStore';
import './familyPlan.css';

/**
 * "Sinds je laatste sessie" on Start: what fell due per family, one line each with its counts
 * ("Gezin De Groot — 2 acties te laat, 1 terugkoppeling vandaag"); a line opens to its items and
 * the way to the dossier. Core sends one page of families at a time, the counts over all of them.
 */
export function DigestPanel() {
  const { t, i18n } = useTranslation();
  const digest = useDigest((s) => s.digest);
  const loadError = useDigest((s) => s.loadError);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    void openSessionDigest();
  }, []);

  const page = (offset: number) => {
    void showDigestPage(offset).then(() => list.current?.focus());
  };

  return (
    <section className="panel session-digest" aria-labelledby="session-digest-title">
      <h2 id="session-digest-title">{t('familyPlan.digest.title')}</h2>
      {loadError ? <ErrorAlert>{loadError}</ErrorAlert> : null}
      {digest === null ? (
        loadError ? null : <p role="status">{t('familyPlan.digest.loading')}</p>
      ) : (
        <>
          <p className="muted">
            {digest.previousSessionAt === null
              ? t('familyPlan.digest.first')
              : t('familyPlan.digest.since', { date: formatDateTime(digest.previousSessionAt, i18n.language) })}{' '}
            {digest.total === 0
              ? null
              : t('familyPlan.digest.summary', {
                  families: t('familyPlan.digest.families', { count: digest.total }),
                  items: t('familyPlan.digest.items', { count: digest.totals.reduce((n, c) => n + c.count, 0) }),
                  fresh: digest.freshCount,
                })}
          </p>
          {digest.total === 0 ? (
            <p>{t('familyPlan.digest.nothing')}</p>
          ) : (
            <ul className="digest-families" ref={list} tabIndex={-1} aria-labelledby="session-digest-title">
              {digest.families.map((family) => (
                <DigestLine key={family.familyId} family={family} />
              ))}
            </ul>
          )}
          <Pager
            offset={digest.offset}
            limit={DIGEST_PAGE_SIZE}
            total={digest.total}
            onPage={page}
            label={t('familyPlan.digest.pages')}
            previous={t('familyPlan.digest.previous')}
            next={t('familyPlan.digest.next')}
            range={(from, to, total) => t('familyPlan.digest.range', { from, to, total })}
          />
        </>
      )}
    </section>
  );
}

/** "2 acties te laat, 1 terugkoppeling vandaag" */
export function countsText(counts: readonly DigestCount[], t: (key: string, options?: Record<string, unknown>) => string): string {
  return counts.map((c) => `${t(`familyPlan.digest.counts.${c.kind}`, { count: c.count })} ${t(c.state === 'te_laat' ? 'familyPlan.digest.stateLate' : 'familyPlan.digest.stateNow')}`).join(', ');
}

function DigestLine({ family }: { family: DigestFamily }) {
  const { t } = useTranslation();
  const open = useDigest((s) => s.expanded.includes(family.familyId));
  const toggle = useDigest((s) => s.toggle);
  const openFamily = useNavigation((s) => s.openFamily);
  const itemsId = `digest-items-${family.familyId}`;
  const quiet = family.quiet;
  const parts = [
    countsText(family.counts, t),
    quiet === null ? '' : t('familyPlan.digest.quietLine', { level: t(`assessment.level.${quiet.level}`), children: quiet.children.join(', '), days: quiet.days }),
  ].filter((p) => p !== '');

  return (
    <li className="digest-family">
      <button type="button" className="digest-family__toggle" aria-expanded={open} aria-controls={itemsId} onClick={() => toggle(family.familyId)}>
        <span className="digest-family__marker" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        <span className="digest-family__name" dir="auto">
          {family.familyName}
        </span>{' '}
        — <span>{parts.join('; ')}</span>
        {family.freshCount > 0 ? ' ' : null}
        {family.freshCount > 0 ? <span className="badge digest-family__fresh">{t('familyPlan.digest.freshBadge', { count: family.freshCount })}</span> : null}
        {family.caseStatus !== 'open' ? <span className="muted"> ({t('familyPlan.digest.closed')})</span> : null}
      </button>
      <div id={itemsId} hidden={!open} className="digest-family__items">
        {family.entries.length > 0 ? (
          <ul>
            {family.entries.map((e) => (
              <li key={e.item.key}>
                <strong>{t(`familyPlan.digest.kinds.${e.item.kind}`)}</strong>: <span dir="auto">{e.item.description}</span>
                {e.item.owner ? <span dir="auto">, {t('familyPlan.digest.owner', { owner: e.item.owner })}</span> : null} —{' '}
                {e.state === 'nu' ? t('familyPlan.digest.now') : t('familyPlan.digest.late', { count: e.daysOverdue })}
                {e.fresh ? <span className="muted"> ({t('familyPlan.digest.freshBadge', { count: 1 })})</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
        <button type="button" className="link-button" onClick={() => openFamily(family.familyId)}>
          {t('familyPlan.digest.openFamily', { name: family.familyName })}
        </button>
      </div>
    </li>
  );
}
