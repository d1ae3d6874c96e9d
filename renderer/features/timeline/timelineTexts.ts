import { textBundle } from '../../i18n/textBundle';
import { timelineEn } from './timelineEn';
import { timelineNl } from './timelineNl';

/** The timeline texts as the i18next namespace `timeline`, registered by the shell. */
export const timelineTexts = textBundle('timeline', timelineNl, timelineEn);
