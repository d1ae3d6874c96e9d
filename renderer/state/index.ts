/** Importing this module creates (and so registers) every store. */
export { useSession } from './sessionStore';
export { useNavigation } from './navigationStore';
export { useSettings } from './settingsStore';
export { useAudit } from './auditStore';
export { useHome } from './homeStore';
export { useDirectory } from './directoryStore';
export { useMeetings } from './meetingStore';
export { useDossier } from './dossierStore';
export { useIdle } from './idleStore';
export { resetAllStores, registeredResetNames, registerReset } from './resetRegistry';
