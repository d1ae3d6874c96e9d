import { textBundle } from '../../i18n/textBundle';
import { handoverEn } from './handoverEn';
import { handoverNl } from './handoverNl';

/** The handover texts as the i18next namespace `handover`, registered by the shell. */
export const handoverTexts = textBundle('handover', handoverNl, handoverEn);
