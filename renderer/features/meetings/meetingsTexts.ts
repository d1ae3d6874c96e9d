import { textBundle } from '../../i18n/textBundle';
import { meetingsEn } from './meetingsEn';
import { meetingsNl } from './meetingsNl';

/** The meetings texts as the i18next namespace `meetings`, registered by the shell. */
export const meetingsTexts = textBundle('meetings', meetingsNl, meetingsEn);
