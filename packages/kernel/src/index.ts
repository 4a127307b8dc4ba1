/**
 * `@bindsafe/kernel`: a runtime and type-level model of the Rust-for-Linux driver core and DRM
 * binding rules. See docs/model.md.
 */
export * as device from './device/index.js';
export * as devres from './devres/index.js';
export * as pci from './pci/index.js';
export * as platform from './platform/index.js';
export * as auxiliary from './auxiliary/index.js';
export * as drm from './drm/index.js';
export * as errors from './errors/index.js';
export { Kernel, type KernelOptions, type AnyDevice } from './sim/kernel.js';
export { MmioMemory, type MmioHandler, type MmioWidth } from './sim/mmio.js';
export type { PciDeviceSpec, PlatformDeviceSpec, RegionInput } from './sim/device-specs.js';
export type { LifecycleEvent, LifecycleEventKind } from './sim/lifecycle-log.js';
export type { PendingWork, Picker, SchedulingMode } from './sim/scheduler.js';
