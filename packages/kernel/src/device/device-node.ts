import type { MmioHandler } from '../sim/mmio.js';
import type { KernelContext } from '../sim/kernel-context.js';
import type { Binding } from './binding.js';
import type { DeviceView } from './view.js';

/**
 * The buses of the simulator.
 *
 * Invariants: one `Bus` per kind per kernel.
 */
export type BusKind = 'pci' | 'platform' | 'auxiliary';

/**
 * An MMIO region of a simulated device: a PCI BAR or a platform memory resource.
 *
 * Invariants: `size` is a positive integer; `hardware` serves offsets in `0..size`.
 */
export interface RegionSpec {
  readonly size: number;
  readonly hardware: MmioHandler;
}

/**
 * What the PCI bus knows about a device (config space, BARs, IRQ vectors).
 *
 * Invariants: fixed for the life of the node.
 */
export interface PciProps {
  readonly bus: 'pci';
  readonly vendor: number;
  readonly device: number;
  readonly revision: number;
  readonly bars: readonly (RegionSpec | undefined)[];
  readonly irqs: number;
}

/**
 * What the device tree says about a platform device.
 *
 * Invariants: fixed for the life of the node.
 */
export interface PlatformProps {
  readonly bus: 'platform';
  readonly compatible: string;
  readonly resources: readonly RegionSpec[];
  readonly irqs: number;
}

/**
 * An auxiliary device: who created it and under which name.
 *
 * Invariants: `parent` is the node whose binding created it (through `auxiliary.Registration`).
 */
export interface AuxiliaryProps {
  readonly bus: 'auxiliary';
  readonly modname: string;
  readonly devName: string;
  readonly id: number;
  readonly parent: DeviceNode;
}

/**
 * The bus-specific properties of a node.
 *
 * Invariants: `bus` says which bus the node is on.
 */
export type BusProps = PciProps | PlatformProps | AuxiliaryProps;

/**
 * An IRQ handler installed on a line of a device.
 *
 * Invariants: installed by a live binding of the device (freed at its devres release at the latest).
 */
export interface IrqAction {
  readonly name: string;
  readonly handler: () => void;
}

/**
 * Makes the bus-specific device object (`pci.Device`, …) for a view of a node.
 *
 * Invariants: returns an object of the node's own bus that checks the view on every use.
 */
export type BusViewFactory = (view: DeviceView) => object;

let nextNodeId = 1;

/**
 * The simulated `struct device` behind every device object the model hands out. Device objects
 * are views of a node (with a context and scopes); the node holds what the hardware and the
 * driver core know: identity, bus properties, the current binding, installed IRQ handlers.
 *
 * Invariants: `binding` is the binding in progress or in place (probing, bound or unbinding), or
 * `undefined`; a removed node never gets a binding again; `irqs` only holds handlers installed by
 * the current binding.
 */
export class DeviceNode {
  readonly id = nextNodeId++;
  readonly name: string;
  readonly props: BusProps;
  readonly kernel: KernelContext;
  readonly busView: BusViewFactory;
  readonly irqs = new Map<number, IrqAction>();
  binding: Binding | undefined = undefined;
  removed = false;

  constructor(kernel: KernelContext, name: string, props: BusProps, busView: BusViewFactory) {
    this.kernel = kernel;
    this.name = name;
    this.props = props;
    this.busView = busView;
  }

  /** `pci 0000:00:01.0`: how the log and messages name the device. */
  get label(): string {
    return `${this.props.bus} ${this.name}`;
  }
}
