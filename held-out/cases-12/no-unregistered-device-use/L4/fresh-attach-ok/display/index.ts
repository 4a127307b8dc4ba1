// Barrel of the display engine's helpers.
export { attachOutput as attach } from './attach.js';
export type { DispDrm, OutputKind } from './attach.js';
