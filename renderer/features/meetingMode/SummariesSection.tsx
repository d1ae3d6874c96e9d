import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/useLoad';
import type { RecipientPreview, SummaryPreview } from '../../../shared/contract/summaryChannels';
import { messageOf } from '../../api/apiError';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { useMeetingMode } from '../../state/meetingModeStore';
import { runRecipientExports } from './exportRun';
import { chooseExportFolder, exportRecipient, fetchSummaryPreview } from './meetingModeActions';

const MIN_PASSWORD = 8;

interface Progress {
  done: number;
  total: number;
  current: string | null;
}

/**
 * The per-recipient summaries: first the preview (per participant the families and items that go
 * along, and what is withheld and why), then an optional password and the export, one PDF per
 * recipient into one chosen folder, with progress and a cancel.
 */
export function SummariesSection({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const projector = useMeetingMode((s) => s.projector);
  // A release changes what a recipient may receive: the preview is made again after each.
  const releases = useMeetingMode((s) => `${s.releasedEventIds.length}:${s.mode?.cases.filter((c) => c.medicalRelease !== null).length ?? 0}`);
  const loaded = useLoad(() => fetchSummaryPreview({ meetingId }), [meetingId, releases]);
  const preview: SummaryPreview | null = loaded.data ?? null;
  const error = loaded.error;
  const [protect, setProtect] = useState(false);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [passwordErrors, setPasswordErrors] = useState<{ password: string | null; repeat: string | null }>({ password: null, repeat: null });
  const [progress, setProgress] = useState<Progress | null>(null);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<{ folder: string; files: string[]; cancelled: boolean; total: number } | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const cancelled = useRef(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!preview || running) return;
    setNotice(null);
    setExportError(null);
    if (protect) {
      const next = {
        password: password.length < MIN_PASSWORD ? t('meetingMode.summaries.passwordTooShort', { count: MIN_PASSWORD }) : null,
        repeat: repeat !== password ? t('meetingMode.summaries.passwordMismatch') : null,
      };
      setPasswordErrors(next);
      if (next.password || next.repeat) return;
    }
    let folder: { folderToken: string; folderName: string } | null;
    try {
      folder = await chooseExportFolder({});
    } catch (e) {
      setExportError(messageOf(e, t));
      return;
    }
    if (folder === null) {
      setNotice(t('meetingMode.summaries.noFolder'));
      return;
    }
    const chosen = folder;
    cancelled.current = false;
    setRunning(true);
    setResult(null);
    const recipients = preview.recipients.map((r) => r.professionalId);
    const run = await runRecipientExports(
      recipients,
      (professionalId) => exportRecipient({ meetingId, professionalId, folderToken: chosen.folderToken, password: protect ? password : null }),
      () => cancelled.current,
      (done, total, current) => setProgress({ done, total, current }),
    );
    setRunning(false);
    useMeetingMode.getState().bumpExports();
    setResult({ folder: chosen.folderName, files: run.written.map((w) => w.fileName), cancelled: run.cancelled, total: recipients.length });
    if (run.error !== null) setExportError(messageOf(run.error, t));
  };

  if (projector) {
    return (
      <section className="panel mm-summaries" aria-labelledby="mm-summaries-title">
        <h2 id="mm-summaries-title" tabIndex={-1}>{t('meetingMode.summaries.title')}</h2>
        <p className="mm-hidden-note">{t('meetingMode.summaries.hiddenOnProjector')}</p>
      </section>
    );
  }

  const nameOf = (id: string | null) => preview?.recipients.find((r) => r.professionalId === id)?.name ?? '';
  return (
    <section className="panel mm-summaries" aria-labelledby="mm-summaries-title">
      <h2 id="mm-summaries-title" tabIndex={-1}>{t('meetingMode.summaries.title')}</h2>
      <p className="muted">{t('meetingMode.summaries.intro')}</p>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      {preview === null ? (
        error ? null : <p role="status">{t('meetingMode.summaries.loading')}</p>
      ) : preview.recipients.length === 0 ? (
        <p>{t('meetingMode.summaries.noRecipients')}</p>
      ) : (
        <>
          <div className="mm-recipients">
            {preview.recipients.map((r) => (
              <RecipientCard key={r.professionalId} recipient={r} />
            ))}
          </div>
          <form className="mm-export" onSubmit={submit} noValidate aria-labelledby="mm-export-title">
            <h3 id="mm-export-title">{t('meetingMode.summaries.exportTitle')}</h3>
            <div className="field field--checkbox">
              <div className="checkbox">
                <input id="mm-protect" type="checkbox" checked={protect} onChange={(e) => setProtect(e.target.checked)} disabled={running} />
                <label htmlFor="mm-protect">{t('meetingMode.summaries.protect')}</label>
              </div>
            </div>
            {protect ? (
              <div className="field-grid">
                <TextField
                  label={t('meetingMode.summaries.password')}
                  hint={t('meetingMode.summaries.passwordHint', { count: MIN_PASSWORD })}
                  type="password"
                  autoComplete="new-password"
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                  error={passwordErrors.password}
                  maxLength={128}
                />
                <TextField
                  label={t('meetingMode.summaries.passwordRepeat')}
                  type="password"
                  autoComplete="new-password"
                  value={repeat}
                  onChange={(e) => setRepeat(e.target.value)}
                  error={passwordErrors.repeat}
                  maxLength={128}
                />
              </div>
            ) : null}
            <div className="button-row">
              <button type="submit" className="button button--primary" disabled={running}>
                {t('meetingMode.summaries.export', { count: preview.recipients.length })}
              </button>
              {running ? (
                <button type="button" className="button" onClick={() => (cancelled.current = true)}>
                  {t('meetingMode.summaries.cancel')}
                </button>
              ) : null}
            </div>
          </form>
          {progress ? <ExportProgress progress={progress} currentName={nameOf(progress.current)} /> : null}
          {notice ? <StatusMessage>{notice}</StatusMessage> : null}
          {exportError ? <ErrorAlert>{exportError}</ErrorAlert> : null}
          {result ? (
            <div className="mm-result" role="status">
              <p>
                {result.cancelled
                  ? t('meetingMode.summaries.cancelled', { done: result.files.length, total: result.total, folder: result.folder })
                  : t('meetingMode.summaries.written', { count: result.files.length, folder: result.folder })}
              </p>
              {result.files.length > 0 ? (
                <ul className="mm-result__files">
                  {result.files.map((f) => (
                    <li key={f} dir="auto">
                      {f}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}

function ExportProgress({ progress, currentName }: { progress: Progress; currentName: string }) {
  const { t } = useTranslation();
  const bar = useRef<HTMLSpanElement>(null);
  const percent = progress.total === 0 ? 100 : Math.round((progress.done / progress.total) * 100);
  useLayoutEffect(() => {
    if (bar.current) bar.current.style.width = `${percent}%`;
  }, [percent]);
  const text = t('meetingMode.summaries.progress', { done: progress.done, total: progress.total });
  return (
    <div className="mm-progress">
      <div
        className="mm-progress__track"
        role="progressbar"
        aria-label={t('meetingMode.summaries.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
        aria-valuetext={text}
      >
        <span ref={bar} className="mm-progress__bar" />
      </div>
      <p className="mm-progress__text" aria-live="polite">
        {text}
        {currentName ? ` — ${t('meetingMode.summaries.writing', { name: currentName })}` : ''}
      </p>
    </div>
  );
}

/**
 * One recipient in the preview: what goes along and what is withheld, with the reason in words; an
 * item under medical secrecy also says why in the rule's own Dutch sentence (whose release, on what
 * basis, for whom), because it names organisations and people.
 */
function RecipientCard({ recipient }: { recipient: RecipientPreview }) {
  const { t } = useTranslation();
  const headingId = `mm-recipient-${recipient.professionalId}`;
  const included = recipient.families.filter((f) => f.included);
  const withheld = recipient.families.filter((f) => !f.included);
  return (
    <article className="mm-recipient" aria-labelledby={headingId}>
      <h3 id={headingId} dir="auto">
        {t('meetingMode.summaries.recipient', { name: recipient.name, organisation: recipient.organisationName })}
      </h3>
      <p className="muted">
        {t('meetingMode.summaries.recipientMeta', {
          type: t(`vocab.organisationType.${recipient.organisationType}`),
          attendance: t(`vocab.attendance.${recipient.attendance}`),
          fileName: recipient.fileName,
        })}
      </p>
      {included.length === 0 ? <p>{t('meetingMode.summaries.nothingIncluded')}</p> : null}
      {included.map((f) => {
        const items = f.items.filter((i) => i.included);
        const held = f.items.filter((i) => !i.included);
        return (
          <div key={f.familyId} className="mm-family">
            <p className="mm-family__title" dir="auto">
              <strong>{f.label}</strong> —{' '}
              {f.form === 'anoniem'
                ? t('meetingMode.summaries.anonymised', { reason: f.withheldReason ? t(`meetingMode.summaries.reasons.${f.withheldReason}`) : '—' })
                : t('meetingMode.summaries.basis', { basis: f.basis ? t(`vocab.legalBasis.${f.basis}`) : '—' })}
            </p>
            {items.length > 0 ? (
              <ul className="mm-items mm-items--in">
                {items.map((i, n) => (
                  <li key={n} dir="auto">
                    {t('meetingMode.summaries.itemIncluded', { label: i.label })}
                    {i.why ? <span className="mm-items__why"> {t('meetingMode.summaries.why', { why: i.why })}</span> : null}
                    {i.replaced.length > 0 ? (
                      <span className="mm-items__replaced">
                        {' '}
                        ({t('meetingMode.summaries.replaced', { kinds: [...new Set(i.replaced)].map((k) => t(`meetingMode.summaries.replacedKinds.${k}`)).join(', ') })})
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
            {held.length > 0 ? (
              <ul className="mm-items mm-items--out">
                {held.map((i, n) => (
                  <li key={n} dir="auto">
                    {t('meetingMode.summaries.itemWithheld', {
                      label: i.label,
                      reason: i.withheldReason ? t(`meetingMode.summaries.reasons.${i.withheldReason}`) : '—',
                    })}
                    {i.why ? <span className="mm-items__why"> {t('meetingMode.summaries.why', { why: i.why })}</span> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        );
      })}
      {withheld.length > 0 ? (
        <ul className="mm-items mm-items--out">
          {withheld.map((f) => (
            <li key={f.familyId} dir="auto">
              {t('meetingMode.summaries.familyWithheld', {
                family: f.label,
                reason: f.withheldReason ? t(`meetingMode.summaries.reasons.${f.withheldReason}`) : '—',
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
