import { useTranslation } from 'react-i18next';
import { useDossier } from '../state/dossierStore';

export function ConsentTab({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const dossier = useDossier((s) => s.dossier);
  if (!dossier || dossier.family.id !== familyId) return null;
  return <h2>{t('dossier.tabs.consent')}</h2>;
}
