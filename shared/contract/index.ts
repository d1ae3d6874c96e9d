export * from './channels';
export * from './errors';
export * from './api';
export * as schemas from './schemas';
