import { auxiliary, devres, drm, errors, Kernel, type device, type LifecycleEvent, type pci } from '@bindsafe/kernel';
import { Counter } from './test-drivers.js';

/** What the property driver registers: a counter with private state, and the mapped BAR. */
export interface PropRegData {
  readonly counter: Counter;
  readonly bar: pci.Bar;
}

export interface PropIoctls {
  readonly bump: { value: number };
  readonly capture: { value: number };
  readonly slow: { turns: number };
  readonly guardedSlow: { turns: number };
}

export type PropDrm = drm.Driver<{ readonly gen: number }, PropRegData, null, 'pci', PropIoctls>;

interface HeldGuard {
  readonly guard: drm.UnbindGuard<PropDrm>;
  readonly parent: pci.Device<device.Bound>;
  readonly gen: number;
  released: boolean;
}

interface Generation {
  readonly gen: number;
  readonly registration: drm.Registration<PropDrm>;
  readonly child: auxiliary.Registration;
  label: string;
  /** Unbind started (devres may be part-way released). */
  unbinding: boolean;
  ended: boolean;
  readonly disposals: number[];
}

const VENDOR = 0x10de;
const DEVICE = 0x2204;

/**
 * The system under test of the property test: a kernel in manual scheduling with one PCI driver
 * (BAR, counted devres, IRQ, DRM registration with registration data, an auxiliary child), plus
 * the bookkeeping the invariants need. Invariant breaches seen inside kernel callbacks are
 * collected in `failures` (throwing there would disturb the kernel under test).
 */
export class Rig {
  readonly kernel: Kernel;
  readonly failures: string[] = [];
  readonly picks: number[] = [];
  readonly held: HeldGuard[] = [];
  readonly escaped: (() => unknown)[] = [];
  readonly lateTouches: (boolean | undefined)[] = [];
  readonly rejections: unknown[] = [];
  readonly pending = new Set<Promise<unknown>>();
  readonly generations = new Map<number, Generation>();
  readonly #genOfLabel = new Map<string, number>();
  readonly #genOfDevice = new Map<string, number>();
  readonly drmDriver: PropDrm;
  readonly pciDriver: pci.Driver<object>;
  pdev: pci.Device | undefined;
  current: drm.Device<PropDrm> | undefined;
  file: drm.File<null> | undefined;
  irqs = 0;
  #nextGen = 1;

  constructor(graceTurns: number) {
    this.kernel = new Kernel({
      scheduling: 'manual',
      graceTurns,
      pick: () => this.picks.shift() ?? 0,
      onEvent: (event) => this.#onEvent(event),
    });
    this.drmDriver = this.#makeDrmDriver();
    this.pciDriver = this.#makePciDriver();
  }

  get leaks(): number {
    return this.kernel.violations().filter((v) => v instanceof errors.GuardLeaked).length;
  }

  async start(): Promise<void> {
    await this.kernel.pci.registerDriver(this.pciDriver);
    this.pdev = await this.kernel.pci.addDevice({ vendor: VENDOR, device: DEVICE, bars: [{ size: 0x1000 }] });
  }

