import { describe, expect, it } from 'vitest';
import { drm, errors, Kernel, type pci } from '@bindsafe/kernel';
import { Counter, TEST_DEVICE, TEST_VENDOR, testPciDriver, type TestDrmDriver, type TestPciData } from './support/test-drivers.js';

async function withDriver(driver: pci.Driver<TestPciData>, kernel: Kernel, devices = 1) {
  const handles: pci.Device[] = [];
  for (let i = 0; i < devices; i++) handles.push(await kernel.pci.addDevice({ vendor: TEST_VENDOR, device: TEST_DEVICE, bars: [{ size: 0x100 }] }));
  await kernel.pci.registerDriver(driver);
  return handles;
}

describe('drm.Registration', () => {
  it('refuses an UnregisteredDevice created under another parent with EINVAL', async () => {
    const kernel = new Kernel();
    const base = testPciDriver(kernel);
    const created: drm.UnregisteredDevice<TestDrmDriver>[] = [];
    const failures: unknown[] = [];
    await withDriver(
      {
        ...base,
        probe(pdev) {
          const udev = drm.UnregisteredDevice.new(base.drmDriver, pdev, { label: pdev.name });
          const bar = pdev.iomapRegion(0, 'x');
          const regData = { counter: new Counter(), bar: bar.access(pdev.asRef()), pdev };
          // The first probe keeps a spare unregistered device; the second tries to register it.
          const spare = created.shift();
          if (spare === undefined) created.push(drm.UnregisteredDevice.new(base.drmDriver, pdev, { label: 'spare' }));
          else {
            try {
              drm.Registration.new(pdev, spare, regData, 0);
            } catch (error) {
              failures.push(error);
            }
            expect(spare.data).toEqual({ label: 'spare' });
          }
          const registration = drm.Registration.new(pdev, udev, regData, 0);
          return { bar, registration, drm: registration.device() };
        },
      },
      kernel,
      2,
    );
    expect(failures).toEqual([
      new errors.KernelError(
        'EINVAL',
        "drm.Registration.new(): drm device 'testdrm' was created for another parent (pci 0000:00:01.0), not this binding of pci 0000:00:02.0",
      ),
    ]);
    expect(kernel.drm.devices()).toHaveLength(2);
  });

  it('reports a registration nothing owns as RegistrationLeaked at unbind, then drops it', async () => {
    const kernel = new Kernel();
    const [pdev] = await withDriver(testPciDriver(kernel, { leakRegistration: true }), kernel);
    if (pdev === undefined) throw new Error('no device');
    const error: unknown = await kernel.unbind(pdev).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errors.RegistrationLeaked);
    const leak = error as errors.RegistrationLeaked;
    expect(leak.rule).toBe('no-leaked-registration');
    expect(leak.code).toBe('EBUSY');
    expect(leak.site).toMatch(/tests\/support\/test-drivers\.ts:\d+:\d+$/);
    expect(leak.message).toBe(
      `drm.Registration of drm device 'testdrm' (card0) outlived the binding of its parent pci 0000:00:01.0 (created at ${leak.site ?? ''})`,
    );
    expect(kernel.violations()).toEqual([leak]);
    expect(kernel.drm.devices()).toEqual([]);
    expect(kernel.isBound(pdev)).toBe(false);
    const kinds = kernel.events.map((event) => event.kind);
    // Reported only once everything that could own it is gone: the data, then devres.
    expect(kinds.indexOf('data-dropped')).toBeLessThan(kinds.indexOf('devres-released'));
    expect(kinds.indexOf('devres-released')).toBeLessThan(kinds.indexOf('drm-unplugged'));
    expect(kinds.indexOf('drm-unplugged')).toBeLessThan(kinds.indexOf('unbound'));
  });

  for (const owner of ['devres', 'registered-disposable'] as const) {
    it(`drops a registration devres owns (${owner}) at devres release, and reports no leak`, async () => {
      const kernel = new Kernel();
      const [pdev] = await withDriver(testPciDriver(kernel, { registrationOwnedBy: owner }), kernel);
      if (pdev === undefined) throw new Error('no device');
      expect(kernel.drm.devices()).toHaveLength(1);
      await kernel.unbind(pdev);
      expect(kernel.violations()).toEqual([]);
      expect(kernel.drm.devices()).toEqual([]);
      const kinds = kernel.events.map((event) => event.kind);
      expect(kinds.indexOf('data-dropped')).toBeLessThan(kinds.indexOf('drm-unplugged'));
      expect(kinds.indexOf('drm-unplugged')).toBeLessThan(kinds.indexOf('unbound'));
    });
  }

  it('drops the registration data after the unplug, disposing it, and drops only once', async () => {
    const kernel = new Kernel();
    const base = testPciDriver(kernel);
    const seen: string[] = [];
    let registrationOut: drm.Registration<TestDrmDriver> | undefined;
    const [pdev] = await withDriver(
      {
        ...base,
        probe(pdev) {
          const udev = drm.UnregisteredDevice.new(base.drmDriver, pdev, { label: 'x' });
          const bar = pdev.iomapRegion(0, 'x');
          const regData = {
            counter: new Counter(),
            bar: bar.access(pdev.asRef()),
            pdev,
            [Symbol.dispose]: () => void seen.push('registration data disposed'),
          };
          const registration = drm.Registration.new(pdev, udev, regData, 0);
          registrationOut = registration;
          return { bar, registration, drm: registration.device() };
        },
      },
      kernel,
    );
    const registration = registrationOut;
    if (registration === undefined || pdev === undefined) throw new Error('no registration');
    const dev = registration.device();
    expect(registration.dropped).toBe(false);
    await registration.drop();
    expect(seen).toEqual(['registration data disposed']);
    expect(registration.dropped).toBe(true);
    expect(dev.unbindGuard()).toBeUndefined();
    expect(() => dev.openFile()).toThrow(new errors.KernelError('ENODEV', "drm.Device.openFile(): drm device 'testdrm' (card0) has been unplugged"));
    await registration[Symbol.asyncDispose]();
    await kernel.unbind(pdev);
    expect(seen).toEqual(['registration data disposed']);
    expect(kernel.violations()).toEqual([]);
  });

  it('frees the minor for the next registration', async () => {
    const kernel = new Kernel();
    const [first, second] = await withDriver(testPciDriver(kernel), kernel, 2);
    if (first === undefined || second === undefined) throw new Error('no devices');
    expect(kernel.formatLog(['drm-registered'])).toContain("drm device 'testdrm' (card1)");
    await kernel.unbind(first);
    await kernel.bind(first);
    expect(kernel.formatLog(['drm-registered']).split('\n').at(-1)).toContain("drm device 'testdrm' (card0)");
  });
});

