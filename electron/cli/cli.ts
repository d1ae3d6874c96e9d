import { promptSecret } from './promptSecret';
import { run } from './runCli';

/** Entry point of `casustafel` (bundled to dist/cli/cli.cjs). */
void run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  prompt: promptSecret,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Onverwachte fout: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 70;
  },
);
