// The barrel of the watchdog library.
export { ping } from './ping.js';
export type { GpuDevice } from '../../../../../cases/_shared/gpu-drm.js';
