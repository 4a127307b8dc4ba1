export type { Normal, Bound, Core, CoreInternal, ParentContext } from './context.js';
export { Device } from './device.js';
