import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from './nl';
import { en } from './en';
import type { TextBundle } from './textBundle';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language choice is a display preference, not vault content, so localStorage is fine. */
const STORAGE_KEY = 'casustafel.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'nl';
  } catch {
    return 'nl';
  }
}

/**
 * The features' texts, registered by the shell (renderer/shell/featureTexts.ts) before the first
 * render. renderer/i18n itself holds only the app-wide texts, so it imports no feature.
 */
const registered = new Map<string, TextBundle>();
const instances: I18n[] = [];

/**
 * Adds each bundle as an i18next namespace to every instance, made before or after. A namespace
 * may not repeat an app-wide top-level key: `audit.x` would then no longer find the app-wide text.
 */
export function registerTexts(...bundles: readonly TextBundle[]): void {
  for (const bundle of bundles) {
    const known = registered.get(bundle.namespace);
    if (known === bundle) continue;
    if (known !== undefined) throw new Error(`De teksten '${bundle.namespace}' zijn al geregistreerd.`);
    if (bundle.namespace in nl || bundle.namespace === 'translation') throw new Error(`'${bundle.namespace}' is al een app-brede tekstgroep.`);
    registered.set(bundle.namespace, bundle);
    for (const instance of instances) addBundle(instance, bundle);
  }
}

/** The namespaces registered so far (the app-wide texts are the default namespace, `translation`). */
export function registeredTexts(): readonly TextBundle[] {
  return [...registered.values()];
}

function addBundle(instance: I18n, bundle: TextBundle): void {
  // addResourceBundle also adds the namespace to `options.ns`, which is what lets `regie.x` find it.
  instance.addResourceBundle('nl', bundle.namespace, bundle.nl);
  instance.addResourceBundle('en', bundle.namespace, bundle.en);
}

export function createI18n(language: Language = storedLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    ns: ['translation'],
    defaultNS: 'translation',
    // Equal to the key separator: the first segment of a key is a namespace only when one of that
    // name is registered (i18next's extractFromKey), so `t('regie.followUp.nav')` reads `regie`
    // and `t('audit.time')` stays in the app-wide texts.
    nsSeparator: '.',
    keySeparator: '.',
    lng: language,
    fallbackLng: 'nl',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  for (const bundle of registered.values()) addBundle(instance, bundle);
  instances.push(instance);
  syncDocumentLanguage(language);
  return instance;
}

export function changeLanguage(instance: I18n, language: Language): void {
  void instance.changeLanguage(language);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Without storage the choice just lasts for this session.
  }
  syncDocumentLanguage(language);
}

function syncDocumentLanguage(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** The Intl locale for dates, times and numbers in the current language. */
export function localeFor(language: string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

export const i18n = createI18n();
