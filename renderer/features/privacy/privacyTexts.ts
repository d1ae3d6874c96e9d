import { textBundle } from '../../i18n/textBundle';
import { privacyEn } from './privacyEn';
import { privacyNl } from './privacyNl';

/** The privacy texts as the i18next namespace `privacy`, registered by the shell. */
export const privacyTexts = textBundle('privacy', privacyNl, privacyEn);
