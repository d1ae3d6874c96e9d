import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { AutosaveText } from '../autosave/AutosaveFields';
import { useDossier } from '../state/dossierStore';

export function OverviewTab({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const dossier = useDossier((s) => s.dossier);
  if (!dossier || dossier.family.id !== familyId) return null;
  return (
    <div className="dossier-overview">
      <section className="panel" aria-labelledby="overview-note-title">
        <h2 id="overview-note-title">{t('dossier.overview.noteTitle')}</h2>
        <AutosaveText
          label={t('dossier.overview.note')}
          hint={t('dossier.overview.noteHint')}
          value={dossier.family.note}
          multiline
          rows={8}
          maxLength={100_000}
          onSave={(note) => api.call('register:updateFamily', { id: familyId, note })}
        />
      </section>
    </div>
  );
}
