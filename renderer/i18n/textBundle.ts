import type { TranslationOf } from './translationOf';

/** A tree of texts: each leaf a text, each branch a group of keys. */
export interface Texts {
  readonly [key: string]: string | Texts;
}

/**
 * One feature's texts in both languages, registered as its own i18next namespace. A key whose first
 * segment is the namespace (`regie.followUp.nav`) is looked up there, so calls read as before.
 */
export interface TextBundle {
  readonly namespace: string;
  readonly nl: Texts;
  readonly en: Texts;
}

/** A bundle whose English is typed complete against its Dutch (a missing or extra key does not compile). */
export function textBundle<T extends Texts>(namespace: string, nl: T, en: TranslationOf<T>): TextBundle {
  return { namespace, nl, en };
}
