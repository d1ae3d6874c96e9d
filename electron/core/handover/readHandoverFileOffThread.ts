import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, type AppErrorPayload } from '../../../shared/contract/errors';
import type { HandoverReceipt } from '../../../shared/contract/handoverChannels';
import type { OpenedPackage } from './openHandoverFile';
import type { SealOptions } from './sealedFile';

/**
 * Reading a package or receipt on a worker thread, so the main process (and with it the window)
 * never waits on a file from outside: the seal's hash, the key derivation and the JSON run there.
 * The worker's heap has its own ceiling: should a file still get past every limit, that thread
 * stops, not the app.
 *
 * The built app and the CLI run the worker's own bundle (handoverFileWorker.cjs, next to main.cjs
 * and cli.cjs; build/build.mjs makes it). From source — vitest, the e2e bridge — there is no bundle:
 * the worker's TypeScript is bundled in memory with esbuild, the devDependency the build uses, once
 * per process.
 */
export type HandoverFileKind = 'pakket' | 'ontvangstbevestiging';

export interface HandoverFileRequest {
  kind: HandoverFileKind;
  file: string;
  passphrase: string;
  nativeBinding: string | undefined;
  tempRoot: string | undefined;
}

export type HandoverFileAnswer =
  | { ok: true; kind: 'pakket'; pkg: OpenedPackage }
  | { ok: true; kind: 'ontvangstbevestiging'; receipt: HandoverReceipt }
  | { ok: false; error: AppErrorPayload }
  | { ok: false; unexpected: { name: string; code: string | null } };

const WORKER_BUNDLE = 'handoverFileWorker.cjs';
const WORKER_SOURCE = 'handoverFileWorker.ts';
/** Far above what the largest package a sender can make needs (its file is at most 128 MB). */
const WORKER_HEAP_MB = 1536;
const WORKER_TIME_LIMIT_MS = 120_000;

/** Compiles the module given as workerData.code under its own file name, as Node loads a .cjs. */
const SOURCE_BOOTSTRAP = `
const Module = require('node:module');
const path = require('node:path');
const { workerData } = require('node:worker_threads');
const entry = new Module(workerData.filename, null);
entry.filename = workerData.filename;
entry.paths = Module._nodeModulePaths(path.dirname(workerData.filename));
entry._compile(workerData.code, workerData.filename);
`;

let compiledSource: string | null = null;

interface Esbuild {
  buildSync(options: Record<string, unknown>): { outputFiles: { text: string }[] };
}

function compileSource(entry: string): string {
  if (compiledSource === null) {
    const esbuild = createRequire(__filename)('esbuild') as Esbuild;
    const built = esbuild.buildSync({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      write: false,
      logLevel: 'silent',
      external: ['better-sqlite3-multiple-ciphers'],
    });
    compiledSource = built.outputFiles[0]!.text;
  }
  return compiledSource;
}

function startWorker(): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  const bundle = path.join(__dirname, WORKER_BUNDLE);
  if (fs.existsSync(bundle)) return new Worker(bundle, options);
  const source = path.join(__dirname, WORKER_SOURCE);
  if (!fs.existsSync(source)) throw new Error(`${WORKER_BUNDLE} ontbreekt naast ${__filename}`);
  return new Worker(SOURCE_BOOTSTRAP, { ...options, eval: true, workerData: { code: compileSource(source), filename: source } });
}

function tooMuch(): AppError {
  return new AppError('package_refused', 'Dit bestand vraagt meer geheugen of tijd dan een overdracht van Casustafel ooit nodig heeft. Er is niets ingelezen.');
}

/** A failure the worker could not name as an AppError, with the code a host may translate (EISDIR…). */
function unexpected(name: string, code: string | null): Error {
  const error = new Error(`handover file worker: ${name}${code === null ? '' : ` ${code}`}`);
  return code === null ? error : Object.assign(error, { code });
}

/**
 * One worker, started at the first file and kept while files are being read (starting one costs
 * more than reading a small package), stopped after a minute without work. It never keeps a
 * process alive, and it is replaced after anything that stopped it: a heap over its ceiling, a
 * read over its time limit. Files are read one at a time, in the order asked.
 */
const IDLE_MS = 60_000;
let current: { worker: Worker; idle: NodeJS.Timeout | undefined } | null = null;
let queue: Promise<unknown> = Promise.resolve();
let nextId = 1;

function worker(): { worker: Worker; idle: NodeJS.Timeout | undefined } {
  if (current !== null) {
    clearTimeout(current.idle);
    return current;
  }
  const started = { worker: startWorker(), idle: undefined as NodeJS.Timeout | undefined };
  started.worker.unref();
  started.worker.once('exit', () => {
    if (current === started) current = null;
  });
  current = started;
  return started;
}

function stop(running: { worker: Worker }): void {
  if (current === running) current = null;
  void running.worker.terminate();
}

function ask(request: HandoverFileRequest): Promise<HandoverFileAnswer & { ok: true }> {
  return new Promise((resolve, reject) => {
    const running = worker();
    const id = nextId++;
    const done = (outcome: () => void, keep: boolean) => {
      clearTimeout(timer);
      running.worker.off('message', onMessage);
      running.worker.off('error', onError);
      running.worker.off('exit', onExit);
      if (keep) running.idle = setTimeout(() => stop(running), IDLE_MS).unref();
      else stop(running);
      outcome();
    };
    const onMessage = (message: { id: number; answer: HandoverFileAnswer }) => {
      if (message.id !== id) return;
      const { answer } = message;
      done(() => {
        if (answer.ok) resolve(answer);
        else if ('error' in answer) reject(new AppError(answer.error.code, answer.error.detail));
        else reject(unexpected(answer.unexpected.name, answer.unexpected.code));
      }, true);
    };
    const onError = (error: Error & { code?: string }) =>
      done(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooMuch() : unexpected(error.name, error.code ?? null)), false);
    const onExit = (code: number) => done(() => reject(new Error(`handover file worker stopped (${code})`)), false);
    running.worker.on('message', onMessage);
    running.worker.once('error', onError);
    running.worker.once('exit', onExit);
    // Set before anything can answer: every path that clears it runs asynchronously, after this line.
    const timer = setTimeout(() => done(() => reject(tooMuch()), false), WORKER_TIME_LIMIT_MS);
    running.worker.postMessage({ id, request });
  });
}

function run(request: HandoverFileRequest): Promise<HandoverFileAnswer & { ok: true }> {
  const turn = queue.then(() => ask(request));
  queue = turn.catch(() => undefined);
  return turn;
}

/** Reads, verifies and opens a package file away from the main thread; nothing is written. */
export async function openPackageFile(file: string, passphrase: string, options: SealOptions = {}): Promise<OpenedPackage> {
  const answer = await run({ kind: 'pakket', file, passphrase, nativeBinding: options.nativeBinding, tempRoot: options.tempRoot });
  if (answer.kind !== 'pakket') throw new Error('handover file worker answered with a receipt');
  return answer.pkg;
}

/** Reads, verifies and opens a receipt file away from the main thread; nothing is written. */
export async function openReceiptFile(file: string, passphrase: string, options: SealOptions = {}): Promise<HandoverReceipt> {
  const answer = await run({ kind: 'ontvangstbevestiging', file, passphrase, nativeBinding: options.nativeBinding, tempRoot: options.tempRoot });
  if (answer.kind !== 'ontvangstbevestiging') throw new Error('handover file worker answered with a package');
  return answer.receipt;
}