describe('ioctl dispatch', () => {
  async function device(kernel = new Kernel()) {
    const driver = testPciDriver(kernel);
    await withDriver(driver, kernel, 2);
    const [dev, other] = kernel.drm.devicesOf(driver.drmDriver);
    if (dev === undefined || other === undefined) throw new Error('no drm devices');
    return { kernel, dev, other };
  }

  it('runs handlers with the registration data and reports results in the log', async () => {
    const { kernel, dev } = await device();
    const file = dev.openFile();
    const arg = { offset: 4, value: 0 };
    expect(dev.withUnbindGuard((parent) => parent.vendorId)).toBe(TEST_VENDOR);
    expect(dev.ioctl('readBar', arg, file)).toBe(0);
    expect(kernel.formatLog(['ioctl'])).toBe("[t=0] drm device 'testdrm' (card0)   ioctl: readBar -> 0");
  });

  it('fails with EINVAL for an unknown ioctl or a file of another device, ERANGE for a result that is not a u32', async () => {
    const { kernel, dev, other } = await device();
    const file = dev.openFile();
    const otherFile = other.openFile();
    const untyped = dev as unknown as { ioctl(name: string, arg: unknown, file: unknown): number };
    expect(() => untyped.ioctl('missing', {}, file)).toThrow(new errors.KernelError('EINVAL', "ioctl missing: drm device 'testdrm' (card0) has no such ioctl"));
    expect(() => untyped.ioctl('toString', {}, file)).toThrow(errors.KernelError);
    expect(() => dev.ioctl('bump', { value: 0 }, otherFile)).toThrow(
      new errors.KernelError('EINVAL', 'ioctl bump: the file belongs to another drm device'),
    );
    expect(() => dev.ioctl('tooBig', { value: 0 }, file)).toThrow(new errors.KernelError('ERANGE', 'ioctl tooBig returned 4294967296, which is not a u32'));
    expect(kernel.events.at(-1)?.kind).toBe('ioctl-failed');
  });

  it('refuses registered-only operations on a device that was never registered (reached through assumeCtx)', async () => {
    const kernel = new Kernel();
    const base = testPciDriver(kernel);
    const outcomes: string[] = [];
    await withDriver(
      {
        ...base,
        probe(pdev) {
          const udev = drm.UnregisteredDevice.new(base.drmDriver, pdev, { label: 'x' });
          // SAFETY: deliberately wrong, to check that the model reports it.
          const wrong = udev.assumeCtx<drm.Registered>();
          for (const attempt of [() => wrong.unbindGuard(), () => wrong.withUnbindGuard(() => 0), () => wrong.openFile()]) {
            try {
              attempt();
            } catch (error) {
              outcomes.push((error as errors.KernelError).code);
            }
          }
          outcomes.push(udev.assumeCtx().name);
          throw new errors.KernelError('ENODEV', 'stop here');
        },
      },
      kernel,
    );
    expect(outcomes).toEqual(['ENODEV', 'ENODEV', 'ENODEV', 'testdrm']);
  });
});
