// Entry point of the Electron main process (bundled to dist/main/main.cjs).
import { startCasustafel } from './appLifecycle';

startCasustafel();
