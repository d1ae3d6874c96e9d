import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../api/useSubmit';
import type { Destruction, ErasureRequest, RetentionItem, RetentionReview } from '../../../shared/contract/privacyChannels';
import type { ProcessingOverview } from '../../../shared/retention/processingOverview';
import type { RetentionClass } from '../../../shared/retention/retentionClasses';
import { messageOf } from '../../api/apiError';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { DataTable } from '../../components/DataTable';
import { ScreenHeading } from '../../components/ScreenHeading';
import { formatDate, formatDateTime } from '../../format/dateTime';
import { useDossier } from '../../state/dossierStore';
import { useNavigation } from '../../state/navigationStore';
import { SelectInput, TextInput } from '../../components/FormFields';
import { DestroyDialog, type DestroyTarget } from './DestroyDialog';
import { destroyOutcome } from './destroyOutcome';
import { triggerSourceKey } from './triggerSourceKey';
import { PRIVACY_TAB_ID } from './PrivacyTab';
import { usePrivacyNotice } from './privacyNoticeStore';
import './privacy.css';
import { exportProcessingOverview, fetchDossier, fetchPrivacyOverview, fetchProcessingRegister, fetchRetention, setRetentionPeriod } from './privacyActions';

type Show = 'due' | 'all';

function PeriodRow({ period, onSaved }: { period: RetentionReview['periods'][number]; onSaved(message: string): void }) {
  const { t } = useTranslation();
  const [years, setYears] = useState(String(period.years));
  const { error, setError, run } = useSubmit();
  const name = t(`privacy.classes.${period.retentionClass}`);
  const save = async () => {
    const n = Number(years.trim());
    if (!/^\d+$/.test(years.trim()) || !Number.isInteger(n)) {
      setError(t('privacy.periods.invalid'));
      return;
    }
    await run(
      () => setRetentionPeriod({ retentionClass: period.retentionClass, years: n }),
      () => onSaved(t('privacy.periods.saved', { name, years: n })),
    );
  };
  return (
    <form
      className="inline-add"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TextInput
        label={t('privacy.periods.yearsLabel', { name })}
        hint={t(`privacy.classRules.${period.retentionClass}`, { years: period.years, minimum: period.legalMinimumYears ?? 0 })}
        value={years}
        onChange={setYears}
        maxLength={3}
        inputMode="numeric"
        error={error}
      />
      <button type="submit" className="button">
        {t('privacy.periods.save')}
      </button>
    </form>
  );
}

/** Opens a family's dossier on the "Inzage en vernietiging" tab. */
async function openPrivacyTab(familyId: string): Promise<void> {
  const dossier = await fetchDossier({ familyId });
  useDossier.getState().setDossier(dossier);
  useDossier.getState().setTab(PRIVACY_TAB_ID);
  useNavigation.getState().openFamily(familyId);
}

/**
 * "Bewaren en vernietigen": the organisation's retention periods, the records to review (past
 * their period first) with multi-select destruction, what was destroyed and on which requests,
 * and the processing overview for the DPIA.
 */
