import { useEffect, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveStatusBar } from '../../autosave/SaveStatusBar';
import { useSaveStatus } from '../../autosave/saveStatusStore';
import { ErrorAlert } from '../../components/Alert';
import { SafetyAgreementsPanel, useSafetyAgreements } from '../safetyAgreements/SafetyAgreementsPanel';
import { TimelineSignalsHeader } from '../timeline/TimelineSignalsPanel';
import { useDossier } from '../../state/dossierStore';
import { useNavigation } from '../../state/navigationStore';
import { DossierHeader } from './DossierHeader';
import { DossierTablist, type DossierTabGroup } from './DossierTablist';
import { KindcheckByOthersPanel } from './KindcheckByOthersPanel';
import { markDossierDrawn, resetDossierMeasure } from './dossierPerformance';
import { reloadDossier } from './loadDossier';

/** The family dossier: a header with what a chair needs at a glance, and the tabs the shell composes. */
export function DossierScreen({ tabs }: { tabs: readonly DossierTabGroup[] }) {
  const { t } = useTranslation();
  const familyId = useNavigation((s) => s.familyId);
  const go = useNavigation((s) => s.go);
  const dossier = useDossier((s) => s.dossier);
  const loadError = useDossier((s) => s.loadError);
  const tabId = useDossier((s) => s.tabId);
  const setTab = useDossier((s) => s.setTab);

  useEffect(() => {
    if (!familyId) return;
    resetDossierMeasure();
    if (useDossier.getState().dossier?.family.id !== familyId) {
      useDossier.getState().setDossier(null);
      useDossier.getState().setTab(tabs[0]?.parts[0]?.id ?? 'overzicht');
    }
    void reloadDossier(familyId);
    // The tabs are the shell's constant registry: a new family is what starts a new dossier.
  }, [familyId]);

  // Bench mark (see dossierPerformance): the first commit that shows this family's dossier.
  const shown = Boolean(familyId && dossier && dossier.family.id === familyId);
  useLayoutEffect(() => {
    if (shown) markDossierDrawn();
  });

  const revision = useSaveStatus((s) => s.revision);
  useEffect(() => {
    if (familyId && revision > 0) void reloadDossier(familyId);
  }, [familyId, revision]);

  const back = (
    <p>
      <button type="button" className="link-button" onClick={() => go('home')}>
        {t('dossier.back')}
      </button>
    </p>
  );

  if (!familyId || !dossier || dossier.family.id !== familyId) {
    return (
      <div className="screen">
        {back}
        {loadError ? <ErrorAlert>{loadError}</ErrorAlert> : <p role="status">{t('dossier.loading')}</p>}
      </div>
    );
  }

  return (
    <div className="screen screen--dossier">
      <DossierHeader dossier={dossier} now={new Date()} />
      <div className="dossier-alerts">
        <DossierSafetyAgreements familyId={familyId} />
        <TimelineSignalsHeader familyId={familyId} />
        <KindcheckByOthersPanel familyId={familyId} dossier={dossier} />
      </div>
      <SaveStatusBar />
      {loadError ? <ErrorAlert>{loadError}</ErrorAlert> : null}
      <DossierTablist groups={tabs} selectedId={tabId} onSelect={setTab} familyId={familyId} />
    </div>
  );
}

/** What keeps a child at acuut safe now stands above everything else about the family. */
function DossierSafetyAgreements({ familyId }: { familyId: string }) {
  const overview = useSafetyAgreements(familyId);
  return <SafetyAgreementsPanel familyId={familyId} overview={overview} />;
}
