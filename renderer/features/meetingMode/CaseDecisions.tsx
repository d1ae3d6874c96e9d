import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegieOverview } from '../../../shared/contract/regieChannels';
import type { DirectoryContent, FamilyDossier } from '../../../shared/contract/registerChannels';
import { ErrorAlert } from '../../components/Alert';
import { useMeetingMode } from '../../state/meetingModeStore';
import { ActionsSection, FeedbackSection } from '../regie/ActionsSection';
import { OpenActionsReview } from '../regie/OpenActionsReview';
import { RegieSection } from '../regie/RegieSection';
import { useRegie } from '../regie/regieStore';
import { LetterPanel } from './LetterPanel';
import '../regie/regie.css';
import { useDirectory } from '../../state/directoryStore';

/** The family's regie overview and the sociale kaart, once both are read; else what is shown meanwhile. */
function WithRegie({ familyId, children }: { familyId: string; children(overview: RegieOverview, directory: DirectoryContent): ReactNode }) {
  const { t } = useTranslation();
  const overview = useRegie((s) => (s.familyId === familyId ? s.overview : null));
  const directory = useDirectory((s) => s.content);
  const loadError = useRegie((s) => s.loadError);
  if (!overview || !directory) {
    return loadError ? <ErrorAlert>{loadError}</ErrorAlert> : <p role="status">{t('regie.loading')}</p>;
  }
  return <>{children(overview, directory)}</>;
}

/**
 * Open acties: the actions open from before first, each with why it is still open, reviewed at this
 * meeting; then all actions, with the form of the Besluiten tab that links a new one to this meeting.
 */
export function CaseActions({ familyId, dossier }: { familyId: string; dossier: FamilyDossier }) {
  const meetingId = useMeetingMode((s) => s.meetingId);
  const meeting = useMeetingMode((s) => s.mode?.meeting ?? null);
  const children = dossier.members.filter((m) => m.role === 'kind');
  return (
    <WithRegie familyId={familyId}>
      {(overview, directory) => (
        <div className="mm-decisions regie-tab">
          {meeting ? <OpenActionsReview familyId={familyId} overview={overview} directory={directory} meetings={[meeting]} /> : null}
          <ActionsSection familyId={familyId} overview={overview} directory={directory} children={children} meetingId={meetingId} />
        </div>
      )}
    </WithRegie>
  );
}

/**
 * Besluiten captured while talking, with the same forms as the Besluiten tab (regisseur,
 * terugkoppeling), linked to this meeting; plus the terugkoppeling letter for open feedback.
 */
export function CaseRegie({ familyId }: { familyId: string }) {
  const meetingId = useMeetingMode((s) => s.meetingId);
  return (
    <WithRegie familyId={familyId}>
      {(overview, directory) => (
        <div className="mm-decisions regie-tab">
          <RegieSection familyId={familyId} overview={overview} directory={directory} meetingId={meetingId} />
          <FeedbackSection key={`feedback-${familyId}-${overview.today}`} familyId={familyId} overview={overview} directory={directory} meetingId={meetingId} />
          <LetterPanel familyId={familyId} overview={overview} directory={directory} />
        </div>
      )}
    </WithRegie>
  );
}
