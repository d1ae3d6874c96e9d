import { textBundle } from '../../i18n/textBundle';
import { dossierEn } from './dossierEn';
import { dossierNl } from './dossierNl';
import { householdEn } from './householdEn';
import { householdNl } from './householdNl';
import { involvementEn } from './involvementEn';
import { involvementNl } from './involvementNl';
import { kindcheckByOthersEn } from './kindcheckByOthersEn';
import { kindcheckByOthersNl } from './kindcheckByOthersNl';
import { overviewEn } from './overviewEn';
import { overviewNl } from './overviewNl';

/** The dossier folder's texts, one i18next namespace per part, registered by the shell. */
export const dossierTexts = [
  textBundle('dossier', dossierNl, dossierEn),
  textBundle('household', householdNl, householdEn),
  textBundle('involvement', involvementNl, involvementEn),
  textBundle('kindcheckByOthers', kindcheckByOthersNl, kindcheckByOthersEn),
  textBundle('overview', overviewNl, overviewEn),
] as const;
