import { textBundle } from '../../i18n/textBundle';
import { regieEn } from './regieEn';
import { regieNl } from './regieNl';

/** The regie texts as the i18next namespace `regie`, registered by the shell. */
export const regieTexts = textBundle('regie', regieNl, regieEn);
