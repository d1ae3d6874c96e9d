/** Importing this module creates (and so registers) every store. */
export { useSession } from './sessionStore';
export { useNavigation } from './navigationStore';
export { useFamilies } from './familiesStore';
export { useSettings } from './settingsStore';
export { useAudit } from './auditStore';
export { useDossier } from './dossierStore';
export { useIdle } from './idleStore';
export { resetAllStores, registeredResetNames, registerReset } from './resetRegistry';
