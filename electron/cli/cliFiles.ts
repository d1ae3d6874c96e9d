import fs from 'node:fs';
import path from 'node:path';
import { FileProblem, fileProblemOf } from './fileProblems';

/**
 * The files one command reads and writes, checked before any passphrase is asked and before core
 * opens anything: core's own checks know only "not a vault" or "cannot write here", while the
 * operating system says exactly what is wrong with which path. Core still checks again when it
 * opens the file; these checks only make the message precise and early.
 */
export class CliFiles {
  private readonly named: string[] = [];

  /** The file a problem without a path of its own concerns: the first the command named. */
  fallback(): string {
    return this.named[0] ?? '(geen bestand)';
  }

  /** A file that must exist and be readable: a vault, a backup, a package or a receipt. */
  existing(file: string): string {
    const resolved = this.name(file);
    const stat = attempt(resolved, () => fs.statSync(resolved));
    if (stat.isDirectory()) throw new FileProblem('isDirectory', resolved);
    attempt(resolved, () => fs.accessSync(resolved, fs.constants.R_OK));
    return resolved;
  }

  /** A file the command makes; it must not exist yet, and its folder must take new files. */
  fresh(file: string): string {
    const resolved = this.name(file);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.lstatSync(resolved);
    } catch (error) {
      const problem = fileProblemOf(error, resolved);
      if (problem === undefined || problem.kind !== 'notFound') throw problem ?? error;
    }
    if (stat !== undefined) throw new FileProblem(stat.isDirectory() ? 'isDirectory' : 'exists', resolved);
    writableFolder(path.dirname(resolved));
    return resolved;
  }

  /** A file written beside any of the same name (the export writer picks a free name): only its folder counts. */
  output(file: string): string {
    const resolved = this.name(file);
    writableFolder(path.dirname(resolved));
    return resolved;
  }

  private name(file: string): string {
    const resolved = path.resolve(file);
    this.named.push(resolved);
    return resolved;
  }
}

function attempt<T>(file: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw fileProblemOf(error, file) ?? error;
  }
}

function writableFolder(folder: string): void {
  const stat = attempt(folder, () => fs.statSync(folder));
  if (!stat.isDirectory()) throw new FileProblem('notADirectory', folder);
  attempt(folder, () => fs.accessSync(folder, fs.constants.W_OK | fs.constants.X_OK));
}
