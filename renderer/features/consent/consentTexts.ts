import { textBundle } from '../../i18n/textBundle';
import { consentEn } from './consentEn';
import { consentNl } from './consentNl';

/** The consent texts as the i18next namespace `consent`, registered by the shell. */
export const consentTexts = textBundle('consent', consentNl, consentEn);
