import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auxiliary, devres, drm, errors, Kernel, type LifecycleEventKind, type pci } from '@bindsafe/kernel';
import { here, rejection, watch } from './support/settled.js';
import { addTestDevice, TEST_DEVICE, TEST_VENDOR, testPciDriver, type TestDrmDriver } from './support/test-drivers.js';

// Rejections nobody handled, seen while a test ran: a misbehaving driver must never produce one.
let escaped: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  escaped.push(reason);
};
beforeEach(() => {
  escaped = [];
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

/** Lets Node report unhandled rejections (it does so after the microtask queue drains). */
function macrotasks(count = 3): Promise<void> {
  return count === 0 ? Promise.resolve() : new Promise((resolve) => setImmediate(() => void macrotasks(count - 1).then(resolve)));
}

function siteLine(site: string | undefined): string {
  const match = /([^/]+):(\d+):\d+$/.exec(site ?? '');
  return match ? `${match[1] ?? ''}:${match[2] ?? ''}` : `(no site: ${String(site)})`;
}

const teardownKinds: LifecycleEventKind[] = ['unbind', 'data-dropped', 'devres-released', 'unbound'];

function kindsSince(kernel: Kernel, seq: number, kinds: readonly LifecycleEventKind[]): LifecycleEventKind[] {
  return kernel.events.filter((event) => event.seq > seq && kinds.includes(event.kind)).map((event) => event.kind);
}

/** What a driver's resources went through, to check that a teardown really finished. */
interface Released {
  registered: boolean;
  dataDisposed: boolean;
}

interface Data {
  readonly bar: devres.Devres<pci.Bar>;
  readonly registration: drm.Registration<TestDrmDriver>;
}

/** A PCI driver with a BAR, a registered disposable, a DRM registration, and the given unbind / destructor. */
function driverWith(
  kernel: Kernel,
  released: Released,
  behaviour: { unbind?: pci.Driver<Data>['unbind']; dispose?: (data: Data) => Promise<void> },
): pci.Driver<Data> {
  const base = testPciDriver(kernel);
  return {
    name: 'misbehaving',
    idTable: base.idTable,
    probe(pdev) {
      const { bar, registration } = base.probe(pdev, undefined);
      devres.register(pdev.asRef(), {
        [Symbol.dispose]: () => {
          released.registered = true;
        },
      });
      const data: Data & AsyncDisposable = {
        bar,
        registration,
        [Symbol.asyncDispose]: async () => {
          released.dataDisposed = true;
          if (behaviour.dispose !== undefined) await behaviour.dispose(data);
        },
      };
      return data;
    },
    ...(behaviour.unbind === undefined ? {} : { unbind: behaviour.unbind }),
  };
}

describe('an unbind callback that is async', () => {
  it('fails kernel.unbind() with EINVAL after finishing the teardown, and lets no rejection escape', async () => {
    const kernel = new Kernel();
    const released: Released = { registered: false, dataDisposed: false };
    const pdev = await addTestDevice(kernel);
    const driver = driverWith(kernel, released, {
      async unbind() {
        await kernel.sleep(1);
        throw new Error('the async unbind failed');
      },
    });
    await kernel.pci.registerDriver(driver);
    expect(kernel.drm.devices()).toHaveLength(1);
    const before = kernel.events.length;

    const error = await rejection(kernel.unbind(pdev));

    expect(error).toBeInstanceOf(errors.KernelError);
    expect(error).toMatchObject({ code: 'EINVAL', message: 'unbind of misbehaving on pci 0000:00:01.0 returned a promise: unbind must be synchronous' });
    // The teardown ran to the end: data dropped, registration unplugged, devres released, unbound.
    expect(kindsSince(kernel, before, teardownKinds)).toEqual(['unbind', 'data-dropped', 'devres-released', 'unbound']);
    expect(released).toEqual({ registered: true, dataDisposed: true });
    expect(kernel.isBound(pdev)).toBe(false);
    expect(kernel.drm.devices()).toEqual([]);
    await kernel.settle();
    await macrotasks();
    expect(escaped).toEqual([]);
    // And the device can be bound again.
    await kernel.bind(pdev);
    expect(kernel.boundDriver(pdev)).toBe('misbehaving');
  });

  it('fails the same way when the unbind promise resolves, and when its `then` cannot be read', async () => {
    const kernel = new Kernel();
    const released: Released = { registered: false, dataDisposed: false };
    const pdev = await addTestDevice(kernel);
    let calls = 0;
    const driver = driverWith(kernel, released, {
      unbind() {
        calls++;
        const result: unknown =
          calls === 1
            ? Promise.resolve()
            : {
                get then(): never {
                  throw new TypeError('no then for you');
                },
              };
        return result as void;
      },
    });
    await kernel.pci.registerDriver(driver);
    expect(await rejection(kernel.unbind(pdev))).toMatchObject({ code: 'EINVAL', message: 'unbind of misbehaving on pci 0000:00:01.0 returned a promise: unbind must be synchronous' });
    await kernel.bind(pdev);
    const error = await rejection(kernel.unbind(pdev));
    expect(error).toBeInstanceOf(errors.KernelError);
    expect(error).toMatchObject({
      code: 'EINVAL',
      message: "unbind of misbehaving on pci 0000:00:01.0 returned an object whose 'then' cannot be read (TypeError: no then for you)",
    });
    expect(kernel.isBound(pdev)).toBe(false);
    await macrotasks();
    expect(escaped).toEqual([]);
  });
});

describe('a destructor that never settles', () => {
  it('is reported as DisposeTimedOut after the grace period, naming the unbind site, and the teardown completes', async () => {
    const kernel = new Kernel({ graceTurns: 10 });
    const released: Released = { registered: false, dataDisposed: false };
    const pdev = await addTestDevice(kernel);
    await kernel.pci.registerDriver(driverWith(kernel, released, { dispose: () => new Promise<void>(() => undefined) }));
    const before = kernel.events.length;

    const [unbind, site] = [rejection(kernel.unbind(pdev)), here()];
    const error = await unbind;

    expect(error).toBeInstanceOf(errors.DisposeTimedOut);
    const timedOut = error as errors.DisposeTimedOut;
    expect(timedOut.code).toBe('ETIMEDOUT');
    expect(timedOut.turns).toBe(10);
    expect(timedOut.rule).toBeUndefined();
    expect(siteLine(timedOut.site)).toBe(site);
    expect(timedOut.message).toBe(
      `the unbind of misbehaving on pci 0000:00:01.0 waited 10 scheduler turns for Object[Symbol.asyncDispose]() of its driver data, which never settled (unbind requested at ${timedOut.site ?? ''})`,
    );
    expect(kernel.violations()).toEqual([timedOut]);
    // The drop glue still dropped the registration the data owns; devres were released.
    expect(kindsSince(kernel, before, [...teardownKinds, 'drm-unplugged'])).toEqual(['unbind', 'drm-unplugged', 'data-dropped', 'devres-released', 'unbound']);
    expect(released).toEqual({ registered: true, dataDisposed: true });
    expect(kernel.isBound(pdev)).toBe(false);
    expect(kernel.drm.devices()).toEqual([]);
    await macrotasks();
    expect(escaped).toEqual([]);
  });

  it('in manual scheduling, keeps the unbind pending until the grace period has been stepped through', async () => {
    const kernel = new Kernel({ graceTurns: 5, scheduling: 'manual' });
    const released: Released = { registered: false, dataDisposed: false };
    const pdev = await addTestDevice(kernel);
    await kernel.pci.registerDriver(driverWith(kernel, released, { dispose: () => new Promise<void>(() => undefined) }));
    const unbind = watch(rejection(kernel.unbind(pdev)));
    for (let turn = 1; turn < 5; turn++) {
      await kernel.step();
      expect(unbind.settled).toBe(false);
    }
    await kernel.step();
    await macrotasks();
    expect(unbind.settled).toBe(true);
    expect(await unbind.promise).toBeInstanceOf(errors.DisposeTimedOut);
    expect(kernel.isBound(pdev)).toBe(false);
  });

  it('does not cut short a destructor that takes some turns, nor one waiting for an unplug barrier', async () => {
    const kernel = new Kernel({ graceTurns: 10 });
    const released: Released = { registered: false, dataDisposed: false };
    const pdev = await addTestDevice(kernel);
    const steps: string[] = [];
    await kernel.pci.registerDriver(
      driverWith(kernel, released, {
        dispose: async (data) => {
          await kernel.sleep(5);
          steps.push('slept 5 turns');
          // The unplug waits the whole grace period for the guard leaked below.
          await data.registration.drop().catch((error: unknown) => steps.push(`drop: ${(error as Error).name}`));
          steps.push('done');
        },
      }),
    );
    const [dev] = kernel.drm.devices();
    const leaked = dev?.unbindGuard();
    expect(leaked).toBeDefined();

    const error = await rejection(kernel.unbind(pdev));

    expect(steps).toEqual(['slept 5 turns', 'drop: GuardLeaked', 'done']);
    // Only the leaked guard is a violation; the destructor waited, it did not hang.
    expect(error).toBeInstanceOf(errors.GuardLeaked);
    expect(kernel.violations().map((violation) => violation.name)).toEqual(['GuardLeaked']);
    expect(kernel.isBound(pdev)).toBe(false);
  });

  it('reports only the innermost destructor when a parent waits for its child to go', async () => {
    const kernel = new Kernel({ graceTurns: 10 });
    const childDriver: auxiliary.Driver<AsyncDisposable> = {
      name: 'stuck-child',
      idTable: [{ modname: 'parent_mod', name: 'child' }],
      probe: () => ({ [Symbol.asyncDispose]: () => new Promise<void>(() => undefined) }),
    };
    interface ParentData extends AsyncDisposable {
      readonly child: auxiliary.Registration;
    }
    const parentDriver: pci.Driver<ParentData> = {
      name: 'parent',
      idTable: [{ vendor: TEST_VENDOR, device: TEST_DEVICE }],
      probe(pdev) {
        const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'parent_mod');
        return { child, [Symbol.asyncDispose]: () => child.drop() };
      },
    };
    await kernel.auxiliary.registerDriver(childDriver);
    const pdev = await addTestDevice(kernel);
    await kernel.pci.registerDriver(parentDriver);
    await kernel.settle();
    expect(kernel.auxiliary.devices().map((child) => kernel.boundDriver(child))).toEqual(['stuck-child']);

    const error = await rejection(kernel.unbind(pdev));

    expect(error).toBeInstanceOf(errors.DisposeTimedOut);
    expect((error as Error).message).toMatch(/^the unbind of stuck-child on auxiliary parent_mod\.child\.0 waited 10 scheduler turns for Object\[Symbol\.asyncDispose\]\(\)/);
    expect(kernel.violations()).toHaveLength(1);
    expect(kernel.isBound(pdev)).toBe(false);
    expect(kernel.auxiliary.devices()).toEqual([]);
  });

  it('bounds the disposal of registration data and of devres values the same way', async () => {
    const kernel = new Kernel({ graceTurns: 10 });
    const never = (): Promise<void> => new Promise<void>(() => undefined);
    const drmDriver: drm.Driver<object, AsyncDisposable, object, 'pci'> = {
      info: { name: 'stuckdrm', desc: 'x', major: 1, minor: 0, patchlevel: 0 },
      bus: 'pci',
      openFile: () => ({}),
      ioctls: {},
    };
    const driver: pci.Driver<{ readonly registration: drm.Registration<typeof drmDriver>; readonly value: devres.Devres<AsyncDisposable> }> = {
      name: 'stuck',
      idTable: [{ vendor: TEST_VENDOR, device: TEST_DEVICE }],
      probe(pdev) {
        const udev = drm.UnregisteredDevice.new(drmDriver, pdev, {});
        const registration = drm.Registration.new(pdev, udev, { [Symbol.asyncDispose]: never }, 0);
        return { registration, value: new devres.Devres(pdev.asRef(), { [Symbol.asyncDispose]: never }) };
      },
    };
    const pdev = await addTestDevice(kernel);
    await kernel.pci.registerDriver(driver);

    const error = await rejection(kernel.unbind(pdev));

    expect(error).toBeInstanceOf(errors.DisposeTimedOut);
    const [unplug, revocation, ...others] = kernel.violations().map((violation) => violation.message);
    expect(unplug).toMatch(
      /^the unplug of drm device 'stuckdrm' \(card0\) waited 10 scheduler turns for Object\[Symbol\.asyncDispose\]\(\) of its registration data, which never settled \(registration created at .*misbehaving-drivers\.test\.ts:\d+:\d+\)$/,
    );
    expect(revocation).toMatch(
      /^the revocation of Devres<Object>#\d+ of pci 0000:00:01\.0 waited 10 scheduler turns for Object\[Symbol\.asyncDispose\]\(\) of its value, which never settled$/,
    );
    expect(others).toEqual([]);
    expect(kernel.isBound(pdev)).toBe(false);
    expect(kernel.drm.devices()).toEqual([]);
  });
});

describe('other driver callbacks that return a promise', () => {
  it('waits for a [Symbol.dispose]() that returns a promise, and surfaces its rejection from kernel.unbind()', async () => {
    const kernel = new Kernel();
    const pdev = await addTestDevice(kernel);
    const failure = new Error('the sync destructor went async and failed');
    await kernel.pci.registerDriver({
      name: 'syncdispose',
      idTable: [{ vendor: TEST_VENDOR, device: TEST_DEVICE }],
      probe: () => ({ [Symbol.dispose]: (): void => Promise.reject(failure) as unknown as void }),
    });
    expect(await rejection(kernel.unbind(pdev))).toBe(failure);
    expect(kernel.isBound(pdev)).toBe(false);
    await macrotasks();
    expect(escaped).toEqual([]);
  });

  it('logs the rejection of an async IRQ handler as work-failed instead of letting it escape', async () => {
    const kernel = new Kernel();
    const pdev = await addTestDevice(kernel);
    await kernel.pci.registerDriver({
      name: 'asyncirq',
      idTable: [{ vendor: TEST_VENDOR, device: TEST_DEVICE }],
      probe: (pdev) => ({
        irq: pdev.requestIrq(0, 'asyncirq', async () => {
          await kernel.sleep(1);
          throw new Error('the handler failed later');
        }),
      }),
    });
    expect(kernel.raiseIrq(pdev, 0)).toBe(true);
    await kernel.settle();
    await macrotasks();
    expect(escaped).toEqual([]);
    expect(kernel.formatLog(['work-failed'])).toMatch(/work-failed: IRQ 0 handler asyncirq: Error: the handler failed later$/);
  });

  it('refuses to devres.register a value that is not Disposable with EINVAL', async () => {
    const kernel = new Kernel();
    const pdev = await addTestDevice(kernel);
    await kernel.pci.registerDriver({
      name: 'notdisposable',
      idTable: [{ vendor: TEST_VENDOR, device: TEST_DEVICE }],
      probe(pdev) {
        devres.register(pdev.asRef(), {} as Disposable);
        return {};
      },
    });
    expect(kernel.events.find((event) => event.kind === 'probe-failed')?.error).toEqual(
      new errors.KernelError('EINVAL', 'devres.register(): the value is not Disposable (it has no [Symbol.dispose]())'),
    );
    expect(kernel.isBound(pdev)).toBe(false);
  });
});

describe('driver data the drop glue cannot read', () => {
  it('does not run getters of the driver data, so a throwing one does not stop the teardown', async () => {
    const kernel = new Kernel();
    const pdev = await addTestDevice(kernel);
    await kernel.pci.registerDriver({
      name: 'getter',
      idTable: [{ vendor: TEST_VENDOR, device: TEST_DEVICE }],
      probe(pdev) {
        return {
          bar: pdev.iomapRegion(0, 'getter'),
          get broken(): never {
            throw new TypeError('a getter that throws');
          },
        };
      },
    });
    await kernel.unbind(pdev);
    expect(kernel.isBound(pdev)).toBe(false);
    await kernel.bind(pdev);
    expect(kernel.boundDriver(pdev)).toBe('getter');
  });

  it('reports a proxy whose traps throw as EINVAL and still finishes the teardown', async () => {
    const kernel = new Kernel();
    const pdev = await addTestDevice(kernel);
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new TypeError('no keys');
        },
      },
    );
    await kernel.pci.registerDriver({ name: 'proxy', idTable: [{ vendor: TEST_VENDOR, device: TEST_DEVICE }], probe: (pdev) => ({ bar: pdev.iomapRegion(0, 'proxy'), hostile }) });
    const error = await rejection(kernel.unbind(pdev));
    expect(error).toBeInstanceOf(errors.KernelError);
    expect(error).toMatchObject({ code: 'EINVAL', message: 'dropping the driver data of proxy on pci 0000:00:01.0: cannot list the fields of an object it holds (TypeError: no keys)' });
    expect(kernel.isBound(pdev)).toBe(false);
    await kernel.bind(pdev);
    expect(kernel.boundDriver(pdev)).toBe('proxy');
  });
});
