import { useTranslation } from 'react-i18next';
import type { FamilyDossier } from '../../../shared/contract/registerChannels';
import { ErrorAlert } from '../../components/Alert';
import { useMeetingMode } from '../../state/meetingModeStore';
import { ActionsSection, FeedbackSection } from '../regie/ActionsSection';
import { OpenActionsReview } from '../regie/OpenActionsReview';
import { RegieSection } from '../regie/RegieSection';
import { useRegie } from '../regie/regieStore';
import { LetterPanel } from './LetterPanel';
import '../regie/regie.css';
import { useDirectory } from '../../state/directoryStore';

/**
 * Decisions captured while talking, with the same forms as the Besluiten tab (regisseur, actions,
 * terugkoppeling), linked to this meeting; plus the terugkoppeling letter for open feedback. Open
 * actions from before come first, each still open one with its reason, reviewed at this meeting.
 */
export function CaseDecisions({ familyId, dossier }: { familyId: string; dossier: FamilyDossier }) {
  const { t } = useTranslation();
  const meetingId = useMeetingMode((s) => s.meetingId);
  const meeting = useMeetingMode((s) => s.mode?.meeting ?? null);
  const overview = useRegie((s) => (s.familyId === familyId ? s.overview : null));
  const directory = useDirectory((s) => s.content);
  const loadError = useRegie((s) => s.loadError);

  if (!overview || !directory) {
    return loadError ? <ErrorAlert>{loadError}</ErrorAlert> : <p role="status">{t('regie.loading')}</p>;
  }
  const children = dossier.members.filter((m) => m.role === 'kind');
  return (
    <div className="mm-decisions regie-tab">
      {meeting ? <OpenActionsReview familyId={familyId} overview={overview} directory={directory} meetings={[meeting]} /> : null}
      <RegieSection familyId={familyId} overview={overview} directory={directory} meetingId={meetingId} />
      <ActionsSection familyId={familyId} overview={overview} directory={directory} children={children} meetingId={meetingId} />
      <LetterPanel familyId={familyId} overview={overview} directory={directory} />
      <FeedbackSection key={`feedback-${familyId}-${overview.today}`} familyId={familyId} overview={overview} directory={directory} meetingId={meetingId} />
    </div>
  );
}
