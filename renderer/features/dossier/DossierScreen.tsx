import { useEffect, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveStatusBar } from '../../autosave/SaveStatusBar';
import { useSaveStatus } from '../../autosave/saveStatusStore';
import { ErrorAlert } from '../../components/Alert';
import { ScreenHeading } from '../../components/ScreenHeading';
import { SafetyAgreementsPanel, useSafetyAgreements } from '../safetyAgreements/SafetyAgreementsPanel';
import { TimelineSignalsHeader } from '../timeline/TimelineSignalsPanel';
import { useDossier } from '../../state/dossierStore';
import { useNavigation } from '../../state/navigationStore';
import { DossierTablist } from './DossierTablist';
import { KindcheckByOthersPanel } from './KindcheckByOthersPanel';
import { markDossierDrawn, resetDossierMeasure } from './dossierPerformance';
import { dossierTabs } from './dossierTabs';
import { reloadDossier } from './loadDossier';

/** The family dossier: a heading with the family's name and the registered tabs. */
export function DossierScreen() {
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
      useDossier.getState().setTab(dossierTabs[0]?.id ?? 'overzicht');
    }
    void reloadDossier(familyId);
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
    <div className="screen">
      {back}
      <ScreenHeading>
        <span dir="auto">{dossier.family.displayName}</span>
      </ScreenHeading>
      {dossier.family.anonymous ? <p className="muted">{t('dossier.anonymousNote')}</p> : null}
      <DossierSafetyAgreements familyId={familyId} />
      <TimelineSignalsHeader familyId={familyId} />
      <KindcheckByOthersPanel familyId={familyId} dossier={dossier} />
      <SaveStatusBar />
      {loadError ? <ErrorAlert>{loadError}</ErrorAlert> : null}
      <DossierTablist tabs={dossierTabs} selectedId={tabId} onSelect={setTab} familyId={familyId} />
    </div>
  );
}

/** What keeps a child at acuut safe now stands above everything else about the family. */
function DossierSafetyAgreements({ familyId }: { familyId: string }) {
  const overview = useSafetyAgreements(familyId);
  return <SafetyAgreementsPanel familyId={familyId} overview={overview} />;
}
