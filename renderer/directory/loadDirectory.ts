import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { messageOf } from '../api/apiError';
import { useDirectory } from '../state/directoryStore';

export async function reloadDirectory(): Promise<void> {
  useDirectory.getState().setContent(await api.call('directory:list'));
}

/** Loads the sociale kaart when a screen that needs it opens; returns a load error to show, if any. */
export function useDirectoryLoaded(): string | null {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    reloadDirectory().then(
      () => setError(null),
      (e: unknown) => setError(messageOf(e, t)),
    );
  }, [t]);
  return error;
}
