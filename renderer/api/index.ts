import { i18n } from '../i18n';
import { createApiClient } from './client';

/** The app's one client, reading `window.casustafel` at call time and texts from the live i18n. */
export const api = createApiClient(
  () => (typeof window === 'undefined' ? undefined : window.casustafel),
  (key, options) => i18n.t(key, options),
);
