import { textBundle } from '../../i18n/textBundle';
import { directoryEn } from './directoryEn';
import { directoryNl } from './directoryNl';

/** The directory texts as the i18next namespace `directory`, registered by the shell. */
export const directoryTexts = textBundle('directory', directoryNl, directoryEn);
