import type { DeviceNode } from '../device/device-node.js';
import type { LifecycleEventInput } from './lifecycle-log.js';
import type { Scheduler } from './scheduler.js';

/**
 * A registered DRM device as the simulator lists it (kept opaque here to avoid a cycle).
 *
 * Invariants: listed from `drm.Registration.new` to the end of the unplug barrier.
 */
export interface DrmRegistrationRecord {
  readonly label: string;
  /** The `drm.Device` handle for the registered device. */
  readonly handle: object;
  readonly driver: object;
}

/**
 * What the model's objects need from the simulator that owns them: the scheduler, the log, and
 * the buses for devices created at run time (auxiliary children).
 *
 * Invariants: one context per `Kernel`; every device node and everything made from it refers to
 * the context of the kernel that created the node.
 */
export interface KernelContext {
  readonly scheduler: Scheduler;
  /** Turns a barrier waits for an open section before reporting `GuardLeaked`. */
  readonly graceTurns: number;
  emit(event: LifecycleEventInput): void;
  /** Adds a device created by a driver (an auxiliary child) and probes it in the background. */
  addChildDevice(node: DeviceNode): void;
  /** Unbinds (if bound) and removes a device. */
  removeDevice(node: DeviceNode): Promise<void>;
  /** Registers a DRM device with the simulated userspace; returns its minor number. */
  drmRegistered(record: DrmRegistrationRecord): number;
  drmUnregistered(record: DrmRegistrationRecord): void;
}
