// Barrel of the helper modules.
export * from './impl/attach.js';
export type { Session as ClientSession } from './impl/attach.js';
