import { textBundle } from '../../i18n/textBundle';
import { homeEn } from './homeEn';
import { homeNl } from './homeNl';

/** The home texts as the i18next namespace `home`, registered by the shell. */
export const homeTexts = textBundle('home', homeNl, homeEn);
