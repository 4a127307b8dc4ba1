// The driver's barrel file re-exporting its helpers.
export { cacheRegData, cachedVram } from './cache.js';
export type { GpuRegData } from '../../../_shared/gpu-drm.js';
