import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { messageOf } from '../api/apiError';
import { useSaveStatus } from '../autosave/saveStatusStore';
import { useDirectory } from './directoryStore';

export async function reloadDirectory(): Promise<void> {
  useDirectory.getState().setContent(await api.call('directory:list'));
}

/** Loads the sociale kaart when a screen that needs it opens (and again after an undo); returns a load error to show, if any. */
export function useDirectoryLoaded(): string | null {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const revision = useSaveStatus((s) => s.revision);
  useEffect(() => {
    reloadDirectory().then(
      () => setError(null),
      (e: unknown) => setError(messageOf(e, t)),
    );
  }, [t, revision]);
  return error;
}
