import { describe, expect, it } from 'vitest';
import { drm, errors, Kernel, type auxiliary, type pci, type platform } from '@bindsafe/kernel';
import { rejection } from './support/settled.js';
import { addTestDevice, TEST_DEVICE, TEST_VENDOR, testPciDriver, type TestDrmDriver, type TestFile } from './support/test-drivers.js';

// Bad values given to the simulator's entry points are precise KernelErrors, never a TypeError.

describe('bad values at the API entry points', () => {
  it('fails an ioctl on an object that is not a drm.File with EINVAL, not a TypeError', async () => {
    const kernel = new Kernel();
    const pdev = await addTestDevice(kernel);
    const driver = testPciDriver(kernel);
    await kernel.pci.registerDriver(driver);
    const [dev] = kernel.drm.devicesOf(driver.drmDriver);
    if (dev === undefined) throw new Error('no drm device');
    const fake = { inner: () => ({ opened: 1 }) } as unknown as drm.File<TestFile>;
    const expected = new errors.KernelError('EINVAL', 'ioctl bump: the file is not a drm.File made by the model');
    expect(() => dev.ioctl('bump', { value: 0 }, fake)).toThrow(expected);
    expect(await rejection(kernel.drm.ioctl(dev, 'bump', { value: 0 }, fake))).toEqual(expected);
    expect(await rejection(kernel.drm.ioctl(dev, 'bump', { value: 0 }, undefined as unknown as drm.File<TestFile>))).toEqual(expected);
    // A real file still works.
    expect(dev.ioctl('bump', { value: 0 }, dev.openFile())).toBe(0);
    expect(kernel.isBound(pdev)).toBe(true);
  });

  it('fails kernel.drm.open and kernel.drm.ioctl on an object that is not a drm.Device with EINVAL', async () => {
    const kernel = new Kernel();
    const fake = {} as drm.Device<TestDrmDriver>;
    const expected = new errors.KernelError('EINVAL', 'not a drm.Device made by the model');
    expect(() => kernel.drm.open(fake)).toThrow(expected);
    expect(await rejection(kernel.drm.ioctl(fake, 'bump', { value: 0 }, {} as drm.File<TestFile>))).toEqual(expected);
  });

  it('fails drm.Registration.new with an object that is not an UnregisteredDevice with EINVAL', async () => {
    const kernel = new Kernel();
    const pdev = await addTestDevice(kernel);
    await kernel.pci.registerDriver({
      name: 'fakeudev',
      idTable: [{ vendor: TEST_VENDOR, device: TEST_DEVICE }],
      probe(pdev) {
        return drm.Registration.new(pdev, {} as drm.UnregisteredDevice<TestDrmDriver>, undefined as never, 0);
      },
    });
    const [failed] = kernel.events.filter((event) => event.kind === 'probe-failed');
    expect(failed?.error).toEqual(new errors.KernelError('EINVAL', 'drm.Registration.new(): not a drm.UnregisteredDevice made by the model'));
    expect(kernel.isBound(pdev)).toBe(false);
  });

  it("fails a probe whose result has a `then` that cannot be read with EINVAL, and cleans up", async () => {
    const kernel = new Kernel();
    const pdev = await addTestDevice(kernel);
    const driver: pci.Driver<object> = {
      name: 'badthen',
      idTable: [{ vendor: TEST_VENDOR, device: TEST_DEVICE }],
      probe(pdev) {
        pdev.iomapRegion(0, 'badthen');
        return {
          get then(): never {
            throw new TypeError('then exploded');
          },
        };
      },
    };
    await kernel.pci.registerDriver(driver);
    const expected = new errors.KernelError('EINVAL', "probe of badthen returned an object whose 'then' cannot be read (TypeError: then exploded)");
    expect(kernel.events.find((event) => event.kind === 'probe-failed')?.error).toEqual(expected);
    const error = await rejection(kernel.bind(pdev));
    expect(error).toBeInstanceOf(errors.KernelError);
    expect(error).toEqual(expected);
    // Everything the probe made was released: BAR 0 can be mapped again by another driver.
    expect(kernel.isBound(pdev)).toBe(false);
    await kernel.pci.unregisterDriver(driver);
    await kernel.pci.registerDriver({ name: 'good', idTable: driver.idTable, probe: (pdev) => ({ bar: pdev.iomapRegion(0, 'good') }) });
    expect(kernel.boundDriver(pdev)).toBe('good');
  });

  it('matches the id table a driver had when it was registered, not what it was changed to later', async () => {
    const kernel = new Kernel();
    const idTable: unknown[] = [{ vendor: TEST_VENDOR, device: TEST_DEVICE }];
    await kernel.pci.registerDriver({ name: 'mutated', idTable: idTable as pci.IdEntry[], probe: () => ({}) });
    idTable.unshift(null);
    const pdev = await addTestDevice(kernel);
    expect(kernel.boundDriver(pdev)).toBe('mutated');
  });

  it('refuses a bad device spec with EINVAL naming the field', async () => {
    const kernel = new Kernel();
    const cases: [Promise<unknown>, string][] = [
      [kernel.pci.addDevice(undefined as unknown as Parameters<typeof kernel.pci.addDevice>[0]), 'pci addDevice(): expected a PciDeviceSpec, got undefined'],
      [kernel.pci.addDevice({ vendor: 'x', device: 1 } as unknown as Parameters<typeof kernel.pci.addDevice>[0]), 'pci addDevice(): vendor must be an integer from 0 to 65535, got x'],
      [kernel.pci.addDevice({ vendor: 1 } as Parameters<typeof kernel.pci.addDevice>[0]), 'pci addDevice(): device is required'],
      [kernel.pci.addDevice({ vendor: 1, device: 2, bars: [{ size: 0 }] }), 'pci addDevice(): BAR 0: size must be a positive integer, got 0'],
      [kernel.pci.addDevice({ vendor: 1, device: 2, irqs: -1 }), 'pci addDevice(): irqs must be a non-negative integer, got -1'],
      [kernel.platform.addDevice({} as Parameters<typeof kernel.platform.addDevice>[0]), 'platform addDevice(): name must be a non-empty string'],
      [kernel.platform.addDevice({ name: 'a', compatible: 'b', resources: [null as unknown as { size: number }] }), 'platform addDevice(): resource 0: expected { size, hardware? }, got null'],
    ];
    for (const [added, message] of cases) expect(await rejection(added)).toEqual(new errors.KernelError('EINVAL', message));
    expect(kernel.pci.devices()).toEqual([]);
    expect(kernel.platform.devices()).toEqual([]);
  });

  it('refuses a second driver with the same name on one bus with EEXIST, but not on another bus', async () => {
    const kernel = new Kernel();
    const first: pci.Driver<object> = { name: 'dup', idTable: [{ vendor: 1, device: 2 }], probe: () => ({}) };
    const second: pci.Driver<object> = { name: 'dup', idTable: [{ vendor: 3, device: 4 }], probe: () => ({}) };
    await kernel.pci.registerDriver(first);
    expect(await rejection(kernel.pci.registerDriver(second))).toEqual(new errors.KernelError('EEXIST', 'a driver named dup is already registered on pci'));
    expect(await rejection(kernel.pci.registerDriver(first))).toEqual(new errors.KernelError('EEXIST', 'driver dup is already registered on pci'));
    await kernel.platform.registerDriver({ name: 'dup', idTable: [{ compatible: 'x,y' }], probe: () => ({}) });
    // Once the first is gone, the name is free again.
    await kernel.pci.unregisterDriver(first);
    await kernel.pci.registerDriver(second);
    expect(await rejection(kernel.pci.unregisterDriver(first))).toEqual(new errors.KernelError('ENOENT', 'driver dup is not registered on pci'));
  });

  it('refuses a driver of another bus, or something that is not a driver, with EINVAL', async () => {
    const kernel = new Kernel();
    const platformDriver: platform.Driver<object> = { name: 'plat', idTable: [{ compatible: 'vendor,chip' }], probe: () => ({}) };
    const pciDriver: pci.Driver<object> = { name: 'pcidrv', idTable: [{ vendor: 1, device: 2 }], probe: () => ({}) };
    const asPci = platformDriver as unknown as pci.Driver<object>;
    expect(await rejection(kernel.pci.registerDriver(asPci))).toEqual(
      new errors.KernelError('EINVAL', 'pci driver plat: id table entry 0 is not a pci id entry ({ vendor, device })'),
    );
    expect(await rejection(kernel.platform.registerDriver(pciDriver as unknown as platform.Driver<object>))).toEqual(
      new errors.KernelError('EINVAL', 'platform driver pcidrv: id table entry 0 is not a platform id entry ({ compatible })'),
    );
    expect(await rejection(kernel.auxiliary.registerDriver(pciDriver as unknown as auxiliary.Driver<object>))).toEqual(
      new errors.KernelError('EINVAL', 'auxiliary driver pcidrv: id table entry 0 is not an auxiliary id entry ({ modname, name })'),
    );
    const notADriver = [undefined, {}, { name: 'x', idTable: {}, probe: () => ({}) }, { name: 'x', idTable: [], probe: 1 }, { name: 'x', idTable: [], probe: () => ({}), unbind: 'no' }];
    for (const bad of notADriver) {
      const error = await rejection(kernel.pci.registerDriver(bad as unknown as pci.Driver<object>));
      expect(error).toBeInstanceOf(errors.KernelError);
      expect((error as errors.KernelError).code).toBe('EINVAL');
    }
    // Nothing was registered on the way: the platform driver still registers where it belongs.
    await kernel.platform.registerDriver(platformDriver);
    await kernel.pci.registerDriver(pciDriver);
    expect(kernel.events.filter((event) => event.kind === 'driver-registered').map((event) => event.message)).toEqual(['plat', 'pcidrv']);
  });
});
