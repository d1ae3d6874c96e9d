/**
 * The shape a translation must have, derived from the Dutch source: the same keys, any text. Each
 * feature's `<feature>En.ts` is typed `TranslationOf<typeof <feature>Nl>`, so a missing or extra
 * English key is a compile error.
 */
export type TranslationOf<T> = { readonly [K in keyof T]: T[K] extends string ? string : TranslationOf<T[K]> };
