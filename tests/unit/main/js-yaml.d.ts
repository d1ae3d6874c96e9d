// js-yaml ships without types (it arrives through electron-builder); the tests need only `load`.
declare module 'js-yaml' {
  export function load(source: string): unknown;
}
