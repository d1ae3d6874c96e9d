import type { AnswerValue } from '../../../shared/instrument/instrumentSchema';

/**
 * The keyboard scheme for answering during a live conversation. Single letters act only when a
 * question itself has focus, never while typing in a note field, so notes can be typed freely:
 *   J ja · N nee · O onbekend · X n.v.t.  (then focus moves to the next question)
 *   ↑ / ↓ previous / next question · T note field (Esc back) · U next unanswered · B next blind spot
 */
export type KeyCommand =
  | { kind: 'answer'; value: AnswerValue }
  | { kind: 'move'; by: -1 | 1 }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'note' }
  | { kind: 'nextUnanswered' }
  | { kind: 'nextBlindSpot' };

export const ANSWER_KEYS: Record<AnswerValue, string> = { ja: 'J', nee: 'N', onbekend: 'O', nvt: 'X' };

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export function commandFor(event: KeyInput): KeyCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key.length === 1 ? event.key.toLowerCase() : event.key) {
    case 'j':
      return { kind: 'answer', value: 'ja' };
    case 'n':
      return { kind: 'answer', value: 'nee' };
    case 'o':
      return { kind: 'answer', value: 'onbekend' };
    case 'x':
      return { kind: 'answer', value: 'nvt' };
    case 'ArrowDown':
      return { kind: 'move', by: 1 };
    case 'ArrowUp':
      return { kind: 'move', by: -1 };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case 't':
      return { kind: 'note' };
    case 'u':
      return { kind: 'nextUnanswered' };
    case 'b':
      return { kind: 'nextBlindSpot' };
    default:
      return null;
  }
}

/** True for elements where letters are text, not commands. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
}

/** The next item after `from` (wrapping) that satisfies `wanted`; null when none does. */
export function nextMatching(order: readonly string[], from: string | null, wanted: (id: string) => boolean): string | null {
  const start = from === null ? -1 : order.indexOf(from);
  for (let step = 1; step <= order.length; step += 1) {
    const id = order[(start + step) % order.length];
    if (id !== undefined && wanted(id)) return id;
  }
  return null;
}
