import { textBundle } from '../../i18n/textBundle';
import { meetingModeEn } from './meetingModeEn';
import { meetingModeNl } from './meetingModeNl';

/** The meetingMode texts as the i18next namespace `meetingMode`, registered by the shell. */
export const meetingModeTexts = textBundle('meetingMode', meetingModeNl, meetingModeEn);
