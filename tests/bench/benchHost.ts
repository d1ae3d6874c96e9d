import type { HostServices } from '../../electron/core/ipc/hostServices';

/**
 * The host the bench gives core (instead of Electron main or the e2e fixtures): no dialogs, no
 * files written outside the bench's temp folder. The "open" dialog returns what `openPaths`
 * holds, so the Chromium measurement can open the bench vault through the welcome screen.
 */
export interface BenchHost extends HostServices {
  openPaths: string[];
}

export function benchHost(userDataDir: string, chrome = 'geen'): BenchHost {
  const openPaths: string[] = [];
  return {
    openPaths,
    runtime: { electron: 'geen (bench)', chrome, node: process.versions.node, platform: process.platform },
    userDataDir,
    chooseCreatePath: async () => null,
    chooseOpenPath: async () => openPaths.shift() ?? null,
    saveExportFile: async () => null,
    chooseExportFolder: async () => null,
    chooseHandoverFile: async () => null,
    notifyLocked: () => undefined,
  };
}
