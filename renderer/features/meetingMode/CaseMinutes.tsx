import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingCase } from '../../../shared/contract/meetingModeChannels';
import { AutosaveText } from '../../autosave/AutosaveFields';
import { formatDateTime } from '../../format/dateTime';
import { useMeetingMode } from '../../state/meetingModeStore';
import { releaseMedical, saveCase } from './meetingModeActions';
import { ReleaseForm } from './ReleaseForm';

/**
 * Minutes per case, saved while typing, and apart from them the JGZ notes under medical
 * professional secrecy: they go only to the JGZ unless released toward named organisations with a
 * reason, and the projector-safe view never shows them (a screen is an audience of everyone, and a
 * release names its recipients).
 */
export function CaseMinutes({ meetingCase }: { meetingCase: MeetingCase }) {
  const { t, i18n } = useTranslation();
  const projector = useMeetingMode((s) => s.projector);
  const [releasing, setReleasing] = useState(false);
  const release = meetingCase.medicalRelease;
  const shownOnScreen = !projector;

  return (
    <section className="panel mm-minutes" aria-labelledby="mm-minutes-title">
      <h3 id="mm-minutes-title">{t('meetingMode.minutes.title')}</h3>
      <AutosaveText
        key={`minutes-${meetingCase.familyId}`}
        label={t('meetingMode.minutes.label')}
        hint={t('meetingMode.minutes.hint')}
        value={meetingCase.minutes}
        multiline
        rows={6}
        maxLength={50_000}
        onSave={(minutes) => saveCase(meetingCase.familyId, { minutes })}
      />
      <div className="mm-medical">
        <h4 id="mm-medical-title">{t('meetingMode.medical.title')}</h4>
        {shownOnScreen ? (
          <>
            <AutosaveText
              key={`medical-${meetingCase.familyId}`}
              label={t('meetingMode.medical.label')}
              hint={t('meetingMode.medical.hint')}
              value={meetingCase.medicalMinutes}
              multiline
              rows={4}
              maxLength={50_000}
              onSave={(medicalMinutes) => saveCase(meetingCase.familyId, { medicalMinutes })}
            />
            {release && release.organisations !== null ? (
              <p className="mm-released" role="status" dir="auto">
                {t('meetingMode.medical.releasedTo', {
                  holder: release.holder ?? '—',
                  basis: t(`meetingMode.release.basisWords.${release.basis}`),
                  to: release.organisations.map((o) => o.name).join(', '),
                  by: release.releasedBy,
                  at: formatDateTime(release.releasedAt, i18n.language),
                  reason: release.reason,
                })}
              </p>
            ) : release && !releasing ? (
              <>
                <p className="mm-released" role="status" dir="auto">
                  {t('meetingMode.medical.released', { by: release.releasedBy, at: formatDateTime(release.releasedAt, i18n.language), reason: release.reason })}{' '}
                  {t('meetingMode.medical.releasedWithoutRecipients')}
                </p>
                <div className="button-row">
                  <button type="button" className="button button--small" onClick={() => setReleasing(true)}>
                    {t('meetingMode.medical.releaseAgain')}
                  </button>
                </div>
              </>
            ) : releasing ? (
              <ReleaseForm
                what={t('meetingMode.medical.what')}
                holderOrganisation={(o) => o.type === 'jgz'}
                onRelease={async (request) => {
                  const failed = await releaseMedical(meetingCase.familyId, request);
                  if (failed === null) setReleasing(false);
                  return failed;
                }}
                onCancel={() => setReleasing(false)}
              />
            ) : (
              <div className="button-row">
                <button type="button" className="button button--small" onClick={() => setReleasing(true)} disabled={meetingCase.medicalMinutes.trim() === ''}>
                  {t('meetingMode.medical.release')}
                </button>
              </div>
            )}
          </>
        ) : (
          <p className="mm-hidden-note">{t('meetingMode.medical.hiddenOnProjector')}</p>
        )}
      </div>
    </section>
  );
}
