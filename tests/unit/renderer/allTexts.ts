import { en } from '../../../renderer/i18n/en';
import { nl } from '../../../renderer/i18n/nl';
import type { Texts } from '../../../renderer/i18n/textBundle';
import { FEATURE_TEXTS } from '../../../renderer/shell/featureTexts';

/**
 * Every text of the app in one tree per language, as `t()` finds it: the app-wide texts with each
 * registered feature namespace under its name. Importing this also registers the features' texts
 * on every i18n instance, as main.tsx does before the first render.
 */
export function allTexts(language: 'nl' | 'en'): Texts {
  const tree: Record<string, Texts | string> = { ...(language === 'nl' ? nl : en) };
  for (const bundle of FEATURE_TEXTS) tree[bundle.namespace] = bundle[language];
  return tree;
}
