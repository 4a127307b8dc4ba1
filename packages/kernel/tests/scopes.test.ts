import { describe, expect, it } from 'vitest';
import { devres, drm, errors, Kernel, type device, type pci } from '@bindsafe/kernel';
import { here } from './support/settled.js';
import { TEST_DEVICE, TEST_VENDOR, testPciDriver, type TestDrmDriver, type TestRegData } from './support/test-drivers.js';

async function registered(kernel = new Kernel()) {
  const pdev = await kernel.pci.addDevice({ vendor: TEST_VENDOR, device: TEST_DEVICE, bars: [{ size: 0x100 }] });
  const driver = testPciDriver(kernel);
  await kernel.pci.registerDriver(driver);
  const [dev] = kernel.drm.devicesOf(driver.drmDriver);
  if (dev === undefined) throw new Error('no drm device');
  return { kernel, pdev, dev };
}

function line(site: string | undefined): string {
  const match = /([^/]+):(\d+):\d+$/.exec(site ?? '');
  return match ? `${match[1] ?? ''}:${match[2] ?? ''}` : String(site);
}

describe('use after release', () => {
  it('makes every member of a released guard throw GuardReleased', async () => {
    const { dev } = await registered();
    const [guard, site] = [dev.unbindGuard(), here()];
    if (guard === undefined) throw new Error('unplugged');
    const parent = guard.parent;
    guard.release();
    expect(() => guard.parent).toThrow("UnbindGuard.parent used after the critical section of drm device 'testdrm' (card0) ended");
    expect(() => guard.registrationDataWith(() => 1)).toThrow(errors.GuardReleased);
    expect(() => guard.release()).toThrow(
      "UnbindGuard.release(): the critical section of drm device 'testdrm' (card0) was already released",
    );
    expect(() => guard[Symbol.dispose]()).toThrow(errors.GuardReleased);
    // The parent it handed out died with the section, whatever member is touched.
    let caught: unknown;
    try {
      void parent.vendorId;
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(errors.GuardReleased);
    expect((caught as errors.GuardReleased).rule).toBe('no-leaked-unbind-guard');
    expect(line((caught as errors.GuardReleased).site)).toBe(site);
    expect(() => parent.asRef()).toThrow(errors.GuardReleased);
    expect(() => parent.iomapRegion(0, 'late')).toThrow(errors.GuardReleased);
  });

  it('ends registration data and parent handed to a callback when it returns, even with the guard still held', async () => {
    const { dev } = await registered();
    using guard = dev.unbindGuard();
    if (guard === undefined) throw new Error('unplugged');
    let kept: TestRegData | undefined;
    let keptParent: pci.Device<device.Bound> | undefined;
    const count = guard.registrationDataWith((parent, data) => {
      kept = data;
      keptParent = parent;
      return data.counter.bump();
    });
    expect(count).toBe(1);
    expect(guard.parent.vendorId).toBe(TEST_VENDOR);
    expect(() => kept?.counter).toThrow(
      "the registration data of drm device 'testdrm' (card0) (.counter) used after the registrationDataWith callback of drm device 'testdrm' (card0) ended",
    );
    expect(() => keptParent?.name).toThrow(errors.GuardReleased);
  });

  it('ends what withUnbindGuard handed out when the callback returns', async () => {
    const { dev } = await registered();
    let kept: pci.Device<device.Bound> | undefined;
    expect(dev.withUnbindGuard((parent) => ((kept = parent), parent.deviceId))).toBe(TEST_DEVICE);
    expect(() => kept?.iomapRegion(0, 'again')).toThrow(
      "pci.Device.iomapRegion() used after the withUnbindGuard callback of drm device 'testdrm' (card0) ended",
    );
  });

  it('releases a guard held with `using` at the end of the block', async () => {
    const { dev } = await registered();
    let escaped: drm.UnbindGuard<TestDrmDriver> | undefined;
    {
      using guard = dev.unbindGuard();
      escaped = guard;
    }
    expect(() => escaped?.parent).toThrow(errors.GuardReleased);
  });

  it('makes a RevocableGuard unusable after release', async () => {
    const kernel = new Kernel();
    let guardValue: (() => number) | undefined;
    await kernel.pci.addDevice({ vendor: 1, device: 1, bars: [{ size: 16 }] });
    await kernel.pci.registerDriver({
      name: 'rg',
      idTable: [{ vendor: 1, device: 1 }],
      probe(pdev) {
        const bar = pdev.iomapRegion(0, 'rg');
        const guard = bar.tryAccess();
        guard?.value.write32(7, 0);
        guard?.release();
        guardValue = () => guard?.value.read32(0) ?? -1;
        return { bar };
      },
    });
    expect(guardValue).toThrow(/^RevocableGuard\.value used after the RevocableGuard of Devres<Bar>#\d+ of pci 0000:00:01\.0 ended/);
  });
});

describe('use after move', () => {
  it('makes the UnregisteredDevice unusable once moved into Registration.new, naming the move', async () => {
    const kernel = new Kernel();
    let moved: drm.UnregisteredDevice<TestDrmDriver> | undefined;
    let moveLine = '';
    const base = testPciDriver(kernel);
    await kernel.pci.addDevice({ vendor: TEST_VENDOR, device: TEST_DEVICE, bars: [{ size: 0x100 }] });
    await kernel.pci.registerDriver({
      ...base,
      probe(pdev) {
        const udev = drm.UnregisteredDevice.new(base.drmDriver, pdev, { label: 'before' });
        udev.data = { label: 'set up' };
        const bar = pdev.iomapRegion(0, 'moved');
        const regData = { counter: new (class {})() as TestRegData['counter'], bar: bar.access(pdev.asRef()), pdev };
        const [registration, site] = [drm.Registration.new(pdev, udev, regData, 0), here()];
        moved = udev;
        moveLine = site;
        expect(registration.device().data).toEqual({ label: 'set up' });
        return { bar, registration, drm: registration.device() };
      },
    });
    let caught: unknown;
    try {
      void moved?.data;
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(errors.UseAfterMove);
    const error = caught as errors.UseAfterMove;
    expect(error.rule).toBe('no-unregistered-device-use');
    expect(line(error.site)).toBe(moveLine);
    expect(error.message).toBe(
      `UnregisteredDevice.data: the UnregisteredDevice of drm device 'testdrm' (card0) used after it was moved into drm.Registration.new (moved at ${error.site ?? ''})`,
    );
    expect(() => moved?.name).toThrow(errors.UseAfterMove);
    expect(() => moved?.assumeCtx()).toThrow(errors.UseAfterMove);
  });

  it('refuses to register an UnregisteredDevice twice', async () => {
    const kernel = new Kernel();
    const base = testPciDriver(kernel);
    await kernel.pci.addDevice({ vendor: TEST_VENDOR, device: TEST_DEVICE, bars: [{ size: 0x100 }] });
    await kernel.pci.registerDriver({
      ...base,
      probe(pdev) {
        const udev = drm.UnregisteredDevice.new(base.drmDriver, pdev, { label: 'x' });
        const bar = pdev.iomapRegion(0, 'twice');
        const regData = { counter: {} as TestRegData['counter'], bar: bar.access(pdev.asRef()), pdev };
        const registration = drm.Registration.new(pdev, udev, regData, 0);
        expect(() => drm.Registration.new(pdev, udev, regData, 0)).toThrow(errors.UseAfterMove);
        return { bar, registration, drm: registration.device() };
      },
    });
    expect(kernel.drm.devices()).toHaveLength(1);
  });
});

describe('stored device references', () => {
  it('makes a stored Device<Core> throw ContextExpired for Core-only calls after its callback', async () => {
    const kernel = new Kernel();
    let stored: pci.Device<device.Core> | undefined;
    const pdev = await kernel.pci.addDevice({ vendor: 3, device: 3, bars: [{ size: 16 }] });
    await kernel.pci.registerDriver({
      name: 'stash',
      idTable: [{ vendor: 3, device: 3 }],
      probe(dev) {
        stored = dev;
        dev.enableDeviceMem();
        expect(dev.memoryEnabled).toBe(true);
      },
    });
    let caught: unknown;
    try {
      stored?.setMaster();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(errors.ContextExpired);
    expect((caught as errors.ContextExpired).message).toBe(
      'pci.Device.setMaster() needs Device<Core>, but the probe of stash on pci 0000:00:01.0 has returned',
    );
    // Still bound: as a Device<Bound> it keeps working for the binding.
    expect(stored?.iomapRegion(0, 'later').revoked).toBe(false);
    await kernel.unbind(pdev);
    expect(() => stored?.iomapRegion(0, 'too late')).toThrow(errors.NotBound);
  });

  it('makes a stored Device<Bound> throw NotBound after unbind, even across a rebind', async () => {
    const kernel = new Kernel();
    let stored: device.Device<device.Bound> | undefined;
    const pdev = await kernel.pci.addDevice({ vendor: 4, device: 4 });
    await kernel.pci.registerDriver({
      name: 'keep',
      idTable: [{ vendor: 4, device: 4 }],
      probe(dev) {
        stored ??= dev.asRef();
      },
    });
    await kernel.rebind(pdev);
    let caught: unknown;
    try {
      new devres.Devres(stored as device.Device<device.Bound>, 1);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(errors.NotBound);
    expect((caught as errors.NotBound).code).toBe('ENODEV');
    expect((caught as errors.NotBound).rule).toBe('no-stored-bound-device');
    expect((caught as errors.NotBound).message).toBe('new Devres() needs a bound device, but the binding of keep to pci 0000:00:01.0 has ended');
    // Normal handles keep working for what they are.
    expect(stored?.toNormal().name).toBe('0000:00:01.0');
  });

  it('treats a Device<Normal> as proving nothing, and unsafeAsBound as a view of the current binding', async () => {
    const kernel = new Kernel();
    const pdev = await kernel.pci.addDevice({ vendor: 4, device: 4 });
    expect(() => pdev.asRef().unsafeAsBound()).toThrow('Device.unsafeAsBound(): pci 0000:00:01.0 is not bound to a driver');
    expect(() => (pdev as unknown as pci.Device<device.Bound>).iomapRegion(0, 'x')).toThrow(
      'pci.Device.iomapRegion() needs a bound device, but a Device<Normal> of pci 0000:00:01.0 proves nothing about binding',
    );
    await kernel.pci.registerDriver({ name: 'n', idTable: [{ vendor: 4, device: 4 }], probe: () => undefined });
    // SAFETY: the device was just bound above and nothing unbinds it before the view is used.
    const bound = pdev.asRef().unsafeAsBound();
    expect(new devres.Devres(bound, 'value').access(bound)).toBe('value');
    await kernel.unbind(pdev);
    expect(() => new devres.Devres(bound, 'value')).toThrow(errors.NotBound);
  });
});
