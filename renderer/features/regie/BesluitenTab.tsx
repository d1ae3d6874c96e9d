import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveStatus } from '../../autosave/saveStatusStore';
import { ErrorAlert } from '../../components/Alert';
import { useDossier } from '../../state/dossierStore';
import { ActionsSection, FeedbackSection, VerwijsindexSection } from './ActionsSection';
import { ClosureSection } from './ClosureSection';
import { EscalationSection } from './EscalationSection';
import { OpenActionsReview } from './OpenActionsReview';
import { RegieSection } from './RegieSection';
import { reloadRegie } from './loadRegie';
import { useRegie } from './regieStore';
import './regie.css';
import { useDirectory } from '../../state/directoryStore';

/**
 * Besluiten: what the meeting decided for this family and what follows from it. Open actions from
 * earlier meetings come first; then regie, actions, terugkoppeling, Verwijsindex, escalation and
 * closing. Everything saves as it is entered; "Opgeslagen" shows in the dossier's save bar.
 */
export function BesluitenTab({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const dossier = useDossier((s) => s.dossier);
  const overview = useRegie((s) => (s.familyId === familyId ? s.overview : null));
  const directory = useDirectory((s) => s.content);
  const loadError = useRegie((s) => s.loadError);
  const revision = useSaveStatus((s) => s.revision);

  // Reload on opening and after an undo (revision), so the tab shows what the vault holds.
  useEffect(() => {
    void reloadRegie(familyId);
  }, [familyId, revision]);

  if (!dossier || dossier.family.id !== familyId) return null;
  if (!overview || !directory) {
    return loadError ? <ErrorAlert>{loadError}</ErrorAlert> : <p role="status">{t('regie.loading')}</p>;
  }
  const children = dossier.members.filter((m) => m.role === 'kind');

  return (
    <div className="regie-tab">
      {loadError ? <ErrorAlert>{loadError}</ErrorAlert> : null}
      <OpenActionsReview familyId={familyId} overview={overview} directory={directory} meetings={dossier.meetings} />
      <RegieSection familyId={familyId} overview={overview} directory={directory} />
      <ActionsSection familyId={familyId} overview={overview} directory={directory} children={children} />
      <FeedbackSection key={`feedback-${overview.today}`} familyId={familyId} overview={overview} directory={directory} />
      <VerwijsindexSection familyId={familyId} overview={overview} directory={directory} />
      <EscalationSection familyId={familyId} overview={overview} />
      <ClosureSection familyId={familyId} overview={overview} directory={directory} children={children} />
    </div>
  );
}
