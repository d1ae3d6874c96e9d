import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Destruction, ErasureRequest, RetentionItem, RetentionReview } from '../../../shared/contract/privacyChannels';
import type { ProcessingOverview } from '../../../shared/retention/processingOverview';
import type { RetentionClass } from '../../../shared/retention/retentionClasses';
import { api } from '../../api';
import { messageOf } from '../../api/apiError';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { ScreenHeading } from '../../components/ScreenHeading';
import { formatDate, formatDateTime } from '../../format/dateTime';
import { useDossier } from '../../state/dossierStore';
import { useNavigation } from '../../state/navigationStore';
import { SelectInput, TextInput } from '../regie/FormFields';
import { DestroyDialog, type DestroyTarget } from './DestroyDialog';
import { destroyOutcome } from './destroyOutcome';
import { triggerSourceKey } from './triggerSourceKey';
import { PRIVACY_TAB_ID } from './PrivacyTab';
import { usePrivacyNotice } from './privacyNoticeStore';
import './privacy.css';

type Show = 'due' | 'all';

function PeriodRow({ period, onSaved }: { period: RetentionReview['periods'][number]; onSaved(message: string): void }) {
  const { t } = useTranslation();
  const [years, setYears] = useState(String(period.years));
  const [error, setError] = useState<string | null>(null);
  const name = t(`privacy.classes.${period.retentionClass}`);
  const save = async () => {
    const n = Number(years.trim());
    if (!/^\d+$/.test(years.trim()) || !Number.isInteger(n)) {
      setError(t('privacy.periods.invalid'));
      return;
    }
    try {
      await api.call('privacy:setPeriod', { retentionClass: period.retentionClass, years: n });
      setError(null);
      onSaved(t('privacy.periods.saved', { name, years: n }));
    } catch (e) {
      setError(messageOf(e, t));
    }
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
  const dossier = await api.call('register:dossier', { familyId });
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
      const [r, g, o] = await Promise.all([api.call('privacy:retention'), api.call('privacy:register'), api.call('privacy:overview')]);
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
      const r = await api.call('privacy:exportOverview', { format });
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
        {items.length === 0 ? (
          <p>{t('privacy.review.none')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('privacy.review.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{t('privacy.review.selectColumn')}</span>
                  </th>
                  <th scope="col">{t('privacy.review.family')}</th>
                  <th scope="col">{t('privacy.review.retentionClass')}</th>
                  <th scope="col">{t('privacy.review.trigger')}</th>
                  <th scope="col">{t('privacy.review.due')}</th>
                  <th scope="col">{t('privacy.review.state')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((i) => (
                  <tr key={i.familyId}>
                    <td>
                      <input
                        type="checkbox"
                        className="privacy-select"
                        aria-label={t('privacy.review.select', { name: i.displayName })}
                        checked={selected.has(i.familyId)}
                        onChange={() => toggle(i.familyId)}
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        aria-label={t('privacy.review.open', { name: i.displayName })}
                        onClick={() => openPrivacyTab(i.familyId).catch((e: unknown) => setError(messageOf(e, t)))}
                      >
                        <span dir="auto">{i.displayName}</span>
                      </button>
                    </td>
                    <td>
                      {className(i.retentionClass)}
                      <span className="table__sub">{t('privacy.review.years', { count: i.years })}</span>
                    </td>
                    <td>
                      {day(i.trigger)}
                      <span className="table__sub">{t(triggerSourceKey(i))}</span>
                    </td>
                    <td className="table__nowrap">{day(i.dueDate)}</td>
                    <td>{stateCell(i)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
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
        {register.destructions.length === 0 ? (
          <p>{t('privacy.register.destructionsNone')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('privacy.register.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('privacy.register.reference')}</th>
                  <th scope="col">{t('privacy.register.when')}</th>
                  <th scope="col">{t('privacy.register.reason')}</th>
                  <th scope="col">{t('privacy.register.by')}</th>
                  <th scope="col">{t('privacy.register.removed')}</th>
                </tr>
              </thead>
              <tbody>
                {register.destructions.map((d) => (
                  <tr key={d.id}>
                    <td>{d.familyRef}</td>
                    <td className="table__nowrap">{formatDateTime(d.destroyedAt, i18n.language)}</td>
                    <td>
                      {t(`privacy.reasons.${d.reason}`)}
                      {d.reasonText ? <span className="table__sub" dir="auto">{d.reasonText}</span> : null}
                    </td>
                    <td>{d.destroyedBy}</td>
                    <td>{d.removed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h3>{t('privacy.register.requestsTitle')}</h3>
        {register.requests.length === 0 ? (
          <p>{t('privacy.register.requestsNone')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('privacy.register.requestsTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('privacy.register.reference')}</th>
                  <th scope="col">{t('privacy.register.requester')}</th>
                  <th scope="col">{t('privacy.register.requestDate')}</th>
                  <th scope="col">{t('privacy.register.decision')}</th>
                  <th scope="col">{t('privacy.register.destroyedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {register.requests.map((r) => (
                  <tr key={r.id}>
                    <td>{r.familyRef}</td>
                    <td>{t(`privacy.requesterRoles.${r.requesterRole}`)}</td>
                    <td className="table__nowrap">{day(r.requestDate)}</td>
                    <td>
                      {t(`privacy.decisions.${r.decision}`)}
                      <span className="table__sub">{r.decidedBy}</span>
                      {r.decisionNote ? <span className="table__sub" dir="auto">{r.decisionNote}</span> : null}
                    </td>
                    <td>{r.destroyedAt ? formatDateTime(r.destroyedAt, i18n.language) : t('privacy.register.notDestroyed')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
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
          <div className="table-wrap">
            <table className="table">
              <caption>{t('privacy.overview.categories')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('privacy.overview.category')}</th>
                  <th scope="col">{t('privacy.overview.count')}</th>
                </tr>
              </thead>
              <tbody>
                {overview.categories.map((c) => (
                  <tr key={c.key}>
                    <td>{c.label}</td>
                    <td>{c.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div>
            <div className="table-wrap">
              <table className="table">
                <caption>{t('privacy.overview.legalBases')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('privacy.overview.basis')}</th>
                    <th scope="col">{t('privacy.overview.involvements')}</th>
                    <th scope="col">{t('privacy.overview.timelineEvents')}</th>
                  </tr>
                </thead>
                <tbody>
                  {overview.legalBases.map((b) => (
                    <tr key={b.basis}>
                      <td>{b.label}</td>
                      <td>{b.involvements}</td>
                      <td>{b.timelineEvents}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="table-wrap">
              <table className="table">
                <caption>{t('privacy.overview.retention')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('privacy.review.retentionClass')}</th>
                    <th scope="col">{t('privacy.overview.years')}</th>
                    <th scope="col">{t('privacy.overview.families')}</th>
                    <th scope="col">{t('privacy.overview.pastDue')}</th>
                  </tr>
                </thead>
                <tbody>
                  {overview.retention.map((r) => (
                    <tr key={r.retentionClass}>
                      <td>{className(r.retentionClass)}</td>
                      <td>{r.years}</td>
                      <td>{r.families}</td>
                      <td>{r.pastDue}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="table-wrap">
              <table className="table">
                <caption>{t('privacy.overview.operators')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('privacy.overview.organisation')}</th>
                    <th scope="col">{t('privacy.overview.role')}</th>
                    <th scope="col">{t('privacy.overview.people')}</th>
                    <th scope="col">{t('privacy.overview.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {overview.operators.map((o) => (
                    <tr key={`${o.organisation}|${o.role}`}>
                      <td dir="auto">{o.organisation}</td>
                      <td dir="auto">{o.role}</td>
                      <td>{o.people}</td>
                      <td>{o.actions}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
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
