import { describe, expect, it } from 'vitest';
import { drm, errors, Kernel } from '@bindsafe/kernel';

class Engine {
  #rpm = 0;
  readonly parts = new Map<string, { readonly name: string }>([['piston', { name: 'piston' }]]);

  rev(by: number): number {
    this.#rpm += by;
    return this.#rpm;
  }

  get rpm(): number {
    return this.#rpm;
  }

  /** Returns a fresh object: the caller's own value. */
  snapshot(): { rpm: number } {
    return { rpm: this.#rpm };
  }

  sameAs(other: Engine): boolean {
    return other.#rpm === this.#rpm;
  }
}

interface Data {
  readonly engine: Engine;
  readonly list: { id: number }[];
  readonly nested: { level: { deeper: { value: number } } };
  readonly frozen: { readonly inner: { x: number } };
  counter: number;
}

type DataDriver = drm.Driver<null, Data, null, 'pci'>;

async function deviceWith(regData: Data): Promise<drm.Device<DataDriver>> {
  const kernel = new Kernel();
  const driver: DataDriver = { info: { name: 'data', desc: 'd', major: 0, minor: 0, patchlevel: 0 }, bus: 'pci', openFile: () => null, ioctls: {} };
  await kernel.pci.addDevice({ vendor: 2, device: 2 });
  await kernel.pci.registerDriver({
    name: 'data-parent',
    idTable: [{ vendor: 2, device: 2 }],
    probe(pdev) {
      const registration = drm.Registration.new(pdev, drm.UnregisteredDevice.new(driver, pdev, null), regData, 0);
      return { registration };
    },
  });
  const [dev] = kernel.drm.devicesOf(driver);
  if (dev === undefined) throw new Error('not registered');
  return dev;
}

function makeData(): Data {
  const frozen = Object.freeze({ inner: { x: 1 } });
  return { engine: new Engine(), list: [{ id: 1 }, { id: 2 }], nested: { level: { deeper: { value: 3 } } }, frozen, counter: 0 };
}

function inSection<R>(dev: drm.Device<DataDriver>, f: (data: Data) => R): R {
  using guard = dev.unbindGuard();
  if (guard === undefined) throw new Error('unplugged');
  return guard.registrationDataWith((_parent, data) => f(data));
}

describe('registration data inside and after a section', () => {
  it('behaves like the real object inside the section: private fields, getters, Maps, arrays, writes', async () => {
    const original = makeData();
    const dev = await deviceWith(original);
    const result = inSection(dev, (data) => {
      data.counter += 1;
      data.list.push({ id: 3 });
      return {
        rev: data.engine.rev(100),
        rpm: data.engine.rpm,
        part: data.engine.parts.get('piston')?.name,
        size: data.engine.parts.size,
        ids: data.list.map((item) => item.id),
        deep: data.nested.level.deeper.value,
        same: data.engine.sameAs(data.engine),
        keys: Object.keys(data.nested),
        identity: data.nested.level === data.nested.level,
        isEngine: data.engine instanceof Engine,
      };
    });
    expect(result).toEqual({ rev: 100, rpm: 100, part: 'piston', size: 1, ids: [1, 2, 3], deep: 3, same: true, keys: ['level'], identity: true, isEngine: true });
    expect(original.counter).toBe(1);
    expect(original.list).toHaveLength(3);
  });

  it('revokes the data and everything reached through it when the callback returns', async () => {
    const dev = await deviceWith(makeData());
    const kept = inSection(dev, (data) => ({
      data,
      engine: data.engine,
      deeper: data.nested.level.deeper,
      rev: data.engine.rev,
      parts: data.engine.parts,
      list: data.list,
    }));
    const message = "the registration data of drm device 'data' (card0) (.engine) used after the registrationDataWith callback of drm device 'data' (card0) ended";
    expect(() => kept.data.engine).toThrow(message);
    expect(() => kept.engine.rpm).toThrow(errors.GuardReleased);
    expect(() => kept.deeper.value).toThrow(errors.GuardReleased);
    expect(() => kept.rev(1)).toThrow(errors.GuardReleased);
    expect(() => kept.parts.get('piston')).toThrow(errors.GuardReleased);
    expect(() => kept.list.length).toThrow(errors.GuardReleased);
    expect(() => {
      kept.data.counter = 5;
    }).toThrow(errors.GuardReleased);
    expect(() => Object.keys(kept.data)).toThrow(errors.GuardReleased);
    expect(() => 'engine' in kept.data).toThrow(errors.GuardReleased);
  });

  it('hands back method results as the caller own values', async () => {
    const dev = await deviceWith(makeData());
    const snapshot = inSection(dev, (data) => data.engine.snapshot());
    expect(snapshot.rpm).toBe(0);
  });

  it('returns non-configurable read-only properties as they are (a Proxy must)', async () => {
    const dev = await deviceWith(makeData());
    const inner = inSection(dev, (data) => data.frozen.inner);
    expect(inner.x).toBe(1);
  });

  it('gives each section its own view: a later section works while the earlier view stays dead', async () => {
    const dev = await deviceWith(makeData());
    const first = inSection(dev, (data) => data.engine);
    expect(inSection(dev, (data) => data.engine.rev(1))).toBe(1);
    expect(() => first.rev(1)).toThrow(errors.GuardReleased);
    expect(inSection(dev, (data) => data.engine.rpm)).toBe(1);
  });
});
