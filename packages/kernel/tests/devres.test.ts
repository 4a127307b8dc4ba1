import { describe, expect, it } from 'vitest';
import { devres, errors, Kernel, type device, type pci } from '@bindsafe/kernel';

interface Captured {
  bar?: devres.Devres<pci.Bar>;
  dev?: device.Device<device.Bound>;
}

async function twoBoundDevices() {
  const kernel = new Kernel();
  const captured = new Map<string, Captured>();
  const driver: pci.Driver<{ readonly bar: devres.Devres<pci.Bar> }> = {
    name: 'mapper',
    idTable: [{ vendor: 9, device: 9 }],
    probe(pdev) {
      const bar = pdev.iomapRegion(0, 'mapper');
      captured.set(pdev.name, { bar, dev: pdev.asRef() });
      return { bar };
    },
  };
  const a = await kernel.pci.addDevice({ vendor: 9, device: 9, bars: [{ size: 64 }] });
  const b = await kernel.pci.addDevice({ vendor: 9, device: 9, bars: [{ size: 64 }] });
  await kernel.pci.registerDriver(driver);
  const ca = captured.get(a.name);
  const cb = captured.get(b.name);
  if (!ca?.bar || !ca.dev || !cb?.bar || !cb.dev) throw new Error('probe did not run');
  return { kernel, a, b, barA: ca.bar, devA: ca.dev, barB: cb.bar, devB: cb.dev };
}

describe('Devres', () => {
  it('gives the value with proof of binding of its own device, EINVAL for another device', async () => {
    const { barA, devA, devB } = await twoBoundDevices();
    expect(barA.label).toMatch(/^Devres<Bar>#\d+ of pci 0000:00:01\.0$/);
    barA.access(devA).write32(0xdead_beef, 4);
    expect(barA.access(devA).read32(4)).toBe(0xdead_beef);
    expect(() => barA.access(devB)).toThrow(
      new errors.KernelError('EINVAL', `Devres.access(): ${barA.label} belongs to pci 0000:00:01.0, not pci 0000:00:02.0`),
    );
  });

  it('is revoked at unbind: access throws ENXIO for the next binding, tryAccess gives undefined', async () => {
    const { kernel, a, barA } = await twoBoundDevices();
    expect(barA.tryAccessWith((bar) => bar.size)).toBe(64);
    await kernel.unbind(a);
    expect(barA.revoked).toBe(true);
    expect(barA.tryAccess()).toBeUndefined();
    expect(barA.tryAccessWith((bar) => bar.size)).toBeUndefined();
    await kernel.bind(a);
    // SAFETY: `a` was bound on the line above.
    const rebound = a.asRef().unsafeAsBound();
    expect(() => barA.access(rebound)).toThrow(new errors.KernelError('ENXIO', `Devres.access(): ${barA.label} has been revoked`));
  });

  it('unmaps the BAR it held: a Bar kept past unbind throws NotBound', async () => {
    const { kernel, a, barA, devA } = await twoBoundDevices();
    const kept = barA.access(devA);
    await kernel.unbind(a);
    expect(() => kept.read32(0)).toThrow(errors.NotBound);
    expect(() => kept.read32(0)).toThrow('Bar0(mapper) of pci 0000:00:01.0.read32 used after its device was unbound (the mapping was released)');
  });

  it('checks BAR accesses: bounds and alignment are EINVAL, values are truncated to the width', async () => {
    const { barA, devA } = await twoBoundDevices();
    const bar = barA.access(devA);
    expect(() => bar.read32(62)).toThrow(errors.KernelError);
    expect(() => bar.read16(1)).toThrow(/offset 1 is out of range or unaligned for a 64-byte region/);
    expect(() => bar.write8(1, 64)).toThrow(errors.KernelError);
    bar.write8(0x1ff, 0);
    expect(bar.read8(0)).toBe(0xff);
    bar.write16(0x12345, 2);
    expect(bar.read16(2)).toBe(0x2345);
    expect(bar.read32(0)).toBe(0x2345_00ff);
  });

  it('releases registered values and devres newest first, each exactly once', async () => {
    const kernel = new Kernel();
    const released: string[] = [];
    const disposable = (name: string): Disposable => ({ [Symbol.dispose]: () => void released.push(name) });
    const pdev = await kernel.pci.addDevice({ vendor: 1, device: 1 });
    await kernel.pci.registerDriver({
      name: 'order',
      idTable: [{ vendor: 1, device: 1 }],
      probe(dev) {
        devres.register(dev.asRef(), disposable('first registered'));
        const value = new devres.Devres(dev.asRef(), disposable('devres value'));
        devres.register(dev.asRef(), disposable('last registered'));
        return { value };
      },
    });
    await kernel.unbind(pdev);
    await kernel.unbind(pdev);
    expect(released).toEqual(['last registered', 'devres value', 'first registered']);
  });

  it('refuses a device that does not prove binding', async () => {
    const kernel = new Kernel();
    const pdev = await kernel.pci.addDevice({ vendor: 1, device: 1 });
    const normal = pdev.asRef() as unknown as device.Device<device.Bound>;
    expect(() => new devres.Devres(normal, 1)).toThrow(errors.NotBound);
    expect(() => devres.register(normal, { [Symbol.dispose]: () => undefined })).toThrow(
      'devres.register() needs a bound device, but a Device<Normal> of pci 0000:00:01.0 proves nothing about binding',
    );
  });
});
