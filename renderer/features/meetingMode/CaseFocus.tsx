import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, type CaseStatus, type MeetingModeState } from '../../../shared/contract/meetingModeChannels';
import { AutosaveSelect, AutosaveText } from '../../autosave/AutosaveFields';
import { ErrorAlert } from '../../components/Alert';
import { useMeetingMode } from '../../state/meetingModeStore';
import { focusHeading } from './caseTitle';
import { CaseActions, CaseRegie } from './CaseDecisions';
import { CasePartIndex } from './CasePartIndex';
import { CaseMinutes } from './CaseMinutes';
import { CaseTimer } from './CaseTimer';
import { CompactTimeline } from './CompactTimeline';
import { InvolvedOverview } from './InvolvedOverview';
import { RiskFlags } from './RiskFlags';
import { BasisEndingsAlert } from '../consent/BasisEndingsAlert';
import { useDirectory } from '../../state/directoryStore';
import { saveCase } from './meetingModeActions';
import { nameList, SafetyAgreementsPanel, useSafetyAgreements } from '../safetyAgreements/SafetyAgreementsPanel';

/**
 * The case in focus, in its own pane: the heading, a row of jumps to its parts, its clock and
 * status, then the parts in the order of Alt+1…6 — betrokkenen, zorg per kind, tijdlijn, open acties,
 * besluiten (the same regie forms as the Besluiten tab), notulen with the JGZ notes.
 */
export function CaseFocus({ mode }: { mode: MeetingModeState }) {
  const { t } = useTranslation();
  const focusIndex = useMeetingMode((s) => s.focusIndex);
  const focus = useMeetingMode((s) => s.focus);
  const current = mode.cases[focusIndex];

  if (!current) {
    return (
      <section className="mm-case" aria-labelledby="mm-case-title">
        <h2 id="mm-case-title" tabIndex={-1}>
          {t('meetingMode.case.none')}
        </h2>
      </section>
    );
  }
  return <FocusedCase mode={mode} current={current} focusIndex={focusIndex} focus={focus} />;
}

function FocusedCase({
  mode,
  current,
  focusIndex,
  focus,
}: {
  mode: MeetingModeState;
  current: MeetingModeState['cases'][number];
  focusIndex: number;
  focus: ReturnType<typeof useMeetingMode.getState>['focus'];
}) {
  const { t } = useTranslation();
  const safety = useSafetyAgreements(current.familyId);
  const uncovered = safety.data?.familyId === current.familyId ? safety.data.acuteUncovered.map((c) => c.childName) : [];
  const data = focus?.familyId === current.familyId ? focus : null;
  const loaded = data?.dossier && data.concern && data.timeline ? data : null;
  const organisations = useDirectory((s) => s.content?.organisations);
  const orgName = (id: string) => organisations?.find((o) => o.id === id)?.name ?? t('involvement.unknownOrganisation');

  return (
    <section className="mm-case" aria-labelledby="mm-case-title">
      <h2 id="mm-case-title" tabIndex={-1} className="mm-case__title" dir="auto">
        {focusHeading(current, focusIndex, mode.cases.length, t)}
      </h2>
      <CasePartIndex />
      <div className="panel mm-case__bar">
        <CaseTimer meetingCase={current} />
        <div className="mm-case__fields">
          <AutosaveSelect
            key={`status-${current.familyId}`}
            label={t('meetingMode.case.status')}
            {...(uncovered.length > 0 && current.status !== 'besproken' ? { hint: t('safetyAgreements.notDiscussable', { names: nameList(uncovered, t('safetyAgreements.and')) }) } : {})}
            value={current.status}
            choices={CASE_STATUSES.map((s) => ({ value: s, label: t(`meetingMode.status.case.${s}`) }))}
            onSave={(v) => saveCase(current.familyId, { status: v as CaseStatus })}
          />
          <AutosaveText
            key={`planned-${current.familyId}`}
            label={t('meetingMode.case.planned')}
            hint={t('meetingMode.case.plannedHint')}
            value={String(current.plannedMinutes)}
            inputMode="numeric"
            maxLength={3}
            className="mm-planned"
            validate={(v) => (/^\d{1,3}$/.test(v.trim()) && Number(v) >= 1 && Number(v) <= 240 ? null : t('meetingMode.case.plannedInvalid'))}
            onSave={(v) => saveCase(current.familyId, { plannedMinutes: Number(v.trim()) })}
          />
        </div>
      </div>
      <SafetyAgreementsPanel familyId={current.familyId} overview={safety} />
      {data?.error ? <ErrorAlert>{data.error}</ErrorAlert> : null}
      {!loaded ? (
        data?.error ? null : <p role="status">{t('meetingMode.case.loading')}</p>
      ) : (
        <div key={current.familyId} className="mm-case__body">
          <BasisEndingsAlert endings={loaded.dossier!.basisEndings} orgName={orgName} />
          <div className="mm-case__columns">
            <InvolvedOverview dossier={loaded.dossier!} />
            <RiskFlags view={loaded.concern!} />
          </div>
          <CompactTimeline content={loaded.timeline!} />
          <CaseActions familyId={current.familyId} dossier={loaded.dossier!} />
          <CaseRegie familyId={current.familyId} />
          <CaseMinutes meetingCase={current} />
        </div>
      )}
    </section>
  );
}
