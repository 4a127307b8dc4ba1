import { device, devres, drm, errors, pci, type Kernel } from '@bindsafe/kernel';

/** Registration data of the test DRM driver: a class with private state, a nested object, a Bar. */
export class Counter {
  #count = 0;
  readonly nested = { hits: 0, deeper: { label: 'deep' } };

  bump(): number {
    this.#count++;
    this.nested.hits++;
    return this.#count;
  }

  get count(): number {
    return this.#count;
  }
}

export interface TestRegData {
  readonly counter: Counter;
  readonly bar: pci.Bar;
  readonly pdev: pci.Device<device.Bound>;
}

export interface TestIoctls {
  readonly bump: { value: number };
  readonly readBar: { offset: number; value: number };
  readonly slowBump: { value: number; turns: number };
  readonly lateTouch: { value: number };
  readonly tooBig: { value: number };
}

export interface TestFile {
  readonly dev: drm.Device<TestDrmDriver>;
  opened: number;
}

export type TestDrmDriver = drm.Driver<{ readonly label: string }, TestRegData, TestFile, 'pci', TestIoctls>;

/** A DRM driver whose ioctls touch registration data (sync and async). */
export function testDrmDriver(kernel: Kernel): TestDrmDriver {
  return {
    info: { name: 'testdrm', desc: 'test DRM driver', major: 1, minor: 0, patchlevel: 0 },
    bus: 'pci',
    openFile: (dev) => ({ dev: dev.toNormal(), opened: 1 }),
    ioctls: {
      bump: (_dev, regData, arg) => {
        arg.value = regData.counter.bump();
        return 0;
      },
      readBar: (_dev, regData, arg) => {
        arg.value = regData.bar.read32(arg.offset);
        return 0;
      },
      slowBump: async (_dev, regData, arg) => {
        const counter = regData.counter;
        arg.value = counter.bump();
        await kernel.sleep(arg.turns);
        return 0;
      },
      // Wrong on purpose: touches the registration data after the section ended.
      lateTouch: async (_dev, regData, arg) => {
        await kernel.sleep(1);
        arg.value = regData.counter.count;
        return 0;
      },
      tooBig: () => 2 ** 32,
    },
  };
}

/** The driver data of the test PCI driver. */
export interface TestPciData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly registration: drm.Registration<TestDrmDriver>;
  readonly drm: drm.Device<TestDrmDriver>;
}

export const TEST_VENDOR = 0x1af4;
export const TEST_DEVICE = 0x1234;

export interface TestPciOptions {
  /** Fail the probe with this errno after creating everything. */
  readonly failWith?: errors.Errno;
  /** Do not keep the registration in the driver data (a leak). */
  readonly leakRegistration?: boolean;
  /**
   * Keep the registration out of the driver data, owned by devres instead: in a `Devres`, or
   * dropped by a disposable handed to `devres.register` (not a leak: dropped at unbind).
   */
  readonly registrationOwnedBy?: 'devres' | 'registered-disposable';
}

/** The test PCI driver, with the DRM driver it registers (for `kernel.drm.devicesOf`). */
export type TestPciDriver = pci.Driver<TestPciData> & { readonly drmDriver: TestDrmDriver };

/** A PCI driver that maps BAR0 and registers the test DRM driver with registration data. */
export function testPciDriver(kernel: Kernel, options: TestPciOptions = {}): TestPciDriver {
  const drmDriver = testDrmDriver(kernel);
  return {
    drmDriver,
    name: 'testpci',
    idTable: [{ vendor: TEST_VENDOR, device: TEST_DEVICE }],
    probe(pdev) {
      pdev.enableDeviceMem();
      const bar = pdev.iomapRegion(0, 'testpci');
      const udev = drm.UnregisteredDevice.new(drmDriver, pdev, { label: 'test' });
      const regData: TestRegData = { counter: new Counter(), bar: bar.access(pdev.asRef()), pdev };
      const registration = drm.Registration.new(pdev, udev, regData, 0);
      if (options.failWith !== undefined) throw new errors.KernelError(options.failWith, 'probe failed on purpose');
      if (options.registrationOwnedBy === 'devres') {
        // The Devres is dropped with the binding's devres list; the data keeps only handles.
        void new devres.Devres(pdev.asRef(), registration);
        return { bar, registration: undefined as unknown as drm.Registration<TestDrmDriver>, drm: registration.device() };
      }
      if (options.registrationOwnedBy === 'registered-disposable') {
        // (What a `DisposableStack` adopting it does; Node 20 has no `DisposableStack`.)
        devres.register(pdev.asRef(), { [Symbol.dispose]: () => void registration.drop() });
        return { bar, registration: undefined as unknown as drm.Registration<TestDrmDriver>, drm: registration.device() };
      }
      if (options.leakRegistration === true) {
        return { bar, registration: undefined as unknown as drm.Registration<TestDrmDriver>, drm: registration.device() };
      }
      return { bar, registration, drm: registration.device() };
    },
  };
}

/** A PCI device the test drivers match, with one 256-byte BAR. */
export function addTestDevice(kernel: Kernel): Promise<pci.Device> {
  return kernel.pci.addDevice({ vendor: TEST_VENDOR, device: TEST_DEVICE, bars: [{ size: 0x100 }] });
}
