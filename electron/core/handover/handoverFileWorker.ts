import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../shared/contract/errors';
import { errorCode } from '../vault/fileErrors';
import { openPackage, openReceipt } from './openHandoverFile';
import { readSealedFile } from './sealedFile';
import type { HandoverFileAnswer, HandoverFileRequest } from './readHandoverFileOffThread';

/**
 * The worker thread that reads package and receipt files, one request at a time: size, seal,
 * decryption and JSON, with nothing written. Its answer is the opened file or the AppError to show; anything else is reported
 * by its name and code only (the code lets a host name a file error), since a message could quote what the file holds.
 */
function answer(request: HandoverFileRequest): HandoverFileAnswer {
  const options = { nativeBinding: request.nativeBinding, tempRoot: request.tempRoot };
  try {
    const bytes = readSealedFile(request.file);
    return request.kind === 'pakket'
      ? { ok: true, kind: 'pakket', pkg: openPackage(bytes, request.passphrase, options) }
      : { ok: true, kind: 'ontvangstbevestiging', receipt: openReceipt(bytes, request.passphrase, options) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toPayload() };
    return { ok: false, unexpected: { name: error instanceof Error ? error.name : typeof error, code: errorCode(error) ?? null } };
  }
}

parentPort?.on('message', ({ id, request }: { id: number; request: HandoverFileRequest }) => {
  parentPort?.postMessage({ id, answer: answer(request) });
});
