import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../api/useSubmit';
import type { RegieOverview } from '../../../shared/contract/regieChannels';
import type { DirectoryContent } from '../../../shared/contract/registerChannels';
import type { LetterPreview } from '../../../shared/contract/summaryChannels';
import { messageOf } from '../../api/apiError';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { reloadRegie } from '../regie/loadRegie';
import { useMeetingMode } from '../../state/meetingModeStore';
import { exportLetter, letterPreview, markLetterSent } from './meetingModeActions';

/**
 * Terugkoppeling to the signaller: for each open "signaalgever informeren" action, the letter as
 * it will be printed (what was discussed at the level they may know, the plan, the regisseur and
 * how to reach them). Saving it writes the PDF and logs the export; only when the chair marks it
 * sent is the terugkoppeling done — a file on disk has not reached anyone yet.
 */
export function LetterPanel({ familyId, overview, directory }: { familyId: string; overview: RegieOverview; directory: DirectoryContent }) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<LetterPreview | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, setError, run } = useSubmit();
  const [savedActionId, setSavedActionId] = useState<string | null>(null);
  const open = overview.actions.filter((a) => a.kind === 'terugkoppeling' && a.status === 'open');
  const orgName = (id: string | null) => directory.organisations.find((o) => o.id === id)?.name ?? '—';

  const show = async (actionId: string) => {
    setError(null);
    setDone(null);
    try {
      setPreview(await letterPreview({ actionId }));
    } catch (e) {
      setError(messageOf(e, t));
    }
  };

  const send = async () => {
    if (!preview) return;
    await run(
      () => exportLetter({ actionId: preview.actionId }),
      (result) => {
        if (result.saved) {
          setDone(t('meetingMode.letter.saved', { fileName: result.fileName ?? preview.fileName }));
          setSavedActionId(preview.actionId);
          setPreview(null);
          useMeetingMode.getState().bumpExports();
        } else {
          setDone(t('meetingMode.letter.cancelled'));
        }
      },
    );
  };

  const markSent = async () => {
    if (savedActionId === null) return;
    await run(async () => {
      await markLetterSent({ actionId: savedActionId });
      setSavedActionId(null);
      setDone(t('meetingMode.letter.markedSent'));
      await reloadRegie(familyId);
    });
  };

  return (
    <section className="panel regie-panel mm-letter" aria-labelledby="mm-letter-title">
      <h2 id="mm-letter-title">{t('meetingMode.letter.title')}</h2>
      {open.length === 0 ? (
        <p>{t('meetingMode.letter.none')}</p>
      ) : (
        <ul className="mm-letter__actions">
          {open.map((a) => (
            <li key={a.id}>
              <span dir="auto">{t('meetingMode.letter.action', { description: a.description, signaller: orgName(a.signallerOrganisationId) })}</span>{' '}
              <button type="button" className="button button--small" onClick={() => void show(a.id)} aria-expanded={preview?.actionId === a.id}>
                {t('meetingMode.letter.preview')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {preview ? (
        <div className="mm-letter__preview" role="region" aria-label={t('meetingMode.letter.previewLabel', { recipient: preview.recipientLabel })}>
          <p className="muted">{t('meetingMode.letter.to', { recipient: preview.recipientLabel, fileName: preview.fileName })}</p>
          <div className="mm-letter__text" dir="auto">
            {preview.paragraphs.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => void send()} disabled={busy}>
              {t('meetingMode.letter.send')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setPreview(null)}>
              {t('meetingMode.letter.close')}
            </button>
          </div>
        </div>
      ) : null}
      {done ? <StatusMessage tone="success">{done}</StatusMessage> : null}
      {savedActionId !== null ? (
        <div className="button-row">
          <button type="button" className="button" onClick={() => void markSent()} disabled={busy}>
            {t('meetingMode.letter.markSent')}
          </button>
        </div>
      ) : null}
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </section>
  );
}
