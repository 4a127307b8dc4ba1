import { describe, expect, it } from 'vitest';
import { errors, Kernel, type devres, type drm, type pci } from '@bindsafe/kernel';
import { here, watch } from './support/settled.js';
import { TEST_DEVICE, TEST_VENDOR, testPciDriver, type TestDrmDriver } from './support/test-drivers.js';

async function setUp(kernel: Kernel): Promise<{ pdev: pci.Device; dev: drm.Device<TestDrmDriver> }> {
  const pdev = await kernel.pci.addDevice({ vendor: TEST_VENDOR, device: TEST_DEVICE, bars: [{ size: 0x100 }] });
  const driver = testPciDriver(kernel);
  await kernel.pci.registerDriver(driver);
  const [dev] = kernel.drm.devicesOf(driver.drmDriver);
  if (dev === undefined) throw new Error('the test driver did not register its drm device');
  return { pdev, dev };
}

function siteLine(site: string | undefined): string {
  const match = /([^/]+):(\d+):\d+$/.exec(site ?? '');
  return match ? `${match[1] ?? ''}:${match[2] ?? ''}` : `(no site: ${String(site)})`;
}

describe('the unplug barrier', () => {
  it('waits for every open guard and completes once they are released', async () => {
    const kernel = new Kernel();
    const { pdev, dev } = await setUp(kernel);
    const file = dev.openFile();
    const first = dev.unbindGuard();
    const second = dev.unbindGuard();
    if (first === undefined || second === undefined) throw new Error('device unplugged too early');

    const unbind = watch(kernel.unbind(pdev));
    await kernel.sleep(5);
    expect(unbind.settled).toBe(false);
    // Unplugging: no new sections, ioctls fail, but the open guards still see a bound parent.
    expect(dev.unbindGuard()).toBeUndefined();
    expect(dev.withUnbindGuard(() => 1)).toBeUndefined();
    expect(() => dev.ioctl('bump', { value: 0 }, file)).toThrow(new errors.KernelError('ENODEV', "ioctl bump: drm device 'testdrm' (card0) has been unplugged"));
    expect(first.parent.vendorId).toBe(TEST_VENDOR);
    expect(second.registrationDataWith((parent, data) => `${parent.name} ${data.counter.count}`)).toBe('0000:00:01.0 0');
    expect(kernel.isBound(pdev)).toBe(true);

    first.release();
    await kernel.sleep(5);
    expect(unbind.settled).toBe(false);
    expect(kernel.events.some((event) => event.kind === 'drm-unplugged')).toBe(false);

    second.release();
    await unbind.promise;
    expect(kernel.isBound(pdev)).toBe(false);
    const kinds = kernel.events.map((event) => event.kind);
    expect(kinds.indexOf('drm-unplug')).toBeLessThan(kinds.indexOf('drm-unplugged'));
    expect(kernel.violations()).toEqual([]);
  });

  it('in manual scheduling, completes on the first turn after the last section closed', async () => {
    const kernel = new Kernel({ scheduling: 'manual' });
    const { pdev, dev } = await setUp(kernel);
    const guard = dev.unbindGuard();
    const unbind = watch(kernel.unbind(pdev));
    for (let i = 0; i < 20; i++) await kernel.step();
    expect(unbind.settled).toBe(false);
    guard?.release();
    await Promise.resolve();
    expect(unbind.settled).toBe(false);
    await kernel.step();
    await unbind.promise;
    expect(kernel.isBound(pdev)).toBe(false);
  });

  it('keeps a section held with `using` open across await until it is disposed', async () => {
    const kernel = new Kernel();
    const { pdev, dev } = await setUp(kernel);
    const seen: string[] = [];
    const worker = async (): Promise<void> => {
      using guard = dev.unbindGuard();
      if (guard === undefined) return;
      await kernel.sleep(4);
      seen.push(`after await the parent is still bound: ${guard.parent.name}`);
      await kernel.sleep(4);
      seen.push(guard.registrationDataWith((_parent, data) => `count ${data.counter.count}`));
    };
    const work = worker();
    const unbind = watch(kernel.unbind(pdev));
    await work;
    seen.push(`unbind settled while working: ${String(unbind.settled)}`);
    await unbind.promise;
    expect(seen).toEqual(['after await the parent is still bound: 0000:00:01.0', 'count 0', 'unbind settled while working: false']);
  });

  it('reports a guard that is never released as GuardLeaked with its acquisition site, instead of hanging', async () => {
    const kernel = new Kernel({ graceTurns: 10 });
    const { pdev, dev } = await setUp(kernel);
    const [leaked, site] = [dev.unbindGuard(), here()];
    const error: unknown = await kernel.unbind(pdev).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(errors.GuardLeaked);
    const leak = error as errors.GuardLeaked;
    expect(leak.rule).toBe('no-leaked-unbind-guard');
    expect(leak.code).toBe('ETIMEDOUT');
    expect(leak.turns).toBe(10);
    expect(siteLine(leak.site)).toBe(site);
    expect(leak.message).toBe(
      `the unplug of drm device 'testdrm' (card0) waited 10 scheduler turns for the critical section of drm device 'testdrm' (card0) that was never released (acquired at ${leak.site ?? ''})`,
    );
    // The simulator stays consistent: the teardown finished, the leaked section was force-closed.
    expect(kernel.isBound(pdev)).toBe(false);
    expect(kernel.drm.devices()).toEqual([]);
    expect(kernel.violations()).toEqual([leak]);
    expect(() => leaked?.parent).toThrow(errors.GuardReleased);
    await kernel.bind(pdev);
    expect(kernel.drm.devices()).toHaveLength(1);
  });

  it('leaves the section when an async ioctl handler returns: unplug does not wait for its continuation', async () => {
    const kernel = new Kernel();
    const { pdev, dev } = await setUp(kernel);
    const file = dev.openFile();
    const arg = { value: 0, turns: 50 };
    const ioctl = watch(Promise.resolve(dev.ioctl('slowBump', arg, file)));
    await kernel.unbind(pdev);
    expect(ioctl.settled).toBe(false);
    expect(arg.value).toBe(1);
    expect(await ioctl.promise).toBe(0);
  });

  it('throws GuardReleased when an async handler touches registration data after its first await', async () => {
    const kernel = new Kernel();
    const { dev } = await setUp(kernel);
    const file = dev.openFile();
    const [ioctl, site] = [dev.ioctl('lateTouch', { value: 0 }, file), here()];
    const error: unknown = await Promise.resolve(ioctl).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errors.GuardReleased);
    const released = error as errors.GuardReleased;
    expect(siteLine(released.site)).toBe(site);
    expect(released.message).toBe(
      `the registration data of drm device 'testdrm' (card0) (.counter) used after the ioctl lateTouch of drm device 'testdrm' (card0) ended (section entered at ${released.site ?? ''})`,
    );
    expect(kernel.events.at(-1)?.kind).toBe('ioctl-failed');
  });

  it('makes a devres revocation wait for an open RevocableGuard, and reports one never released', async () => {
    const kernel = new Kernel({ graceTurns: 5 });
    let bar: devres.Devres<pci.Bar> | undefined;
    const pdev = await kernel.pci.addDevice({ vendor: 1, device: 1, bars: [{ size: 16 }] });
    await kernel.pci.registerDriver({
      name: 'holder',
      idTable: [{ vendor: 1, device: 1 }],
      probe: (dev) => {
        bar = dev.iomapRegion(0, 'holder');
      },
    });
    const held = bar?.tryAccess();
    const unbind = watch(kernel.unbind(pdev));
    await kernel.sleep(3);
    expect(unbind.settled).toBe(false);
    expect(bar?.revoked).toBe(true);
    expect(held?.value.read32(0)).toBe(0);
    held?.release();
    await unbind.promise;

    await kernel.bind(pdev);
    const [leaked, site] = [bar?.tryAccess(), here()];
    const error: unknown = await kernel.unbind(pdev).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errors.GuardLeaked);
    expect(siteLine((error as errors.GuardLeaked).site)).toBe(site);
    expect((error as Error).message).toContain('the revocation of Devres<Bar>');
    expect(() => leaked?.value).toThrow(errors.GuardReleased);
  });
});
