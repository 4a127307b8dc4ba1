// @ts-check
/**
 * `hw` modules: register helpers, DRM driver types, guarded helpers and a justified unsafe call,
 * imported by the drivers of their family (cross-module flows), and keeping helpers that the
 * L4 plants pass bound values to.
 */
import { kernel } from './shared.mjs';

/** @typedef {import('../plan.mjs').FileSpec} FileSpec */
/** @typedef {import('../source-writer.mjs').SourceWriter} SourceWriter */

/** @param {SourceWriter} w @param {FileSpec} spec */
export function writeHw(w, spec) {
  const h = spec.index;
  w.import(kernel, ['device', 'devres', 'drm', 'pci', 'platform']);
  w.add(`/** Register offsets shared by the drivers of family ${h}. */
export const Regs${h} = { id: 0x00, control: 0x04, status: 0x08, irqMask: 0x0c, doorbell: 0x10 } as const;

/** DRM types of the pci GPUs of family ${h}. */
export interface GpuData${h} {
  readonly chip: string;
  readonly counters: Map<string, number>;
}
/** Registration data: lives as long as the registration, so it may hold the mapped BAR. */
export interface GpuRegData${h} {
  readonly bar: pci.Bar;
  readonly queue: number[];
}
export interface GpuFile${h} {
  readonly id: number;
  ops: number;
}
/** Ioctl name → argument type. */
export interface GpuIoctls${h} {
  readonly getParam: number;
  readonly submit: number;
}
export type GpuDriver${h} = drm.Driver<GpuData${h}, GpuRegData${h}, GpuFile${h}, 'pci', GpuIoctls${h}>;
export type GpuDevice${h} = drm.Device<GpuDriver${h}>;

/** DRM types of the platform panels of family ${h}. */
export interface PanelData${h} {
  readonly model: string;
  readonly modes: Set<string>;
}
export interface PanelRegData${h} {
  readonly io: platform.IoMem;
  readonly frames: number[];
}
export interface PanelFile${h} {
  readonly id: number;
  flips: number;
}
export interface PanelIoctls${h} {
  readonly flip: number;
}
export type PanelDriver${h} = drm.Driver<PanelData${h}, PanelRegData${h}, PanelFile${h}, 'platform', PanelIoctls${h}>;
export type PanelDevice${h} = drm.Device<PanelDriver${h}>;

/** Reads the chip id; borrows the BAR for the call only. */
export function readId${h}(bar: pci.Bar): number {
  return bar.read32(Regs${h}.id) & 0xffff;
}

/** Masks interrupts and rings each queue's doorbell once. */
export function initRegs${h}(bar: pci.Bar, queues: number): void {
  bar.write32(0, Regs${h}.irqMask);
  for (let q = 0; q < queues; q++) bar.write32(q, Regs${h}.doorbell + 4 * q);
}

export function ioStatus${h}(io: platform.IoMem): number {
  return io.read32(Regs${h}.status);
}

export function describe${h}(dev: device.Device<device.Bound>): string {
  return \`\${dev.name} (family ${h})\`;
}

/** Device handles prove nothing about binding and may be kept anywhere. */
const known${h} = new Map<string, device.Device>();

export function remember${h}(dev: device.Device<device.Bound>): void {
  known${h}.set(dev.name, dev.toNormal());
}

export function lookup${h}(name: string): device.Device | undefined {
  return known${h}.get(name);
}

/** Diagnostics kept for the life of the module: callers must not pass bound values. */
const barLog${h}: pci.Bar[] = [];
const ioLog${h}: platform.IoMem[] = [];
const parentLog${h}: unknown[] = [];

export function logBar${h}(bar: pci.Bar): void {
  barLog${h}.push(bar);
}

export function logIo${h}(io: platform.IoMem): void {
  ioLog${h}.push(io);
}

export function trackGpuParent${h}(parent: pci.Device<device.Bound>): void {
  parentLog${h}.push(parent);
}

export function trackPanelParent${h}(parent: platform.Device<device.Bound>): void {
  parentLog${h}.push(parent);
}

export function logSizes${h}(): number {
  return barLog${h}.length + ioLog${h}.length + parentLog${h}.length;
}

/** Reads the GPU status inside a critical section. */
export function gpuStatus${h}(ddev: GpuDevice${h}): number | undefined {
  using guard = ddev.unbindGuard();
  if (!guard) return undefined;
  return guard.registrationDataWith((parent, data) => data.bar.read32(Regs${h}.status) + parent.revision);
}

export function gpuVendor${h}(ddev: GpuDevice${h}): number | undefined {
  return ddev.withUnbindGuard((parent) => parent.vendorId);
}

export function panelStatus${h}(ddev: PanelDevice${h}): number | undefined {
  using guard = ddev.unbindGuard();
  if (!guard) return undefined;
  return guard.registrationDataWith((_parent, data) => ioStatus${h}(data.io));
}

export function panelName${h}(ddev: PanelDevice${h}): string | undefined {
  return ddev.withUnbindGuard((parent) => parent.asRef().name);
}

/** Attaches a counter to a device the caller knows to be bound. */
export function attachCounter${h}(handle: device.Device): devres.Devres<number> {
  // SAFETY: only called from probe of family ${h}, while the device is bound.
  const bound = handle.unsafeAsBound();
  return new devres.Devres(bound, 0);
}`);
}
