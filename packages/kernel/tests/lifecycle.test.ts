import { describe, expect, it } from 'vitest';
import { device, devres, drm, errors, Kernel, pci, type LifecycleEventKind } from '@bindsafe/kernel';
import { TEST_DEVICE, TEST_VENDOR, testDrmDriver, testPciDriver, type TestDrmDriver } from './support/test-drivers.js';

const teardownKinds: LifecycleEventKind[] = ['unbind', 'drm-unplug', 'drm-unplugged', 'data-dropped', 'devres-released', 'unbound'];

async function setUp(kernel = new Kernel()) {
  const driver = testPciDriver(kernel);
  const pdev = await kernel.pci.addDevice({ vendor: TEST_VENDOR, device: TEST_DEVICE, bars: [{ size: 0x100 }] });
  await kernel.pci.registerDriver(driver);
  return { kernel, driver, pdev };
}

function onlyDrm(kernel: Kernel): drm.Device<TestDrmDriver> {
  const [dev, ...others] = kernel.drm.devices();
  if (dev === undefined || others.length > 0) throw new Error('expected exactly one drm device');
  // The tests register only the test DRM driver.
  return dev as drm.Device<TestDrmDriver>;
}

describe('the full lifecycle', () => {
  it('probes on driver registration, serves ioctls, unbinds in the kernel order and rebinds', async () => {
    const { kernel, pdev } = await setUp();
    expect(kernel.boundDriver(pdev)).toBe('testpci');
    const dev = onlyDrm(kernel);
    expect(dev.name).toBe('testdrm');
    expect(dev.data).toEqual({ label: 'test' });

    const file = dev.openFile();
    expect(file.inner().opened).toBe(1);
    const bump = { value: 0 };
    expect(await dev.ioctl('bump', bump, file)).toBe(0);
    expect(await kernel.drm.ioctl(dev, 'bump', bump, kernel.drm.open(dev))).toBe(0);
    expect(bump.value).toBe(2);
    await expect(kernel.drm.ioctl(dev, 'tooBig', { value: 0 }, file)).rejects.toThrow(errors.KernelError);

    const before = kernel.events.length;
    await kernel.unbind(pdev);
    expect(kernel.isBound(pdev)).toBe(false);
    expect(kernel.drm.devices()).toEqual([]);
    const order = kernel.events.slice(before).map((event) => event.kind);
    expect(order).toEqual(teardownKinds);

    // The old handle now reports the device unplugged.
    expect(dev.unbindGuard()).toBeUndefined();
    expect(() => dev.ioctl('bump', bump, file)).toThrow(new errors.KernelError('ENODEV', "ioctl bump: drm device 'testdrm' (card0) has been unplugged"));

    // Rebind: a fresh binding with fresh registration data.
    await kernel.bind(pdev);
    const again = onlyDrm(kernel);
    expect(again).not.toBe(dev);
    const file2 = again.openFile();
    const fresh = { value: 0 };
    await again.ioctl('bump', fresh, file2);
    expect(fresh.value).toBe(1);
    await kernel.rebind(pdev);
    expect(kernel.boundDriver(pdev)).toBe('testpci');
    await kernel.removeDevice(pdev);
    expect(kernel.pci.devices()).toEqual([]);
    expect(kernel.drm.devices()).toEqual([]);
    expect(pdev.name).toBe('0000:00:01.0');
    expect(kernel.violations()).toEqual([]);
  });

  it('drops the driver data before revoking devres, and each devres exactly once', async () => {
    const kernel = new Kernel();
    const seen: string[] = [];
    let devresOfData: devres.Devres<{ n: number }> | undefined;
    const driver: pci.Driver<Disposable & { readonly value: devres.Devres<{ n: number }> }> = {
      name: 'order',
      idTable: [{ vendor: 1, device: 2 }],
      probe(pdev) {
        const value = new devres.Devres(pdev.asRef(), { n: 1, [Symbol.dispose]: () => seen.push('value released') });
        devresOfData = value;
        devres.register(pdev.asRef(), { [Symbol.dispose]: () => seen.push('registered disposed') });
        return {
          value,
          [Symbol.dispose]() {
            seen.push(`data dropped, devres still readable: ${String(value.tryAccessWith((v) => v.n))}`);
          },
        };
      },
      unbind(pdev, data) {
        seen.push(`unbind reads ${data.value.access(pdev.asRef()).n}`);
      },
    };
    const pdev = await kernel.pci.addDevice({ vendor: 1, device: 2 });
    await kernel.pci.registerDriver(driver);
    await kernel.unbind(pdev);
    expect(seen).toEqual(['unbind reads 1', 'data dropped, devres still readable: 1', 'registered disposed', 'value released']);
    expect(devresOfData?.revoked).toBe(true);
    expect(devresOfData?.tryAccess()).toBeUndefined();
    await kernel.unbind(pdev);
    expect(seen).toHaveLength(4);
  });

  it('cleans up a failed probe: devres released, registration dropped, resources free for the next probe', async () => {
    const kernel = new Kernel();
    const failing = testPciDriver(kernel, { failWith: 'EIO' });
    const pdev = await kernel.pci.addDevice({ vendor: TEST_VENDOR, device: TEST_DEVICE, bars: [{ size: 0x100 }] });
    await kernel.pci.registerDriver(failing);
    expect(kernel.isBound(pdev)).toBe(false);
    const failure = kernel.events.find((event) => event.kind === 'probe-failed');
    expect(failure?.message).toBe('testpci: KernelError EIO: probe failed on purpose');
    expect(kernel.drm.devices()).toEqual([]);
    expect(kernel.events.filter((event) => event.kind === 'drm-unplugged')).toHaveLength(1);
    expect(kernel.events.filter((event) => event.kind === 'devres-released')).toHaveLength(1);
    expect(kernel.violations()).toEqual([]);

    await expect(kernel.bind(pdev)).rejects.toThrow(new errors.KernelError('EIO', 'probe failed on purpose'));
    await kernel.pci.unregisterDriver(failing);
    // BAR 0 and memory decoding were released: a working driver can map it again.
    await kernel.pci.registerDriver(testPciDriver(kernel));
    expect(kernel.boundDriver(pdev)).toBe('testpci');
    expect(kernel.drm.devices()).toHaveLength(1);
  });

  it('rejects an asynchronous probe and cleans it up', async () => {
    const kernel = new Kernel();
    const driver: pci.Driver<Promise<number>> = {
      name: 'async-probe',
      idTable: [{ vendor: 1, device: 1 }],
      probe: async () => 1,
    };
    const pdev = await kernel.pci.addDevice({ vendor: 1, device: 1 });
    kernel.pci.registerDriver(driver).catch(() => undefined);
    await kernel.settle();
    await expect(kernel.bind(pdev)).rejects.toThrow(new errors.KernelError('EINVAL', 'probe of async-probe returned a promise: probe must be synchronous'));
  });

  it('unregistering a driver unbinds its devices; removing a device unbinds it first', async () => {
    const { kernel, driver, pdev } = await setUp();
    const other = await kernel.pci.addDevice({ vendor: TEST_VENDOR, device: TEST_DEVICE, bars: [{ size: 0x100 }] });
    expect(kernel.boundDriver(other)).toBe('testpci');
    expect(kernel.drm.devices()).toHaveLength(2);
    await kernel.pci.unregisterDriver(driver);
    expect(kernel.isBound(pdev)).toBe(false);
    expect(kernel.isBound(other)).toBe(false);
    await expect(kernel.bind(pdev)).rejects.toThrow(new errors.KernelError('ENODEV', 'no pci driver matches pci 0000:00:01.0'));
    await kernel.pci.registerDriver(driver);
    await kernel.removeDevice(other);
    expect(kernel.pci.devices().map((dev) => dev.name)).toEqual(['0000:00:01.0']);
    await expect(kernel.bind(other)).rejects.toThrow(new errors.KernelError('ENODEV', 'probe: pci 0000:00:02.0 has been removed'));
  });

  it('refuses to bind a bound device and to register a driver twice', async () => {
    const { kernel, driver, pdev } = await setUp();
    await expect(kernel.bind(pdev)).rejects.toThrow(new errors.KernelError('EBUSY', 'probe: pci 0000:00:01.0 is already bound to testpci'));
    await expect(kernel.pci.registerDriver(driver)).rejects.toThrow(new errors.KernelError('EEXIST', 'driver testpci is already registered on pci'));
  });

  it('passes the id-table info to probe and lets drivers log through the device', async () => {
    const kernel = new Kernel();
    const infos: (string | undefined)[] = [];
    const driver: pci.Driver<void, string> = {
      name: 'info',
      idTable: [{ vendor: 5, device: 6, info: 'six' }, { vendor: 5, device: 7 }],
      probe(pdev: pci.Device<device.Core>, info) {
        infos.push(info);
        pdev.asRef().info(`vendor ${pdev.vendorId.toString(16)} device ${pdev.deviceId}`);
      },
    };
    await kernel.pci.registerDriver(driver);
    await kernel.pci.addDevice({ vendor: 5, device: 6 });
    await kernel.pci.addDevice({ vendor: 5, device: 7 });
    expect(infos).toEqual(['six', undefined]);
    expect(kernel.formatLog(['driver-message'])).toBe(
      ['[t=0] pci 0000:00:01.0               driver-message: vendor 5 device 6', '[t=0] pci 0000:00:02.0               driver-message: vendor 5 device 7'].join('\n'),
    );
  });

  it('lists drm devices by driver through kernel.drm.devicesOf', async () => {
    const { kernel, driver } = await setUp();
    const [dev] = kernel.drm.devicesOf(driver.drmDriver);
    expect(dev?.name).toBe('testdrm');
    expect(kernel.drm.devices()).toEqual([dev]);
    expect(kernel.drm.devicesOf(testDrmDriver(kernel))).toEqual([]);
  });
});
