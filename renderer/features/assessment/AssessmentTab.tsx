import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveStatus } from '../../autosave/saveStatusStore';
import { ErrorAlert } from '../../components/Alert';
import { useDossier } from '../../state/dossierStore';
import { loadOverview, refreshAssessment } from './assessmentActions';
import { useAssessment } from './assessmentStore';
import { AssessmentOverview } from './AssessmentOverview';
import { AssessmentWorkspace } from './AssessmentWorkspace';
import { ReassessmentView } from './ReassessmentView';
import './assessment.css';

/** The dossier's "Risicotaxatie" tab. */
export function AssessmentTab({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const members = useDossier((s) => (s.dossier?.family.id === familyId ? s.dossier.members : null));
  const view = useAssessment((s) => (s.familyId === familyId ? s.view : 'overzicht'));
  const detail = useAssessment((s) => (s.detail?.assessment.familyId === familyId ? s.detail : null));
  const previous = useAssessment((s) => s.previous);
  const summaries = useAssessment((s) => s.summaries);
  const loadError = useAssessment((s) => s.loadError);
  const revision = useSaveStatus((s) => s.revision);

  useEffect(() => {
    void loadOverview(familyId);
  }, [familyId]);

  // After an undo the vault may differ from what is shown: reload.
  useEffect(() => {
    if (revision > 0) void refreshAssessment();
  }, [revision]);

  return (
    <div className="assessment-tab">
      <h2>{t('assessment.tabTitle')}</h2>
      {loadError ? <ErrorAlert>{loadError}</ErrorAlert> : null}
      {view === 'vergelijking' && detail && previous ? (
        <ReassessmentView previous={previous} current={detail} history={summaries} />
      ) : view !== 'overzicht' && detail ? (
        <AssessmentWorkspace detail={detail} />
      ) : (
        <AssessmentOverview familyId={familyId} members={members ?? []} />
      )}
    </div>
  );
}
