import type { AppErrorPayload, ErrorCode } from '../../shared/contract/errors';
import { ERROR_CODES } from '../../shared/contract/errors';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Codes the renderer can show besides the contract's: the bridge or preload itself failed. */
export type UiErrorCode = ErrorCode | 'unreachable';

/**
 * A failed call as the renderer shows it: the code (to react on), and the text for the user in
 * their language, taken from `errors.<code>` plus the Dutch detail from core when there is one.
 */
export class ApiError extends Error {
  readonly code: UiErrorCode;
  readonly detail: string | undefined;
  readonly userMessage: string;

  constructor(code: UiErrorCode, userMessage: string, detail?: string) {
    super(userMessage);
    this.name = 'ApiError';
    this.code = code;
    this.detail = detail;
    this.userMessage = userMessage;
  }
}

function isKnownCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}

/** Turns an `{ok:false}` payload into an ApiError; an unknown code is shown as `internal`. */
export function toApiError(payload: AppErrorPayload | undefined, t: Translate): ApiError {
  const code: UiErrorCode = isKnownCode(payload?.code) ? payload.code : 'internal';
  const base = t(`errors.${code}`);
  const detail = typeof payload?.detail === 'string' && payload.detail.trim() !== '' ? payload.detail : undefined;
  const text = detail === undefined ? base : `${base} ${t('errors.detail', { detail })}`;
  return new ApiError(code, text, detail);
}

export function unreachableError(t: Translate): ApiError {
  return new ApiError('unreachable', t('errors.unreachable'));
}

/** The text to show for anything a call may throw. */
export function messageOf(error: unknown, t: Translate): string {
  if (error instanceof ApiError) return error.userMessage;
  return t('errors.internal');
}
