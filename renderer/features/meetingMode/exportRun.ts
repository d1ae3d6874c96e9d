/**
 * Writing the summaries one recipient at a time: progress after each file, and a cancel that
 * stops after the file being written (a half-written PDF never exists: core writes atomically).
 */
export interface ExportRunResult {
  written: { recipientId: string; fileName: string }[];
  cancelled: boolean;
  /** The first failure stops the run; what was written stays written. */
  error: unknown;
}

export async function runRecipientExports(
  recipientIds: readonly string[],
  exportOne: (recipientId: string) => Promise<{ fileName: string }>,
  isCancelled: () => boolean,
  onProgress: (done: number, total: number, currentId: string | null) => void,
): Promise<ExportRunResult> {
  const written: ExportRunResult['written'] = [];
  const total = recipientIds.length;
  for (const recipientId of recipientIds) {
    if (isCancelled()) return { written, cancelled: true, error: null };
    onProgress(written.length, total, recipientId);
    try {
      const { fileName } = await exportOne(recipientId);
      written.push({ recipientId, fileName });
    } catch (error) {
      onProgress(written.length, total, null);
      return { written, cancelled: false, error };
    }
  }
  onProgress(written.length, total, null);
  return { written, cancelled: false, error: null };
}
