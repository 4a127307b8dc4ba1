import type { RegionSpec } from '../device/device-node.js';
import { KernelError } from '../errors/kernel-error.js';
import { MmioMemory, type MmioHandler } from './mmio.js';

/**
 * An MMIO region of a simulated device; plain memory unless `hardware` models registers.
 *
 * Invariants: `size` must be a positive integer; `hardware`, if given, has `read` and `write`
 * (`EINVAL` otherwise).
 */
export interface RegionInput {
  readonly size: number;
  readonly hardware?: MmioHandler;
}

/**
 * A PCI device to plug into the simulator.
 *
 * Invariants: names are unique on the bus (`EEXIST` otherwise).
 */
export interface PciDeviceSpec {
  /** Defaults to the next free `0000:00:NN.0`. */
  readonly name?: string;
  readonly vendor: number;
  readonly device: number;
  readonly revision?: number;
  /** BAR 0 to 5; a hole is `undefined`. */
  readonly bars?: readonly (RegionInput | undefined)[];
  /** The number of IRQ vectors. Default 1. */
  readonly irqs?: number;
}

/**
 * A platform device to plug into the simulator (what a device-tree node describes).
 *
 * Invariants: names are unique on the bus (`EEXIST` otherwise).
 */
export interface PlatformDeviceSpec {
  readonly name: string;
  readonly compatible: string;
  readonly resources?: readonly RegionInput[];
  /** The number of IRQ lines. Default 1. */
  readonly irqs?: number;
}

function fail(what: string, message: string): never {
  throw new KernelError('EINVAL', `${what}: ${message}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function checkCount(what: string, field: string, value: unknown, max?: number): void {
  if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > (max ?? Number.MAX_SAFE_INTEGER))) {
    fail(what, `${field} must be ${max === undefined ? 'a non-negative integer' : `an integer from 0 to ${max}`}, got ${String(value)}`);
  }
}

/** The region for `input` (plain memory unless it has `hardware`); `EINVAL` for a bad one. */
export function toRegion(input: RegionInput, what = 'a region'): RegionSpec {
  if (!isObject(input)) fail(what, `expected { size, hardware? }, got ${String(input)}`);
  if (!Number.isInteger(input.size) || input.size <= 0) fail(what, `size must be a positive integer, got ${String(input.size)}`);
  const hardware = input.hardware;
  if (hardware !== undefined && (!isObject(hardware) || typeof hardware.read !== 'function' || typeof hardware.write !== 'function')) {
    fail(what, 'hardware must be an MmioHandler ({ read, write })');
  }
  return { size: input.size, hardware: hardware ?? new MmioMemory() };
}

/** Checks what `kernel.pci.addDevice` was given: `EINVAL` naming the bad field. */
export function checkPciSpec(spec: unknown): asserts spec is PciDeviceSpec {
  const what = 'pci addDevice()';
  if (!isObject(spec)) fail(what, `expected a PciDeviceSpec, got ${String(spec)}`);
  if (spec.name !== undefined && (typeof spec.name !== 'string' || spec.name === '')) fail(what, 'name must be a non-empty string');
  for (const field of ['vendor', 'device'] as const) {
    if (spec[field] === undefined) fail(what, `${field} is required`);
    checkCount(what, field, spec[field], 0xffff);
  }
  checkCount(what, 'revision', spec.revision, 0xff);
  checkCount(what, 'irqs', spec.irqs);
  if (spec.bars !== undefined && (!Array.isArray(spec.bars) || spec.bars.length > 6)) fail(what, 'bars must be an array of at most 6 BARs');
}

/** Checks what `kernel.platform.addDevice` was given: `EINVAL` naming the bad field. */
export function checkPlatformSpec(spec: unknown): asserts spec is PlatformDeviceSpec {
  const what = 'platform addDevice()';
  if (!isObject(spec)) fail(what, `expected a PlatformDeviceSpec, got ${String(spec)}`);
  if (typeof spec.name !== 'string' || spec.name === '') fail(what, 'name must be a non-empty string');
  if (typeof spec.compatible !== 'string') fail(what, 'compatible must be a string');
  checkCount(what, 'irqs', spec.irqs);
  if (spec.resources !== undefined && !Array.isArray(spec.resources)) fail(what, 'resources must be an array');
}
