import { textBundle } from '../../i18n/textBundle';
import { reportingEn } from './reportingEn';
import { reportingNl } from './reportingNl';

/** The reporting texts as the i18next namespace `reporting`, registered by the shell. */
export const reportingTexts = textBundle('reporting', reportingNl, reportingEn);
