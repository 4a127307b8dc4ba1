// The barrel of the watchdog library.
export { touch } from './touch.js';
export type { GpuDevice } from '../../../../../cases/_shared/gpu-drm.js';
