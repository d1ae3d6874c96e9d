import { api } from '../api';
import type { RequestOf } from '../../shared/contract/channels';

// The calls this feature's screens make, each named for what it does; components reach the API only through here.
export const backupVault = () => api.call('vault:backup');
export const changePassphrase = (request: RequestOf<'vault:changePassphrase'>) => api.call('vault:changePassphrase', request);
export const checkPassphrase = (request: RequestOf<'vault:checkPassphrase'>) => api.call('vault:checkPassphrase', request);
export const chooseCreatePath = () => api.call('vault:chooseCreatePath');
export const chooseOpenPath = () => api.call('vault:chooseOpenPath');
export const createVaultFile = (request: RequestOf<'vault:create'>) => api.call('vault:create', request);
export const fetchAppInfo = () => api.call('app:info');
export const getSettings = () => api.call('settings:get');
export const listBackups = () => api.call('vault:listBackups');
export const listFamilies = (request: RequestOf<'families:list'>) => api.call('families:list', request);
export const openDemoVault = () => api.call('vault:openDemo');
export const recentVaults = () => api.call('vault:recent');
export const restoreBackup = (request: RequestOf<'vault:restoreBackup'>) => api.call('vault:restoreBackup', request);
export const setOperator = (request: RequestOf<'vault:setOperator'>) => api.call('vault:setOperator', request);
export const unlockVault = (request: RequestOf<'vault:unlock'>) => api.call('vault:unlock', request);
export const updateSettings = (request: RequestOf<'settings:update'>) => api.call('settings:update', request);
export const verifyAuditTrail = () => api.call('vault:verifyAudit');