export function PrivacyScreen() {
  const { t, i18n } = useTranslation();
  const [review, setReview] = useState<RetentionReview | null>(null);
  const [register, setRegister] = useState<{ destructions: Destruction[]; requests: ErasureRequest[] } | null>(null);
  const [overview, setOverview] = useState<ProcessingOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [show, setShow] = useState<Show>('due');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [dialogTargets, setDialogTargets] = useState<DestroyTarget[] | null>(null);
  const notice = usePrivacyNotice((s) => s.notice);

  const load = useCallback(async () => {
    try {
      const [r, g, o] = await Promise.all([fetchRetention(), fetchProcessingRegister(), fetchPrivacyOverview()]);
      setReview(r);
      setRegister(g);
      setOverview(o);
      setSelected((current) => new Set([...current].filter((id) => r.items.some((i) => i.familyId === id))));
    } catch (e) {
      setError(messageOf(e, t));
    }
  }, [t]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (notice !== null) {
      setStatus(notice);
      usePrivacyNotice.getState().setNotice(null);
    }
  }, [notice]);

  const exportOverview = async (format: 'csv' | 'pdf') => {
    try {
      const r = await exportProcessingOverview({ format });
      setStatus(r.saved && r.fileName ? t('privacy.exported', { fileName: r.fileName }) : t('privacy.exportCancelled'));
    } catch (e) {
      setError(messageOf(e, t));
    }
  };

  const heading = <ScreenHeading>{t('privacy.title')}</ScreenHeading>;
  if (!review || !register || !overview) {
    return (
      <div className="screen">
        {heading}
        {error ? <ErrorAlert>{error}</ErrorAlert> : <p role="status">{t('privacy.loading')}</p>}
      </div>
    );
  }

  const items = review.items.filter((i) => show === 'all' || i.state === 'verlopen' || i.state === 'binnenkort');
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const chosen = review.items.filter((i) => selected.has(i.familyId));
  const day = (d: string | null) => (d === null ? '—' : formatDate(d, i18n.language));
  const className = (c: RetentionClass) => t(`privacy.classes.${c}`);
  const stateCell = (i: RetentionItem) => <span className={`privacy-state--${i.state}`}>{t(`privacy.states.${i.state}`)}</span>;

  return (
    <div className="screen privacy-screen">
      {heading}
      <p className="muted">{t('privacy.intro')}</p>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      {status ? <StatusMessage tone="success">{status}</StatusMessage> : null}

      <section className="panel" aria-labelledby="privacy-review">
        <h2 id="privacy-review">{t('privacy.review.title')}</h2>
        <p>{t('privacy.review.intro')}</p>
        <div className="field-grid">
          <SelectInput
            label={t('privacy.review.show')}
            value={show}
            onChange={(v) => setShow(v as Show)}
            choices={[
              { value: 'due', label: t('privacy.review.showDue') },
              { value: 'all', label: t('privacy.review.showAll') },
            ]}
          />
        </div>
        <DataTable
          caption={t('privacy.review.title')}
          captionHidden
          empty={t('privacy.review.none')}
          columns={[
            { header: <span className="visually-hidden">{t('privacy.review.selectColumn')}</span> },
            { header: t('privacy.review.family') },
            { header: t('privacy.review.retentionClass') },
            { header: t('privacy.review.trigger') },
            { header: t('privacy.review.due'), cellClassName: 'table__nowrap' },
            { header: t('privacy.review.state') },
          ]}
          rows={items.map((i) => ({
            key: i.familyId,
            cells: [
              <input
                type="checkbox"
                className="privacy-select"
                aria-label={t('privacy.review.select', { name: i.displayName })}
                checked={selected.has(i.familyId)}
                onChange={() => toggle(i.familyId)}
              />,
              <button
                type="button"
                className="link-button"
                aria-label={t('privacy.review.open', { name: i.displayName })}
                onClick={() => openPrivacyTab(i.familyId).catch((e: unknown) => setError(messageOf(e, t)))}
              >
                <span dir="auto">{i.displayName}</span>
              </button>,
              <>
                {className(i.retentionClass)}
                <span className="table__sub">{t('privacy.review.years', { count: i.years })}</span>
              </>,
              <>
                {day(i.trigger)}
                <span className="table__sub">{t(triggerSourceKey(i))}</span>
              </>,
              day(i.dueDate),
              stateCell(i),
            ],
          }))}
        />
        <div className="button-row">
          <button
            type="button"
            className="button button--danger"
            disabled={chosen.length === 0}
            aria-describedby={chosen.length === 0 ? 'privacy-none-selected' : undefined}
            onClick={() => setDialogTargets(chosen.map((i) => ({ familyId: i.familyId, displayName: i.displayName })))}
          >
            {chosen.length === 0 ? t('privacy.review.destroyNone') : t('privacy.review.destroySelected', { count: chosen.length })}
          </button>
          {chosen.length === 0 ? (
            <span id="privacy-none-selected" className="muted">
              {t('privacy.review.noneSelected')}
            </span>
          ) : null}
        </div>
      </section>

      <section className="panel privacy-periods" aria-labelledby="privacy-periods">
        <h2 id="privacy-periods">{t('privacy.periods.title')}</h2>
        <p>{t('privacy.periods.intro')}</p>
        {review.periods.map((p) => (
          <PeriodRow
            key={`${p.retentionClass}-${p.years}`}
            period={p}
            onSaved={(message) => {
              setStatus(message);
              void load();
            }}
          />
        ))}
      </section>

      <section className="panel" aria-labelledby="privacy-register">
        <h2 id="privacy-register">{t('privacy.register.title')}</h2>
        <DataTable
          caption={t('privacy.register.title')}
          captionHidden
          empty={t('privacy.register.destructionsNone')}
          columns={[
            { header: t('privacy.register.reference') },
            { header: t('privacy.register.when'), cellClassName: 'table__nowrap' },
            { header: t('privacy.register.reason') },
            { header: t('privacy.register.by') },
            { header: t('privacy.register.removed') },
          ]}
          rows={register.destructions.map((d) => ({
            key: d.id,
            cells: [
              d.familyRef,
              formatDateTime(d.destroyedAt, i18n.language),
              <>
                {t(`privacy.reasons.${d.reason}`)}
                {d.reasonText ? <span className="table__sub" dir="auto">{d.reasonText}</span> : null}
              </>,
              d.destroyedBy,
              d.removed,
            ],
          }))}
        />
        <h3>{t('privacy.register.requestsTitle')}</h3>
        <DataTable
          caption={t('privacy.register.requestsTitle')}
          captionHidden
          empty={t('privacy.register.requestsNone')}
          columns={[
            { header: t('privacy.register.reference') },
            { header: t('privacy.register.requester') },
            { header: t('privacy.register.requestDate'), cellClassName: 'table__nowrap' },
            { header: t('privacy.register.decision') },
            { header: t('privacy.register.destroyedAt') },
          ]}
          rows={register.requests.map((r) => ({
            key: r.id,
            cells: [
              r.familyRef,
              t(`privacy.requesterRoles.${r.requesterRole}`),
              day(r.requestDate),
              <>
                {t(`privacy.decisions.${r.decision}`)}
                <span className="table__sub">{r.decidedBy}</span>
                {r.decisionNote ? <span className="table__sub" dir="auto">{r.decisionNote}</span> : null}
              </>,
              r.destroyedAt ? formatDateTime(r.destroyedAt, i18n.language) : t('privacy.register.notDestroyed'),
            ],
          }))}
        />
      </section>

      <section className="panel" aria-labelledby="privacy-overview">
        <h2 id="privacy-overview">{t('privacy.overview.title')}</h2>
        <p>{t('privacy.overview.intro')}</p>
        <p>
          {overview.firstActivity
            ? t('privacy.overview.period', {
                from: formatDate(overview.firstActivity, i18n.language),
                to: formatDate(overview.lastActivity ?? overview.firstActivity, i18n.language),
              })
            : t('privacy.overview.noActivity')}
        </p>
        <div className="privacy-overview">
          <DataTable
            caption={t('privacy.overview.categories')}
            columns={[{ header: t('privacy.overview.category') }, { header: t('privacy.overview.count') }]}
            rows={overview.categories.map((c) => ({ key: c.key, cells: [c.label, c.count] }))}
          />
          <div>
            <DataTable
              caption={t('privacy.overview.legalBases')}
              columns={[{ header: t('privacy.overview.basis') }, { header: t('privacy.overview.involvements') }, { header: t('privacy.overview.timelineEvents') }]}
              rows={overview.legalBases.map((b) => ({ key: b.basis, cells: [b.label, b.involvements, b.timelineEvents] }))}
            />
            <DataTable
              caption={t('privacy.overview.retention')}
              columns={[
                { header: t('privacy.review.retentionClass') },
                { header: t('privacy.overview.years') },
                { header: t('privacy.overview.families') },
                { header: t('privacy.overview.pastDue') },
              ]}
              rows={overview.retention.map((r) => ({ key: r.retentionClass, cells: [className(r.retentionClass), r.years, r.families, r.pastDue] }))}
            />
            <DataTable
              caption={t('privacy.overview.operators')}
              columns={[
                { header: t('privacy.overview.organisation'), cellDir: 'auto' },
                { header: t('privacy.overview.role'), cellDir: 'auto' },
                { header: t('privacy.overview.people') },
                { header: t('privacy.overview.actions') },
              ]}
              rows={overview.operators.map((o) => ({ key: `${o.organisation}|${o.role}`, cells: [o.organisation, o.role, o.people, o.actions] }))}
            />
          </div>
        </div>
        <p>{t('privacy.overview.destructions', { destructions: overview.destructions, requests: overview.erasureRequests })}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => void exportOverview('csv')}>
            {t('privacy.overview.exportCsv')}
          </button>
          <button type="button" className="button" onClick={() => void exportOverview('pdf')}>
            {t('privacy.overview.exportPdf')}
          </button>
        </div>
      </section>

      {dialogTargets !== null ? (
        <DestroyDialog
        targets={dialogTargets}
        requestId={null}
        initialReason="bewaartermijn_verstreken"
        onCancel={() => setDialogTargets(null)}
        onDone={(result) => {
          setDialogTargets(null);
          setSelected(new Set());
          setStatus(destroyOutcome(result, t));
          void load();
        }}
        />
      ) : null}
    </div>
  );
}
