import { api } from '../../api';
import { messageOf } from '../../api/apiError';
import { i18n } from '../../i18n';
import { useDossier } from '../../state/dossierStore';
import { useNavigation } from '../../state/navigationStore';
import { markDossierData } from './dossierPerformance';

/**
 * (Re)loads the open family's dossier into the store: after opening, after every save and after
 * an undo, so every tab shows what the vault holds. An answer for another family is dropped.
 */
export async function reloadDossier(familyId: string): Promise<void> {
  try {
    const dossier = await api.call('register:dossier', { familyId });
    // Only the family on screen: an answer for one the user has already left is dropped.
    if (useNavigation.getState().familyId === familyId) {
      markDossierData();
      useDossier.getState().setDossier(dossier);
    }
  } catch (error) {
    if (useNavigation.getState().familyId === familyId) useDossier.getState().setLoadError(messageOf(error, i18n.t));
  }
}
