import { describe, expect, it } from 'vitest';
import { auxiliary, drm, errors, Kernel, pci, type device } from '@bindsafe/kernel';
import { watch } from './support/settled.js';

interface ParentData {
  readonly child: auxiliary.Registration;
}

function parentDriver(): pci.Driver<ParentData> {
  return {
    name: 'parent',
    idTable: [{ vendor: 7, device: 7 }],
    probe(pdev) {
      return { child: auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'parent_mod') };
    },
  };
}

function childDriver(seen: string[]): auxiliary.Driver<{ readonly parentName: string }> {
  return {
    name: 'child-driver',
    idTable: [{ modname: 'parent_mod', name: 'child' }],
    probe(adev) {
      const parent: device.Device<device.Bound> = adev.parent();
      seen.push(`probe ${adev.name} id ${adev.id} under ${parent.name}`);
      return { parentName: pci.Device.fromDevice(parent).name };
    },
    unbind(adev, data) {
      seen.push(`unbind ${adev.name} (parent ${data.parentName})`);
    },
  };
}

describe('auxiliary devices', () => {
  it('creates the child in the parent probe, and removes it (unbinding its driver) before the parent unbinds', async () => {
    const kernel = new Kernel();
    const seen: string[] = [];
    await kernel.auxiliary.registerDriver(childDriver(seen));
    const pdev = await kernel.pci.addDevice({ vendor: 7, device: 7 });
    await kernel.pci.registerDriver(parentDriver());
    expect(kernel.auxiliary.devices().map((dev) => dev.name)).toEqual(['parent_mod.child.0']);
    expect(seen).toEqual(['probe parent_mod.child.0 id 0 under 0000:00:01.0']);

    await kernel.unbind(pdev);
    expect(seen.at(-1)).toBe('unbind parent_mod.child.0 (parent 0000:00:01.0)');
    expect(kernel.auxiliary.devices()).toEqual([]);
    const kinds = kernel.events.map((event) => `${event.kind} ${event.subject}`);
    expect(kinds.indexOf('unbound auxiliary parent_mod.child.0')).toBeLessThan(kinds.indexOf('data-dropped pci 0000:00:01.0'));
    expect(kernel.violations()).toEqual([]);

    await kernel.bind(pdev);
    expect(seen.at(-1)).toBe('probe parent_mod.child.0 id 0 under 0000:00:01.0');
  });

  it('probes a child created before its driver was registered, and drops it explicitly', async () => {
    const kernel = new Kernel();
    const seen: string[] = [];
    let registration: auxiliary.Registration | undefined;
    await kernel.pci.addDevice({ vendor: 7, device: 7 });
    await kernel.pci.registerDriver({ ...parentDriver(), probe: (pdev) => ({ child: (registration = auxiliary.Registration.new(pdev.asRef(), 'child', 3, 'parent_mod')) }) });
    await kernel.auxiliary.registerDriver(childDriver(seen));
    expect(seen).toEqual(['probe parent_mod.child.3 id 3 under 0000:00:01.0']);
    expect(registration?.name).toBe('parent_mod.child.3');
    await registration?.drop();
    expect(registration?.dropped).toBe(true);
    expect(kernel.auxiliary.devices()).toEqual([]);
    expect(seen.at(-1)).toBe('unbind parent_mod.child.3 (parent 0000:00:01.0)');
  });

  it('ties a bound parent obtained from a child to the child binding', async () => {
    const kernel = new Kernel();
    let parent: device.Device<device.Bound> | undefined;
    let adevHandle: auxiliary.Device | undefined;
    await kernel.auxiliary.registerDriver({
      name: 'keeper',
      idTable: [{ modname: 'parent_mod', name: 'child' }],
      probe(adev) {
        parent = adev.parent();
        adevHandle = adev.toNormal();
        expect(adevHandle.parent().name).toBe('0000:00:01.0');
      },
    });
    await kernel.pci.addDevice({ vendor: 7, device: 7 });
    await kernel.pci.registerDriver(parentDriver());
    const [child] = kernel.auxiliary.devices();
    if (child === undefined || parent === undefined) throw new Error('no child');
    // The parent itself is still bound, but this view of it lived only as long as the child binding.
    await kernel.unbind(child);
    expect(kernel.boundDriver(kernel.pci.devices()[0] ?? child)).toBe('parent');
    let caught: unknown;
    try {
      parent.toNormal();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(errors.NotBound);
    expect((caught as Error).message).toBe('Device.toNormal() needs a bound device, but the binding of keeper to auxiliary parent_mod.child.0 has ended');
  });

  it('refuses a second child with the same name (EEXIST) and a parent that is not bound', async () => {
    const kernel = new Kernel();
    const outcomes: unknown[] = [];
    const pdev = await kernel.pci.addDevice({ vendor: 7, device: 7 });
    await kernel.pci.registerDriver({
      name: 'twice',
      idTable: [{ vendor: 7, device: 7 }],
      probe(dev) {
        const first = auxiliary.Registration.new(dev.asRef(), 'child', 0, 'm');
        try {
          auxiliary.Registration.new(dev.asRef(), 'child', 0, 'm');
        } catch (error) {
          outcomes.push(error);
        }
        return { first };
      },
    });
    expect(outcomes).toEqual([new errors.KernelError('EEXIST', 'auxiliary m.child.0 already exists')]);
    const normal = pdev.asRef() as unknown as device.Device<device.Bound>;
    expect(() => auxiliary.Registration.new(normal, 'child', 1, 'm')).toThrow(errors.NotBound);
  });

  it('makes a parent unbind wait for a child removal already in progress', async () => {
    const kernel = new Kernel();
    type ChildDrm = drm.Driver<null, { readonly parent: device.Device<device.Bound> }, null, 'auxiliary'>;
    const childDrm: ChildDrm = { info: { name: 'childdrm', desc: 'c', major: 0, minor: 0, patchlevel: 0 }, bus: 'auxiliary', openFile: () => null, ioctls: {} };
    await kernel.auxiliary.registerDriver({
      name: 'child-drm',
      idTable: [{ modname: 'parent_mod', name: 'child' }],
      probe(adev) {
        const reg = drm.Registration.new(adev, drm.UnregisteredDevice.new(childDrm, adev, null), { parent: adev.parent() }, 0);
        return { reg };
      },
    });
    const pdev = await kernel.pci.addDevice({ vendor: 7, device: 7 });
    await kernel.pci.registerDriver(parentDriver());
    const [child] = kernel.auxiliary.devices();
    const [dev] = kernel.drm.devicesOf(childDrm);
    if (child === undefined || dev === undefined) throw new Error('no child');
    const guard = dev.unbindGuard();
    const removal = watch(kernel.removeDevice(child));
    const unbind = watch(kernel.unbind(pdev));
    await kernel.sleep(5);
    expect(removal.settled).toBe(false);
    expect(unbind.settled).toBe(false);
    expect(kernel.isBound(pdev)).toBe(true);
    expect(guard?.registrationDataWith((_parent, data) => data.parent.name)).toBe('0000:00:01.0');
    guard?.release();
    await unbind.promise;
    expect(removal.settled).toBe(true);
    const order = kernel.events.map((event) => `${event.kind} ${event.subject}`);
    expect(order.indexOf('device-removed auxiliary parent_mod.child.0')).toBeLessThan(order.indexOf('data-dropped pci 0000:00:01.0'));
    expect(kernel.violations()).toEqual([]);
  });
});