  /** Keeps an operation running in the background, recording how it ends. */
  track(operation: Promise<unknown>): void {
    const tracked = operation.catch((error: unknown) => void this.rejections.push(error));
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked));
  }

  #counted(disposals: number[]): Disposable {
    const index = disposals.push(0) - 1;
    return { [Symbol.dispose]: () => void (disposals[index] = (disposals[index] ?? 0) + 1) };
  }

  #makeDrmDriver(): PropDrm {
    return {
      info: { name: 'prop', desc: 'property test', major: 0, minor: 1, patchlevel: 0 },
      bus: 'pci',
      openFile: () => null,
      ioctls: {
        bump: (_dev, regData, arg) => {
          arg.value = regData.counter.bump();
          return 0;
        },
        capture: (_dev, regData) => {
          // Escapes on purpose: the rig checks that it is dead once the handler returned.
          this.escaped.push(() => regData.counter.count, () => regData.bar.read32(0));
          return 0;
        },
        slow: async (_dev, regData, arg) => {
          regData.counter.bump();
          const slot = this.lateTouches.push(undefined) - 1;
          await this.kernel.sleep(arg.turns);
          try {
            void regData.counter.count;
            this.lateTouches[slot] = false;
          } catch (error) {
            this.lateTouches[slot] = error instanceof errors.GuardReleased;
          }
          return 0;
        },
        guardedSlow: async (dev, _regData, arg) => {
          using guard = dev.unbindGuard();
          if (guard === undefined) return 1;
          await this.kernel.sleep(arg.turns);
          return guard.registrationDataWith((parent, data) => (parent.vendorId === VENDOR && data.counter.count >= 0 ? 0 : 1));
        },
      },
    };
  }

  #makePciDriver(): pci.Driver<object> {
    return {
      name: 'prop-pci',
      idTable: [{ vendor: VENDOR, device: DEVICE }],
      probe: (pdev) => {
        const gen = this.#nextGen++;
        const disposals: number[] = [];
        pdev.enableDeviceMem();
        const bar = pdev.iomapRegion(0, 'prop');
        const counted = [new devres.Devres(pdev.asRef(), this.#counted(disposals)), new devres.Devres(pdev.asRef(), this.#counted(disposals))];
        devres.register(pdev.asRef(), this.#counted(disposals));
        const irq = pdev.requestIrq(0, 'prop', () => void this.irqs++);
        const udev = drm.UnregisteredDevice.new(this.drmDriver, pdev, { gen });
        const registration = drm.Registration.new(pdev, udev, { counter: new Counter(), bar: bar.access(pdev.asRef()) }, 0);
        const label = this.kernel.events.at(-1)?.subject ?? '';
        const child = auxiliary.Registration.new(pdev.asRef(), 'prop-child', gen, 'prop');
        this.generations.set(gen, { gen, registration, child, label, unbinding: false, ended: false, disposals });
        this.#genOfLabel.set(label, gen);
        this.#genOfDevice.set(pdev.name, gen);
        this.current = registration.device();
        this.file = undefined;
        return { irq, registration, child, bar, counted };
      },
    };
  }

  #onEvent(event: LifecycleEvent): void {
    if (event.kind === 'drm-unplugged') {
      const gen = this.#genOfLabel.get(event.subject);
      for (const held of this.held) {
        if (held.gen === gen && !held.released && sectionOpen(held)) {
          this.failures.push(`unplug of gen ${gen} completed while a section was open`);
        }
      }
    }
    if (event.kind === 'unbind' && event.subject.startsWith('pci ')) {
      const gen = this.#genOfDevice.get(event.subject.slice(4));
      const generation = gen === undefined ? undefined : this.generations.get(gen);
      if (generation !== undefined) generation.unbinding = true;
    }
    if (event.kind === 'unbound' && event.subject.startsWith('pci ')) {
      const gen = this.#genOfDevice.get(event.subject.slice(4));
      const generation = gen === undefined ? undefined : this.generations.get(gen);
      if (generation === undefined) return;
      generation.ended = true;
      if (!generation.registration.dropped) this.failures.push(`gen ${generation.gen}: drm registration outlived its parent binding`);
      if (!generation.child.dropped) this.failures.push(`gen ${generation.gen}: auxiliary registration outlived its parent binding`);
      if (this.kernel.auxiliary.devices().some((dev) => dev.name === generation.child.name)) {
        this.failures.push(`gen ${generation.gen}: auxiliary child still present after its parent unbound`);
      }
      if (generation.disposals.some((count) => count !== 1)) {
        this.failures.push(`gen ${generation.gen}: devres released ${generation.disposals.join(',')} times at unbind`);
      }
    }
  }

  /** A held guard whose section is still open, if any. */
  openGuard(): drm.UnbindGuard<PropDrm> | undefined {
    return this.held.find((held) => !held.released && sectionOpen(held))?.guard;
  }

  /** The invariants, checked after every command. Throws on the first breach. */
  check(): void {
    if (this.failures.length > 0) throw new Error(this.failures.join('; '));
    for (const touch of this.escaped) {
      let error: unknown;
      try {
        touch();
      } catch (caught) {
        error = caught;
      }
      if (!(error instanceof errors.GuardReleased)) throw new Error(`a value escaped from a section is still usable (${String(error)})`);
    }
    for (const held of this.held) {
      if (!held.released && !sectionOpen(held) && this.leaks === 0) throw new Error('a held guard lost its section without a GuardLeaked report');
    }
    for (const generation of this.generations.values()) {
      const allowed = generation.ended ? [1] : generation.unbinding ? [0, 1] : [0];
      if (generation.disposals.some((count) => !allowed.includes(count))) {
        throw new Error(`gen ${generation.gen} (${generation.ended ? 'ended' : 'live'}): devres released ${generation.disposals.join(',')} times`);
      }
    }
    if (this.lateTouches.some((threw) => threw === false)) throw new Error('an async handler used registration data after its first await');
    for (const rejection of this.rejections) {
      const explained = rejection instanceof errors.GuardLeaked || (this.leaks > 0 && isGuardReleasedChain(rejection));
      if (!explained) throw new Error(`unexpected failure: ${String(rejection)}`);
    }
  }
}

function sectionOpen(held: HeldGuard): boolean {
  try {
    void held.parent.name;
    return true;
  } catch {
    return false;
  }
}

function isGuardReleasedChain(error: unknown): boolean {
  if (error instanceof errors.GuardReleased) return true;
  // `using` reports a failing disposal after a failing body as a SuppressedError (polyfilled on
  // Node 20, so recognised by shape).
  if (typeof error === 'object' && error !== null && 'error' in error && 'suppressed' in error) {
    return isGuardReleasedChain(error.error) && isGuardReleasedChain(error.suppressed);
  }
  return false;
}
