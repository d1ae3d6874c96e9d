import { textBundle } from '../../i18n/textBundle';
import { assessmentEn } from './assessmentEn';
import { assessmentNl } from './assessmentNl';

/** The assessment texts as the i18next namespace `assessment`, registered by the shell. */
export const assessmentTexts = textBundle('assessment', assessmentNl, assessmentEn);
