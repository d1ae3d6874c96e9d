import readline from 'node:readline';
import { PromptUnavailableError } from './runCli';

/**
 * Reads a line from the terminal without echoing it. Refuses when stdin is not a TTY, so a
 * passphrase is never read from a pipe by accident (use CASUSTAFEL_PASSPHRASE there).
 */
export function promptSecret(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    return Promise.reject(new PromptUnavailableError());
  }
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    process.stderr.write(question);
    output._writeToOutput = () => undefined;
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}
