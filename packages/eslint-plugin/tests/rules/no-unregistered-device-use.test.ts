import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-unregistered-device-use.js';
import { createRuleTester, imports } from '../rule-tester.js';
import { describeCasesTypeCheck } from '../type-check.js';
import { describeCasesThroughAnalyzer } from '../analyzer-agreement.js';

// Every case: line 1 is `imports`, line 2 imports the shared DRM driver `gpu` (and the L4 helpers)
// from fixture/no-unregistered-device-use.helpers.ts; the case's own code starts on line 3.
const helpers = `import { gpu, configureGpu, describeGpu, labelOfGpu, labelOfSlot, nameOfBay, nameOfSlot, registerGpu, retireGpu, unplugAllGpus, unplugGpu, vendorOfGpu, vramOfSlot, type Gpu, type GpuBay, type GpuSlot } from './no-unregistered-device-use.helpers.js';\n`;
const head = imports + helpers;

const valid: ValidTestCase<[]>[] = [
  // L1: a Map built from entries, read before the move; a Map of copies (primitives) read after it
  {
    name: 'L1: new Map(entries literal), get before the move',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu>; label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
    const staged = new Map([['a', udev]] as const);
    const label = staged.get('a')?.name ?? '';
    const main = staged.get('a');
    if (main === undefined) throw new Error('lost');
    const reg = drm.Registration.new(pdev, main, { vram: 64 }, 0);
    return { reg, label };
  },
};`,
  },
  {
    name: 'L1: new Map(entries) of a copied name, get after the move',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu>; label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
    const names = new Map([['a', udev.name]] as const);
    const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
    const label = names.get('a') ?? '';
    return { reg, label };
  },
};`,
  },
  {
    name: 'L1: new Map(Object.entries(obj)), get before the move',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu>; label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const byRole = { a: drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }) };
    const staged = new Map(Object.entries(byRole));
    const label = staged.get('a')?.data.label ?? '';
    const main = staged.get('a');
    if (main === undefined) throw new Error('lost');
    const reg = drm.Registration.new(pdev, main, { vram: 64 }, 0);
    return { reg, label };
  },
};`,
  },
  {
    name: 'L1: new Map(otherMap) copy, read before the move',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu>; label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const first = new Map<string, drm.UnregisteredDevice<Gpu>>();
    first.set('a', drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }));
    first.set('b', drm.UnregisteredDevice.new(gpu, pdev, { label: 'b' }));
    const staged = new Map(first);
    const label = staged.get('b')?.name ?? '';
    const main = staged.get('a');
    if (main === undefined) throw new Error('lost');
    const reg = drm.Registration.new(pdev, main, { vram: 64 }, 0);
    return { reg, label };
  },
};`,
  },
  // L0: setup of the UnregisteredDevice before the move (writes and reads of `data`, `name`)
  {
    name: 'L0: setup before the move',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
    udev.data = { label: udev.name };
    udev.data.label += '-0';
    const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
    return { reg };
  },
};`,
  },
  // L0: the Uninit view of an UnregisteredDevice, used for Uninit operations before the move
  {
    name: 'L0: Uninit view used for Uninit operations before the move',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): [drm.Registration<Gpu>, drm.Device<Gpu, drm.Uninit>] {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  // SAFETY: an unregistered device is Uninit.
  const early = udev.assumeCtx();
  early.data.label = early.name;
  const handle = early.toNormal();
  const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  return [reg, handle];
}`,
  },
  // L0: after the move, the registered device comes from `registration.device()`
  {
    name: 'L0: registration.device() used after the move',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): drm.Registration<Gpu> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  const dev = reg.device();
  const guard = dev.unbindGuard();
  guard?.release();
  dev.openFile();
  return reg;
}`,
  },
  // L0: two unregistered devices, each registered once
  {
    name: 'L0: two devices, each registered once',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): drm.Registration<Gpu>[] {
  const first = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const second = drm.UnregisteredDevice.new(gpu, pdev, { label: 'b' });
  const regA = drm.Registration.new(pdev, first, { vram: 64 }, 0);
  second.data = { label: 'b2' };
  const regB = drm.Registration.new(pdev, second, { vram: 64 }, 0);
  return [regA, regB];
}`,
  },
  // L0: reading `name` and `data` (and taking a handle) of a drm.Device after its registration was dropped
  {
    name: 'L0: name/data/toNormal after the drop',
    code: head + `export async function selfTest(pdev: pci.Device<device.Bound>): Promise<string> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  const dev = reg.device();
  await reg.drop();
  const handle = dev.toNormal();
  return dev.name + dev.data.label + handle.name;
}`,
  },
  // L0: guard operations before the drop, then only `name` after it
  {
    name: 'L0: guard operations before the drop',
    code: head + `export async function selfTest(pdev: pci.Device<device.Bound>): Promise<string> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  const dev = reg.device();
  const vendor = dev.withUnbindGuard((parent) => parent.vendorId);
  await reg.drop();
  return dev.name + String(vendor);
}`,
  },
  // L0: assumeCtx<Registered>() on an unregistered device reaches no registered-only operation
  {
    name: 'L0: assumeCtx<Registered> without a registered-only operation',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): drm.Registration<Gpu> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  // SAFETY: only the name is read below.
  const early = udev.assumeCtx<drm.Registered>();
  udev.data = { label: early.name };
  return drm.Registration.new(pdev, udev, { vram: 64 }, 0);
}`,
  },
  // L1: moved on one branch, used for setup on the other
  {
    name: 'L1: moved on one branch, used on the other',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>, now: boolean): drm.Registration<Gpu> | string {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  if (now) {
    return drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  } else {
    udev.data = { label: 'later' };
    return udev.name;
  }
}`,
  },
  // L1: the variable is reassigned to a fresh device after the move: the new device is not moved
  {
    name: 'L1: variable reassigned to a fresh device after the move',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): drm.Registration<Gpu>[] {
  let udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const first = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'b' });
  udev.data = { label: udev.name };
  const second = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  return [first, second];
}`,
  },
  // L1: values destructured out of the device before the move are plain values afterwards
  {
    name: 'L1: values copied out before the move',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): [drm.Registration<Gpu>, string] {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const { name, data } = udev;
  const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  return [reg, name + data.label];
}`,
  },
  // L1: a registered device seen as Uninit and assumed Registered again is registered
  {
    name: 'L1: registered device widened to Uninit and narrowed back',
    code: head + `export function openAgain(reg: drm.Registration<Gpu>): void {
  const loose: drm.Device<Gpu, drm.Uninit> = reg.device();
  // SAFETY: the device comes from a registration.
  const dev = loose.assumeCtx<drm.Registered>();
  dev.openFile();
}`,
  },
  // L2: a callback run now does setup before the move
  {
    name: 'L2: forEach callback does setup before the move',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): drm.Registration<Gpu> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  ['b', 'c'].forEach((label) => {
    udev.data = { label };
  });
  return drm.Registration.new(pdev, udev, { vram: 64 }, 0);
}`,
  },
  // L2: a stored closure that sets the device up, called only before the move
  {
    name: 'L2: closure called only before the move',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): drm.Registration<Gpu> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const rename = (label: string): void => {
    udev.data = { label };
  };
  rename('b');
  return drm.Registration.new(pdev, udev, { vram: 64 }, 0);
}`,
  },
  // L3: a helper in the same file does the setup before the move, another one moves it
  {
    name: 'L3: same-file helpers set up, then move',
    code: head + `function configure(u: drm.UnregisteredDevice<Gpu>, label: string): void {
  u.data = { label: label + u.name };
}
function register(parent: pci.Device<device.Bound>, u: drm.UnregisteredDevice<Gpu>): drm.Registration<Gpu> {
  return drm.Registration.new(parent, u, { vram: 64 }, 0);
}
export function bringUp(pdev: pci.Device<device.Bound>): drm.Registration<Gpu> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  configure(udev, 'b');
  const reg = register(pdev, udev);
  reg.device().openFile();
  return reg;
}`,
  },
  // L3: a same-file helper assumes Registered for a device that is registered
  {
    name: 'L3: helper assumes Registered for a registered device',
    code: head + `function openAs(dev: drm.Device<Gpu, drm.Uninit>): void {
  // SAFETY: callers pass registered devices.
  dev.assumeCtx<drm.Registered>().openFile();
}
export function bringUp(pdev: pci.Device<device.Bound>): drm.Registration<Gpu> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  openAs(reg.device());
  return reg;
}`,
  },
  // L4: helpers in another module set up, read and move the device, in the right order
  {
    name: 'L4: helpers in another module set up, read, then move',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu>; label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
    configureGpu(udev, 'b');
    const label = labelOfGpu(udev);
    const reg = registerGpu(pdev, udev);
    return { reg, label };
  },
};`,
  },
  // L4: a helper in another module drops the registration; only name/data are read afterwards
  {
    name: 'L4: dropped by a helper module, then name/data read',
    code: head + `export async function selfTest(pdev: pci.Device<device.Bound>): Promise<string> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  const dev = reg.device();
  await unplugGpu(reg);
  return dev.name + dev.data.label;
}`,
  },
  // By type, not by name: the user's own classes named like the model's are not tracked
  {
    name: 'by type: look-alike classes of the user are not the model',
    code: head + `class UnregisteredDevice {
  name = 'mine';
}
class Registration {
  static new(udev: UnregisteredDevice): Registration {
    return new Registration(udev);
  }
  constructor(readonly udev: UnregisteredDevice) {}
}
export function run(): string {
  const udev = new UnregisteredDevice();
  Registration.new(udev);
  Registration.new(udev);
  return udev.name;
}`,
  },
  // L1: a registration from a destructured parameter: dropped, then only `name` read (issue 9, class 8)
  {
    name: 'L1: destructured registration dropped, then name read',
    code: head + `export async function shutdown({ reg }: { reg: drm.Registration<Gpu> }, [other]: drm.Registration<Gpu>[]): Promise<string> {
  const dev = reg.device();
  dev.openFile();
  await reg.drop();
  const name = dev.name;
  if (!other) return name;
  const second = other.device();
  second.openFile();
  await other.drop();
  return name + second.name;
}`,
  },
  // L1: casts of a registered device, and of an Uninit device to its own type (issue 9, class 8)
  {
    name: 'L1: double casts of a registered device',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): drm.Registration<Gpu> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  (reg.device() as unknown as drm.Device<Gpu>).openFile();
  const again = <drm.Device<Gpu, drm.Registered>><unknown>reg.device();
  again.openFile();
  return reg;
}
export function early(dev: drm.Device<Gpu, drm.Uninit>): string {
  const same = dev as unknown as drm.Device<Gpu, drm.Uninit>;
  return same.name;
}`,
  },
  // L0: try/catch around the move: the catch uses the device only where the move cannot have happened (issue 9, class 1)
  {
    name: 'L0: catch before the move uses the device',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>, check: () => void): drm.Registration<Gpu> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  try {
    check();
  } catch {
    udev.data = { label: 'checked-failed' };
  }
  return drm.Registration.new(pdev, udev, { vram: 64 }, 0);
}`,
  },
  // ---- issue 9: values by type, proofs, ownership, access paths (docs/architecture.md) ----
  {
    name: 'L1: set up through an object field, an array, at(0) and for-of before the move',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const holder = { udev: drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }) };
    holder.udev.data.label = 'early';
    const list = [holder.udev];
    list.at(0)!.data.label = 'early2';
    for (const u of list) u.data.label = u.name;
    const reg = drm.Registration.new(pdev, holder.udev, { vram: 64 }, 0);
    return { reg };
  },
};`,
  },
  {
    name: 'L1: a Map of devices iterated as [key, value] entries for setup before the move',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const staged = new Map<string, drm.UnregisteredDevice<Gpu>>();
    staged.set('a', drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }));
    for (const [key, u] of staged) u.data.label = key + u.name;
    const main = staged.get('a');
    if (main === undefined) throw new Error('lost');
    const reg = drm.Registration.new(pdev, main, { vram: 64 }, 0);
    return { reg };
  },
};`,
  },
  {
    name: 'L4: a device taken from a registration opens a file before a helper module drops it',
    code: head + `export async function reset(decoder: drm.Registration<Gpu>, scaler: drm.Registration<Gpu>): Promise<object> {
  const file = decoder.device().openFile();
  await unplugAllGpus([decoder, scaler]);
  return file.inner();
}`,
  },
  {
    name: 'L4: a helper module drops the registrations of an array; one not in it still opens a file',
    code: head + `export async function reset(decoder: drm.Registration<Gpu>, scaler: drm.Registration<Gpu>): Promise<object> {
  await unplugAllGpus([decoder]);
  return scaler.device().openFile().inner();
}`,
  },
  {
    name: "L1: set up through map.get(k)! and a spread copy's field before the move",
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const byName = new Map<string, drm.UnregisteredDevice<Gpu>>();
    byName.set('a', drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }));
    byName.get('a')!.data.label = 'early';
    const copy = { ...{ udev: byName.get('a')! } };
    copy.udev.data.label = copy.udev.name;
    const reg = drm.Registration.new(pdev, copy.udev, { vram: 64 }, 0);
    return { reg };
  },
};`,
  },
  {
    name: "L1: the registration's device used through an object field after the move",
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
    const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
    const holder = { dev: reg.device() };
    holder.dev.data.label = 'after';
    return { reg };
  },
};`,
  },
  // L2: each iteration of a for…of binds a new element: registering every element once is no double move
  {
    name: 'L2: each element of an array registered once in a for…of',
    code: head + `export function bringUpAll(pdev: pci.Device<device.Bound>): drm.Registration<Gpu>[] {
  const devs = ['a', 'b'].map((label) => drm.UnregisteredDevice.new(gpu, pdev, { label }));
  const regs: drm.Registration<Gpu>[] = [];
  for (const u of devs) regs.push(drm.Registration.new(pdev, u, { vram: 64 }, 0));
  return regs;
}`,
  },
  // L2: the same through a local array literal of two devices
  {
    name: 'L2: each device of an array literal registered once in a for…of',
    code: head + `export function bringUpTwo(pdev: pci.Device<device.Bound>): drm.Registration<Gpu>[] {
  const a = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const b = drm.UnregisteredDevice.new(gpu, pdev, { label: 'b' });
  const regs: drm.Registration<Gpu>[] = [];
  for (const u of [a, b]) {
    u.data.label += '-x';
    regs.push(drm.Registration.new(pdev, u, { vram: 64 }, 0));
  }
  return regs;
}`,
  },
  // A drop under a test of the registration's own dropped flag is a drop on every path, inline and in a helper (issue 9, class 1)
  {
    name: 'L3: a helper drops the registration only under a condition of its own (as inline: not dropped on every path)',
    code: head + `async function teardown(r: drm.Registration<Gpu>, force: boolean): Promise<void> {
  if (force) await r.drop();
}
export async function recycle(reg: drm.Registration<Gpu>, force: boolean): Promise<void> {
  const dev = reg.device();
  await teardown(reg, force);
  dev.openFile();
}`,
  },
  {
    name: "L0: the device is used only where the registration's dropped flag is false",
    code: head + `export async function recycle(reg: drm.Registration<Gpu>): Promise<void> {
  const dev = reg.device();
  if (reg.dropped) return;
  dev.openFile();
}`,
  },
  // A helper given the device of a registration: what it does with it is judged at the call
  {
    name: 'L3: a same-file helper takes a section before the drop, another reads only name/data after it',
    code: head + `function revision(dev: drm.Device<Gpu>): number | undefined {
  return dev.withUnbindGuard((parent) => parent.revision);
}
function describe(dev: drm.Device<Gpu>): string {
  return dev.name + dev.data.label;
}
export async function recycle(reg: drm.Registration<Gpu>): Promise<string> {
  const dev = reg.device();
  const before = revision(dev);
  await reg.drop();
  return describe(dev) + String(before);
}`,
  },
  {
    name: 'L4: a helper module takes a section before the drop, another reads only name/data after it',
    code: head + `export async function recycle(reg: drm.Registration<Gpu>): Promise<string> {
  const dev = reg.device();
  const before = vendorOfGpu(dev);
  await unplugGpu(reg);
  return describeGpu(dev) + String(before);
}`,
  },
  // A field taken out by destructuring is the place the field read names: another object's field is another place (issue 9, class 6)
  {
    name: "L1: a destructured registration dropped, then the same field of another object used",
    code: head + `interface Data {
  readonly reg: drm.Registration<Gpu>;
  readonly inner: { readonly reg: drm.Registration<Gpu> };
}
export async function other(a: Data, b: Data): Promise<void> {
  const { reg } = a;
  await reg.drop();
  b.reg.device().openFile();
  const { inner: { reg: nested } } = b;
  await nested.drop();
  a.inner.reg.device().openFile();
}
export async function defaulted(a: Data, b: Partial<Data>): Promise<void> {
  const { reg = a.inner.reg } = b;
  await reg.drop();
  a.reg.device().openFile();
}`,
  },
  // L4: a helper in another module reads the device a holder keeps, before the move
  {
    name: 'L4: a helper module reads the device of a holder before the move',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): [drm.Registration<Gpu>, string] {
  const slot: GpuSlot = { udev: drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }), vram: 64 };
  const name = nameOfSlot(slot);
  const reg = drm.Registration.new(pdev, slot.udev, { vram: slot.vram }, 0);
  return [reg, name];
}`,
  },
  // L4: after the move, a helper in another module reads only the holder's plain fields
  {
    name: 'L4: a helper module reads only the plain field of a holder whose device moved',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): [drm.Registration<Gpu>, number] {
  const slot: GpuSlot = { udev: drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }), vram: 64 };
  const reg = registerGpu(pdev, slot.udev);
  return [reg, vramOfSlot(slot)];
}`,
  },
  // L4: a helper reads the device two fields deep before the move; only the bay's label after it
  {
    name: 'L4: a helper module reads the device of a nested holder before the move, the label after',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): [drm.Registration<Gpu>, string] {
  const bay: GpuBay = { slot: { udev: drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }), vram: 64 }, label: 'bay0' };
  const before = nameOfBay(bay);
  const reg = drm.Registration.new(pdev, bay.slot.udev, { vram: 64 }, 0);
  return [reg, before + bay.label];
}`,
  },
  // L1: nested patterns read before the move, or a part the move left in place
  {
    name: 'L1: nested patterns read the device before the move, and only the other fields after it',
    code: head + `interface Kit {
  readonly udev: drm.UnregisteredDevice<Gpu>;
  readonly opts: { readonly lanes: number };
}
export function before(pdev: pci.Device<device.Bound>): [drm.Registration<Gpu>, string] {
  const kit: Kit = { udev: drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }), opts: { lanes: 2 } };
  const { udev: { data: { label } } } = kit;
  const [{ name }] = [kit.udev] as const;
  const reg = drm.Registration.new(pdev, kit.udev, { vram: 64 }, 0);
  return [reg, label + name];
}
export function after(pdev: pci.Device<device.Bound>): [drm.Registration<Gpu>, number] {
  const kit: Kit = { udev: drm.UnregisteredDevice.new(gpu, pdev, { label: 'b' }), opts: { lanes: 2 } };
  const reg = drm.Registration.new(pdev, kit.udev, { vram: 64 }, 0);
  const { opts: { lanes } } = kit;
  const lanesOf = ({ opts: { lanes: n } }: Kit): number => n;
  return [reg, lanes + lanesOf(kit)];
}`,
  },
  // L3/L4: the methods of an ops table typed with an interface, called before the drop, or only reading name and data after it
  {
    name: 'L3: an ops table typed with an interface used before the drop; after it only a member reading name and data',
    code: head + `interface Ops {
  open(dev: drm.Device<Gpu>): void;
  label(dev: drm.Device<Gpu>): string;
}
const ops: Ops = {
  open(dev) {
    dev.openFile();
  },
  label: (dev) => dev.data.label,
};
export async function reset(reg: drm.Registration<Gpu>): Promise<string> {
  const dev = reg.device();
  ops.open(dev);
  await reg.drop();
  return ops.label(dev);
}`,
  },
  {
    name: 'L4: an ops table and a ring imported through a barrel used before the drop; after it only describe',
    code: head + `import { gpuOps, gpuRing } from './no-unregistered-device-use.barrel.helpers.js';
export async function reset(reg: drm.Registration<Gpu>): Promise<string> {
  const dev = reg.device();
  gpuOps.open(dev);
  gpuRing.submit(dev);
  const vendor = gpuOps.vendor(dev);
  await unplugGpu(reg);
  return gpuOps.describe(dev) + String(vendor);
}`,
  },
  // L2: closures a function returns run later with what they capture: done in the right order, nothing to report
  {
    name: 'L2: a returned object method opens a file, then drops the registration',
    code: head + `export function retirePlan(reg: drm.Registration<Gpu>): { retire(): Promise<number> } {
  const dev = reg.device();
  return {
    async retire() {
      const file = dev.openFile();
      await reg.drop();
      return file.inner() === undefined ? 0 : 1;
    },
  };
}`,
  },
  {
    name: 'L2: a returned arrow drops the registration and reads only the name afterwards',
    code: head + `export function retireLater(reg: drm.Registration<Gpu>): () => string {
  const dev = reg.device();
  return () => {
    void reg.drop();
    return dev.name;
  };
}`,
  },
  {
    name: 'L2: a closure returned in an array drops a registration of its own making, not the captured one',
    code: head + `export function steps(reg: drm.Registration<Gpu>, pdev: pci.Device<device.Bound>): (() => void)[] {
  const dev = reg.device();
  return [
    () => {
      const mine = drm.Registration.new(pdev, drm.UnregisteredDevice.new(gpu, pdev, { label: 'x' }), { vram: 64 }, 0);
      void mine.drop();
      dev.openFile();
    },
  ];
}`,
  },
];

const invalid: InvalidTestCase<string, []>[] = [
  // L1: a Map built from entries holds what the entries hold: `get` after the move gives the moved device
  {
    name: 'L1: new Map(entries literal), get after the move',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu>; label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
    const staged = new Map([['a', udev]] as const);
    const main = staged.get('a');
    if (main === undefined) throw new Error('lost');
    const reg = drm.Registration.new(pdev, main, { vram: 64 }, 0);
    const label = staged.get('a')?.name ?? '';
    return { reg, label };
  },
};`,
    errors: [{ messageId: 'useAfterMove', line: 12, column: 19 }],
  },
  {
    name: 'L1: new Map(Object.entries(obj)), get after the move',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu>; label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const byRole = { a: drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }) };
    const staged = new Map(Object.entries(byRole));
    const main = staged.get('a');
    if (main === undefined) throw new Error('lost');
    const reg = drm.Registration.new(pdev, main, { vram: 64 }, 0);
    const label = staged.get('a')?.data.label ?? '';
    return { reg, label };
  },
};`,
    errors: [{ messageId: 'useAfterMove', line: 12, column: 19 }],
  },
  {
    name: 'L1: new Map(otherMap) copy of a Map of entries, get after the move',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu>; label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const entries = [['a', drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' })]] as const;
    const staged = new Map(new Map(entries));
    const main = staged.get('a');
    if (main === undefined) throw new Error('lost');
    const reg = drm.Registration.new(pdev, main, { vram: 64 }, 0);
    const label = staged.get('a')?.name ?? '';
    return { reg, label };
  },
};`,
    errors: [{ messageId: 'useAfterMove', line: 12, column: 19 }],
  },
  // L0: use after move (writing `data` after Registration.new)
  {
    name: 'L0: data written after the move',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
    const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
    udev.data = { label: 'late' };
    return { reg };
  },
};`,
    errors: [{ messageId: 'useAfterMove', line: 9, column: 5 }],
  },
  // L0: use after move (reading `name` after Registration.new)
  {
    name: 'L0: name read after the move',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): [drm.Registration<Gpu>, string] {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  return [reg, udev.name];
}`,
    errors: [{ messageId: 'useAfterMove', line: 6, column: 16 }],
  },
  // L0: use after move (assumeCtx after Registration.new)
  {
    name: 'L0: assumeCtx after the move',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): drm.Registration<Gpu> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  // SAFETY: (wrong) the device is Uninit.
  const early = udev.assumeCtx();
  early.data.label = 'late';
  return reg;
}`,
    errors: [{ messageId: 'useAfterMove', line: 7, column: 17 }],
  },
  // L0: registered twice (the second Registration.new)
  {
    name: 'L0: registered twice',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): drm.Registration<Gpu>[] {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const first = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  const second = drm.Registration.new(pdev, udev, { vram: 128 }, 0);
  return [first, second];
}`,
    errors: [{ messageId: 'registeredTwice', line: 6, column: 18 }],
  },
  // L0: a registered-only operation on an Uninit device reached through assumeCtx
  {
    name: 'L0: openFile through assumeCtx<Registered> before registration',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): drm.Registration<Gpu> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  // SAFETY: (wrong) the device is not registered yet.
  const early = udev.assumeCtx<drm.Registered>();
  early.openFile();
  return drm.Registration.new(pdev, udev, { vram: 64 }, 0);
}`,
    errors: [{ messageId: 'registeredOpOnUninit', line: 7, column: 3 }],
  },
  // L0: a registered-only operation on an UnregisteredDevice reached through `any`
  {
    name: 'L0: withUnbindGuard through any',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): drm.Registration<Gpu> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const loose: any = udev;
  loose.withUnbindGuard(() => 0);
  return drm.Registration.new(pdev, udev, { vram: 64 }, 0);
}`,
    errors: [{ messageId: 'registeredOpOnUninit', line: 6, column: 3 }],
  },
  // L0: registered-only call on the device of a registration created and dropped in the same function
  {
    name: 'L0: openFile after dropping a local registration',
    code: head + `export async function selfTest(pdev: pci.Device<device.Bound>): Promise<void> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  const dev = reg.device();
  await reg.drop();
  dev.openFile();
}`,
    errors: [{ messageId: 'useAfterDrop', line: 8, column: 3 }],
  },
  // L0: guard operation on the device of a dropped registration (the registration is a parameter)
  {
    name: 'L0: withUnbindGuard after dropping a registration parameter',
    code: head + `export async function shutdown(reg: drm.Registration<Gpu>): Promise<number | undefined> {
  const dev = reg.device();
  await reg.drop();
  return dev.withUnbindGuard((parent) => parent.vendorId);
}`,
    errors: [{ messageId: 'useAfterDrop', line: 6, column: 10 }],
  },
  // L1: a registered-only operation reached through a cast
  {
    name: 'L1: unbindGuard through a cast',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): drm.Registration<Gpu> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const forced = udev as unknown as drm.Device<Gpu>;
  const guard = forced.unbindGuard();
  guard?.release();
  return drm.Registration.new(pdev, udev, { vram: 64 }, 0);
}`,
    errors: [{ messageId: 'registeredOpOnUninit', line: 6, column: 17 }],
  },
  // L1: use after move through an alias
  {
    name: 'L1: alias used after the move',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): drm.Registration<Gpu> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const same = udev;
  const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  same.data = { label: 'late' };
  return reg;
}`,
    errors: [{ messageId: 'useAfterMove', line: 7, column: 3 }],
  },
  // L1: moved through an object literal (and spread), used directly
  {
    name: 'L1: moved through an object literal and spread',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): drm.Registration<Gpu> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const base = { dev: udev };
  const setup = { ...base, vram: 64 };
  const reg = drm.Registration.new(pdev, setup.dev, { vram: setup.vram }, 0);
  udev.data.label = 'late';
  return reg;
}`,
    errors: [{ messageId: 'useAfterMove', line: 8, column: 3 }],
  },
  // L1: moved through an array literal and destructuring, used directly
  {
    name: 'L1: moved through an array literal and destructuring',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): [drm.Registration<Gpu>, string] {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const [head] = [udev] as const;
  const reg = drm.Registration.new(pdev, head, { vram: 64 }, 0);
  return [reg, udev.name];
}`,
    errors: [{ messageId: 'useAfterMove', line: 7, column: 16 }],
  },
  // L1: moved on one branch, used after the branches join (moved on some path)
  {
    name: 'L1: maybe moved, then used',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>, now: boolean): drm.Registration<Gpu> | undefined {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  let reg: drm.Registration<Gpu> | undefined;
  if (now) reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  udev.data = { label: 'maybe-moved' };
  return reg;
}`,
    errors: [{ messageId: 'useAfterMove', line: 7, column: 3 }],
  },
  // L1: used in an arm of a conditional expression after the move
  {
    name: 'L1: used in a conditional expression after the move',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>, verbose: boolean): [drm.Registration<Gpu>, string] {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  const label = verbose ? udev.name : 'gpu';
  return [reg, label];
}`,
    errors: [{ messageId: 'useAfterMove', line: 6, column: 27 }],
  },
  // L1: the device of a registration dropped through an alias, used for a registered-only call
  {
    name: 'L1: openFile after a drop through an alias',
    code: head + `export async function selfTest(pdev: pci.Device<device.Bound>): Promise<void> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  const owner = reg;
  const dev = reg.device();
  await owner.drop();
  dev.openFile();
}`,
    errors: [{ messageId: 'useAfterDrop', line: 9, column: 3 }],
  },
  // L2: a callback run now uses the device after the move
  {
    name: 'L2: forEach callback uses the device after the move',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): drm.Registration<Gpu> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  ['b'].forEach((label) => {
    udev.data = { label };
  });
  return reg;
}`,
    errors: [{ messageId: 'useAfterMove', line: 7, column: 5 }],
  },
  // L2: moved inside a callback run now, used after it
  {
    name: 'L2: moved in a forEach callback, used after',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): [drm.Registration<Gpu>[], string] {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const regs: drm.Registration<Gpu>[] = [];
  [udev].forEach((u) => regs.push(drm.Registration.new(pdev, u, { vram: 64 }, 0)));
  return [regs, udev.name];
}`,
    errors: [{ messageId: 'useAfterMove', line: 7, column: 17 }],
  },
  // L2: a stored closure (returned in the driver data) uses the moved device
  {
    name: 'L2: returned closure uses the device after the move',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu>; describe: () => string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
    const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
    return { reg, describe: () => udev.name };
  },
};`,
    errors: [{ messageId: 'useAfterMove', line: 9, column: 35 }],
  },
  // L3: moved by a helper in the same file, then used directly
  {
    name: 'L3: moved by a same-file helper',
    code: head + `function register(parent: pci.Device<device.Bound>, u: drm.UnregisteredDevice<Gpu>): drm.Registration<Gpu> {
  return drm.Registration.new(parent, u, { vram: 64 }, 0);
}
export function bringUp(pdev: pci.Device<device.Bound>): drm.Registration<Gpu> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const reg = register(pdev, udev);
  udev.data = { label: 'late' };
  return reg;
}`,
    errors: [{ messageId: 'useAfterMove', line: 9, column: 3 }],
  },
  // L3: used by a helper in the same file after the move (finding at the call in the caller)
  {
    name: 'L3: used by a same-file helper after the move',
    code: head + `function labelOf(u: drm.UnregisteredDevice<Gpu>): string {
  return u.data.label;
}
export function bringUp(pdev: pci.Device<device.Bound>): [drm.Registration<Gpu>, string] {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  const label = labelOf(udev);
  return [reg, label];
}`,
    errors: [{ messageId: 'useAfterMove', line: 9, column: 17 }],
  },
  // L3: a same-file helper reaches a registered-only operation for an unregistered device it is given
  {
    name: 'L3: helper assumes Registered for an unregistered device',
    code: head + `function openAs(dev: drm.Device<Gpu, drm.Uninit>): void {
  // SAFETY: callers pass registered devices.
  dev.assumeCtx<drm.Registered>().openFile();
}
export function bringUp(pdev: pci.Device<device.Bound>): drm.Registration<Gpu> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  // SAFETY: an unregistered device is Uninit.
  openAs(udev.assumeCtx());
  return drm.Registration.new(pdev, udev, { vram: 64 }, 0);
}`,
    errors: [{ messageId: 'registeredOpOnUninit', line: 10, column: 3 }],
  },
  // L3: the registration is dropped by a same-file helper, then its device takes a guard
  {
    name: 'L3: unbindGuard after a drop by a same-file helper',
    code: head + `async function retire(r: drm.Registration<Gpu>): Promise<void> {
  await r.drop();
}
export async function selfTest(pdev: pci.Device<device.Bound>): Promise<void> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  const dev = reg.device();
  await retire(reg);
  const guard = dev.unbindGuard();
  guard?.release();
}`,
    errors: [{ messageId: 'useAfterDrop', line: 11, column: 17 }],
  },
  // L4: moved by a helper in another module, then used directly
  {
    name: 'L4: moved by a helper module',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu>; label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
    const reg = registerGpu(pdev, udev);
    return { reg, label: udev.name };
  },
};`,
    errors: [{ messageId: 'useAfterMove', line: 9, column: 26 }],
  },
  // L4: registered twice through a helper in another module (finding at the second call)
  {
    name: 'L4: registered twice through a helper module',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): drm.Registration<Gpu>[] {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const first = registerGpu(pdev, udev);
  const second = registerGpu(pdev, udev);
  return [first, second];
}`,
    errors: [{ messageId: 'registeredTwice', line: 6, column: 18 }],
  },
  // L4: used by a helper in another module after the move (finding at the call in the caller)
  {
    name: 'L4: used by a helper module after the move',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): drm.Registration<Gpu> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  configureGpu(udev, 'late');
  return reg;
}`,
    errors: [{ messageId: 'useAfterMove', line: 6, column: 3 }],
  },
  // L4: the registration is dropped by a helper in another module, then a registered-only call
  {
    name: 'L4: openFile after a drop by a helper module',
    code: head + `export async function selfTest(pdev: pci.Device<device.Bound>): Promise<void> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  const dev = reg.device();
  await unplugGpu(reg);
  dev.openFile();
}`,
    errors: [{ messageId: 'useAfterDrop', line: 8, column: 3 }],
  },
  // ---- issue 9: values by type, proofs, ownership, access paths (docs/architecture.md) ----
  {
    name: 'L1: moved through an object field, then used through that field',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const holder = { udev: drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }) };
    const reg = drm.Registration.new(pdev, holder.udev, { vram: 64 }, 0);
    holder.udev.data.label = 'late';
    return { reg };
  },
};`,
    errors: [{ messageId: 'useAfterMove', line: 9, column: 5 }],
  },
  {
    name: 'L1: moved as arr[0], then used through at(0)',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const udevs = [drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' })];
    const reg = drm.Registration.new(pdev, udevs[0]!, { vram: 64 }, 0);
    udevs.at(0)!.data.label = 'late';
    return { reg };
  },
};`,
    errors: [{ messageId: 'useAfterMove', line: 9, column: 5 }],
  },
  {
    name: 'L1: moved, then used through an element read of the array holding it',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
    const all = [udev];
    const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
    all[0]!.data.label = 'late';
    return { reg };
  },
};`,
    errors: [{ messageId: 'useAfterMove', line: 10, column: 5 }],
  },
  {
    name: "L1: a spread copy of its holder, used through the copy's field after the move",
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const holder = { udev: drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }) };
    const copy = { ...holder };
    const reg = drm.Registration.new(pdev, holder.udev, { vram: 64 }, 0);
    copy.udev.data.label = 'late';
    return { reg };
  },
};`,
    errors: [{ messageId: 'useAfterMove', line: 10, column: 5 }],
  },
  {
    name: 'L1: kept in a Map, moved as map.get(k)!, then used through map.get(k)!',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const byName = new Map<string, drm.UnregisteredDevice<Gpu>>();
    byName.set('a', drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }));
    const reg = drm.Registration.new(pdev, byName.get('a')!, { vram: 64 }, 0);
    byName.get('a')!.data.label = 'late';
    return { reg };
  },
};`,
    errors: [{ messageId: 'useAfterMove', line: 10, column: 5 }],
  },
  {
    name: 'L1: moved, then used through for-of over the array holding it and through nested destructuring',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const box = { inner: { udev: drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }) } };
    const reg = drm.Registration.new(pdev, box.inner.udev, { vram: 64 }, 0);
    const { inner: { udev } } = box;
    for (const u of [udev]) u.data.label = 'late';
    return { reg };
  },
};`,
    errors: [{ messageId: 'useAfterMove', line: 10, column: 22 }],
  },
  // L0: a registered-only call on a double cast of an Uninit parameter (issue 9, class 8)
  {
    name: 'L0: openFile on `as unknown as` of an Uninit parameter',
    code: head + `export function early(dev: drm.Device<Gpu, drm.Uninit>): void {
  (dev as unknown as drm.Device<Gpu>).openFile();
}`,
    errors: [{ messageId: 'registeredOpOnUninit', line: 4, column: 3 }],
  },
  // L1: the double cast kept in a variable (`<X><unknown>` and satisfies too) (issue 9, class 8)
  {
    name: 'L1: openFile on an alias of a double cast of an Uninit parameter',
    code: head + `export function early(dev: drm.Device<Gpu, drm.Uninit>, other: drm.Device<Gpu, drm.Uninit>): void {
  const forced = dev as unknown as drm.Device<Gpu, drm.Registered>;
  forced.openFile();
  const again = <drm.Device<Gpu>><unknown>(other satisfies object);
  again.withUnbindGuard(() => 0);
}`,
    errors: [
      { messageId: 'registeredOpOnUninit', line: 5, column: 3 },
      { messageId: 'registeredOpOnUninit', line: 7, column: 3 },
    ],
  },
  // L1: a registration from a destructured parameter, used after its drop (issue 9, class 8)
  {
    name: 'L1: destructured registration parameter used after the drop',
    code: head + `export async function shutdown({ reg }: { reg: drm.Registration<Gpu> }): Promise<void> {
  const dev = reg.device();
  await reg.drop();
  dev.openFile();
}`,
    errors: [{ messageId: 'useAfterDrop', line: 6, column: 3 }],
  },
  // L1: registrations destructured from an object and an array, used after their drops (issue 9, class 8)
  {
    name: 'L1: registrations destructured from an object and an array used after the drop',
    code: head + `export async function shutdown(holder: { reg: drm.Registration<Gpu> }, regs: drm.Registration<Gpu>[]): Promise<void> {
  const { reg } = holder;
  const dev = reg.device();
  await reg.drop();
  dev.openFile();
  const [first] = regs;
  if (!first) return;
  const second = first.device();
  await first.drop();
  second.withUnbindGuard(() => 0);
}`,
    errors: [
      { messageId: 'useAfterDrop', line: 7, column: 3 },
      { messageId: 'useAfterDrop', line: 12, column: 3 },
    ],
  },
  // L0: the catch of a try that moved the device may run after the move (issue 9, class 1)
  {
    name: 'L0: catch after a move inside the try block',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): { reg: drm.Registration<Gpu> } | undefined {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  try {
    const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
    return { reg };
  } catch {
    udev.data = { label: 'failed' };
    return undefined;
  }
}`,
    errors: [{ messageId: 'useAfterMove', line: 9, column: 5 }],
  },
  // L0: a registration given to a \`using\` AsyncDisposableStack is dropped at the end of its block (issue 9, class 1)
  {
    name: 'L0: device used after the stack holding its registration was disposed',
    code: head + `export async function selfTest(pdev: pci.Device<device.Bound>): Promise<void> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  let dev: drm.Device<Gpu> | undefined;
  {
    await using stack = new AsyncDisposableStack();
    const reg = stack.use(drm.Registration.new(pdev, udev, { vram: 64 }, 0));
    dev = reg.device();
  }
  dev.openFile();
}`,
    errors: [{ messageId: 'useAfterDrop', line: 11, column: 3 }],
  },
  // L2: one device declared outside the loop and registered inside it is registered twice
  {
    name: 'L2: one outer device registered in every iteration',
    code: head + `export function bringUpAll(pdev: pci.Device<device.Bound>, sizes: number[]): drm.Registration<Gpu>[] {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const regs: drm.Registration<Gpu>[] = [];
  for (const vram of sizes) regs.push(drm.Registration.new(pdev, udev, { vram }, 0));
  return regs;
}`,
    errors: [{ messageId: 'registeredTwice', line: 6, column: 39 }],
  },
  // L2: an element registered in the loop and used after it is still moved
  {
    name: 'L2: element registered in a for…of and used after the loop',
    code: head + `export function bringUpAll(pdev: pci.Device<device.Bound>): drm.Registration<Gpu>[] {
  const devs = ['a', 'b'].map((label) => drm.UnregisteredDevice.new(gpu, pdev, { label }));
  const regs: drm.Registration<Gpu>[] = [];
  let last: drm.UnregisteredDevice<Gpu> | undefined;
  for (const u of devs) {
    last = u;
    regs.push(drm.Registration.new(pdev, u, { vram: 64 }, 0));
  }
  if (last) last.data = { label: 'late' };
  return regs;
}`,
    errors: [{ messageId: 'useAfterMove', line: 11, column: 7 }],
  },
  // L2: an element used after its move within the same iteration
  {
    name: 'L2: element used after its move in the same iteration',
    code: head + `export function bringUpAll(pdev: pci.Device<device.Bound>): drm.Registration<Gpu>[] {
  const devs = ['a', 'b'].map((label) => drm.UnregisteredDevice.new(gpu, pdev, { label }));
  const regs: drm.Registration<Gpu>[] = [];
  for (const u of devs) {
    regs.push(drm.Registration.new(pdev, u, { vram: 64 }, 0));
    u.data = { label: 'late' };
  }
  return regs;
}`,
    errors: [{ messageId: 'useAfterMove', line: 8, column: 5 }],
  },
  // A drop under a test of the registration's own dropped flag is a drop on every path, inline and in a helper (issue 9, class 1)
  {
    name: 'L0: dropped unless already dropped (a dropped-flag test), then a registered-only call',
    code: head + `export async function recycle(reg: drm.Registration<Gpu>): Promise<void> {
  const dev = reg.device();
  if (!reg.dropped) await reg.drop();
  dev.openFile();
}`,
    errors: [{ messageId: 'useAfterDrop', line: 6, column: 3 }],
  },
  {
    name: 'L0: a local registration dropped unless already dropped, then a registered-only call',
    code: head + `export async function selfTest(pdev: pci.Device<device.Bound>): Promise<void> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  const dev = reg.device();
  if (!reg.dropped) await reg.drop();
  dev.openFile();
}`,
    errors: [{ messageId: 'useAfterDrop', line: 8, column: 3 }],
  },
  {
    name: 'L3: a helper drops its parameter unless already dropped, then the caller uses the device',
    code: head + `async function teardown(r: drm.Registration<Gpu>): Promise<void> {
  if (!r.dropped) await r.drop();
}
export async function recycle(reg: drm.Registration<Gpu>): Promise<void> {
  const dev = reg.device();
  await teardown(reg);
  dev.openFile();
}`,
    errors: [{ messageId: 'useAfterDrop', line: 9, column: 3 }],
  },
  {
    name: 'L3: a helper drops its parameter in a finally unless already dropped',
    code: head + `async function teardown(r: drm.Registration<Gpu>, label: string): Promise<void> {
  try {
    if (label === '') throw new Error('no label');
  } finally {
    if (!r.dropped) await r.drop();
  }
}
export async function recycle(reg: drm.Registration<Gpu>): Promise<void> {
  const dev = reg.device();
  await teardown(reg, 'x');
  dev.openFile();
}`,
    errors: [{ messageId: 'useAfterDrop', line: 13, column: 3 }],
  },
  {
    name: 'L3: a helper disposes its parameter with await using',
    code: head + `async function teardown(r: drm.Registration<Gpu>): Promise<void> {
  await using owned = r;
  void owned.dropped;
}
export async function recycle(reg: drm.Registration<Gpu>): Promise<void> {
  const dev = reg.device();
  await teardown(reg);
  dev.openFile();
}`,
    errors: [{ messageId: 'useAfterDrop', line: 10, column: 3 }],
  },
  {
    name: 'L3: a helper hands its parameter (unless already dropped) to an await using AsyncDisposableStack',
    code: head + `async function teardown(r: drm.Registration<Gpu>): Promise<void> {
  await using stack = new AsyncDisposableStack();
  if (!r.dropped) stack.use(r);
}
export async function recycle(reg: drm.Registration<Gpu>): Promise<void> {
  const dev = reg.device();
  await teardown(reg);
  dev.openFile();
}`,
    errors: [{ messageId: 'useAfterDrop', line: 10, column: 3 }],
  },
  {
    name: 'L4: a helper module drops the registration unless already dropped, then a registered-only call',
    code: head + `export async function selfTest(pdev: pci.Device<device.Bound>): Promise<void> {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
  const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  const dev = reg.device();
  await retireGpu(reg);
  dev.openFile();
}`,
    errors: [{ messageId: 'useAfterDrop', line: 8, column: 3 }],
  },
  // A helper given the device of a dropped registration performs a guard operation or a registered-only call on it
  {
    name: 'L3: a same-file helper takes a critical section on the device after the drop',
    code: head + `function revision(dev: drm.Device<Gpu>): number | undefined {
  return dev.withUnbindGuard((parent) => parent.revision);
}
export async function recycle(reg: drm.Registration<Gpu>): Promise<string> {
  const dev = reg.device();
  const before = revision(dev);
  await reg.drop();
  const after = revision(dev);
  return String(before) + String(after);
}`,
    errors: [{ messageId: 'useAfterDrop', line: 10, column: 17 }],
  },
  {
    name: 'L1: moved out of a Map, then read through for-of over its entries',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu>; names: string[] }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const staged = new Map<string, drm.UnregisteredDevice<Gpu>>();
    staged.set('a', drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }));
    const main = staged.get('a');
    if (main === undefined) throw new Error('lost');
    const reg = drm.Registration.new(pdev, main, { vram: 64 }, 0);
    const names: string[] = [];
    for (const [, u] of staged) names.push(u.name);
    return { reg, names };
  },
};`,
    errors: [{ messageId: 'useAfterMove', line: 13, column: 44 }],
  },
  {
    name: 'L1: moved out of a Map, then read through for-of over map.values()',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu>; names: string[] }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const staged = new Map<string, drm.UnregisteredDevice<Gpu>>();
    staged.set('a', drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }));
    const main = staged.get('a');
    if (main === undefined) throw new Error('lost');
    const reg = drm.Registration.new(pdev, main, { vram: 64 }, 0);
    const names: string[] = [];
    for (const u of staged.values()) names.push(u.name);
    return { reg, names };
  },
};`,
    errors: [{ messageId: 'useAfterMove', line: 13, column: 49 }],
  },
  {
    name: 'L1: moved out of a Map, then read in a map.forEach callback',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu>; names: string[] }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const staged = new Map<string, drm.UnregisteredDevice<Gpu>>();
    staged.set('a', drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }));
    const main = staged.get('a');
    if (main === undefined) throw new Error('lost');
    const reg = drm.Registration.new(pdev, main, { vram: 64 }, 0);
    const names: string[] = [];
    staged.forEach((u) => names.push(u.name));
    return { reg, names };
  },
};`,
    errors: [{ messageId: 'useAfterMove', line: 13, column: 38 }],
  },
  {
    name: 'L1: moved out of a Map, then read through a spread of map.values()',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu>; names: string[] }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const staged = new Map<string, drm.UnregisteredDevice<Gpu>>();
    staged.set('a', drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }));
    const main = staged.get('a');
    if (main === undefined) throw new Error('lost');
    const reg = drm.Registration.new(pdev, main, { vram: 64 }, 0);
    const names: string[] = [];
    for (const u of [...staged.values()]) names.push(u.name);
    return { reg, names };
  },
};`,
    errors: [{ messageId: 'useAfterMove', line: 13, column: 54 }],
  },
  {
    name: 'L1: moved out of a Map, then read through an entry of map.entries()',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu>; names: string[] }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const staged = new Map<string, drm.UnregisteredDevice<Gpu>>();
    staged.set('a', drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }));
    const main = staged.get('a');
    if (main === undefined) throw new Error('lost');
    const reg = drm.Registration.new(pdev, main, { vram: 64 }, 0);
    const names: string[] = [];
    for (const entry of staged.entries()) names.push(entry[1].name);
    return { reg, names };
  },
};`,
    errors: [{ messageId: 'useAfterMove', line: 13, column: 54 }],
  },
  {
    name: 'L1: moved out of a Map, then read through [key, value] of map.entries()',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu>; names: string[] }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const staged = new Map<string, drm.UnregisteredDevice<Gpu>>();
    staged.set('a', drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }));
    const reg = drm.Registration.new(pdev, staged.get('a')!, { vram: 64 }, 0);
    const names: string[] = [];
    for (const [key, u] of staged.entries()) names.push(key + u.name);
    return { reg, names };
  },
};`,
    errors: [{ messageId: 'useAfterMove', line: 11, column: 57 }],
  },
  {
    name: 'L0: the device of a registration, taken after its drop, opens a file',
    code: head + `export async function reset(reg: drm.Registration<Gpu>): Promise<void> {
  await reg.drop();
  reg.device().openFile();
}`,
    errors: [{ messageId: 'useAfterDrop', line: 5, column: 3 }],
  },
  {
    name: 'L3: a same-file helper drops every registration of an array; a device taken after it opens a file',
    code: head + `async function dropAll(regs: readonly drm.Registration<Gpu>[]): Promise<void> {
  await Promise.all(regs.map((r) => r.drop()));
}
export async function reset(a: drm.Registration<Gpu>, b: drm.Registration<Gpu>): Promise<object> {
  await dropAll([a, b]);
  const file = a.device().openFile();
  return file.inner();
}`,
    errors: [{ messageId: 'useAfterDrop', line: 8, column: 16 }],
  },
  {
    name: 'L4: a helper module drops a registration; its device, taken after, opens a file',
    code: head + `export async function reset(reg: drm.Registration<Gpu>): Promise<void> {
  await unplugGpu(reg);
  const dev = reg.device();
  dev.openFile();
}`,
    errors: [{ messageId: 'useAfterDrop', line: 6, column: 3 }],
  },
  {
    name: 'L4: a helper module drops every registration of an array; a device taken after it opens a file',
    code: head + `export async function reset(decoder: drm.Registration<Gpu>, scaler: drm.Registration<Gpu>): Promise<object> {
  await unplugAllGpus([decoder, scaler]);
  const file = decoder.device().openFile();
  return file.inner();
}`,
    errors: [{ messageId: 'useAfterDrop', line: 5, column: 16 }],
  },
  {
    name: 'L3: a chain of same-file helpers opens a file and takes a guard on the device after the drop',
    code: head + `function open(dev: drm.Device<Gpu>): void {
  dev.openFile();
}
function probeAgain(dev: drm.Device<Gpu>): boolean {
  using guard = dev.unbindGuard();
  return guard !== undefined;
}
function check(target: drm.Device<Gpu>): boolean {
  return probeAgain(target);
}
export async function shutdown(reg: drm.Registration<Gpu>): Promise<boolean> {
  const dev = reg.device();
  await reg.drop();
  open(dev);
  return check(dev);
}`,
    errors: [
      { messageId: 'useAfterDrop', line: 16, column: 3 },
      { messageId: 'useAfterDrop', line: 17, column: 10 },
    ],
  },
  {
    name: 'L4: a helper module takes a critical section on the device after another drops its registration',
    code: head + `export async function recycle(reg: drm.Registration<Gpu>): Promise<number> {
  const dev = reg.device();
  await unplugGpu(reg);
  return vendorOfGpu(dev) ?? 0;
}`,
    errors: [{ messageId: 'useAfterDrop', line: 6, column: 10 }],
  },
  {
    name: 'L1: a registration destructured out of an object is dropped, then used through the same field (direct, nested, the other way round)',
    code: head + `interface Data {
  readonly reg: drm.Registration<Gpu>;
  readonly inner: { readonly reg: drm.Registration<Gpu> };
}
export async function direct(data: Data): Promise<string | undefined> {
  const { reg } = data;
  await reg.drop();
  return data.reg.device().withUnbindGuard((parent) => parent.name);
}
export async function nested(data: Data): Promise<void> {
  const { inner: { reg: r } } = data;
  await r.drop();
  data.inner.reg.device().openFile();
}
export async function reversed(data: Data): Promise<void> {
  await data.reg.drop();
  const { reg } = data;
  reg.device().openFile();
}`,
    errors: [
      { messageId: 'useAfterDrop', line: 10, column: 10 },
      { messageId: 'useAfterDrop', line: 15, column: 3 },
      { messageId: 'useAfterDrop', line: 20, column: 3 },
    ],
  },
  // L1: a nested pattern reads the property it destructures: a use of a moved device
  {
    name: 'L1: moved, then read through a nested object pattern (with a default), a nested array pattern and a for-of pattern',
    code: head + `interface Kit {
  readonly udev: drm.UnregisteredDevice<Gpu>;
  readonly lanes: number;
}
export function object(pdev: pci.Device<device.Bound>): [drm.Registration<Gpu>, string] {
  const kit: Kit = { udev: drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }), lanes: 2 };
  const reg = drm.Registration.new(pdev, kit.udev, { vram: kit.lanes }, 0);
  const { udev: { data: { label } } } = kit;
  return [reg, label];
}
export function defaulted(pdev: pci.Device<device.Bound>, spare: drm.UnregisteredDevice<Gpu>): [drm.Registration<Gpu>, string] {
  const kit: Partial<Kit> = { udev: drm.UnregisteredDevice.new(gpu, pdev, { label: 'b' }) };
  const reg = drm.Registration.new(pdev, kit.udev ?? spare, { vram: 64 }, 0);
  const { udev: { name } = spare } = kit;
  return [reg, name];
}
export function array(pdev: pci.Device<device.Bound>): [drm.Registration<Gpu>, string] {
  const pair = [drm.UnregisteredDevice.new(gpu, pdev, { label: 'c' }), 1] as const;
  const reg = drm.Registration.new(pdev, pair[0], { vram: 64 }, 0);
  const [{ name }] = pair;
  return [reg, name];
}
export function loop(pdev: pci.Device<device.Bound>): [drm.Registration<Gpu>, string[]] {
  const kit = { udev: drm.UnregisteredDevice.new(gpu, pdev, { label: 'd' }) };
  const reg = drm.Registration.new(pdev, kit.udev, { vram: 64 }, 0);
  const names: string[] = [];
  for (const { udev: { name } } of [kit]) names.push(name);
  return [reg, names];
}`,
    errors: [
      { messageId: 'useAfterMove', line: 10, column: 11 },
      { messageId: 'useAfterMove', line: 16, column: 11 },
      { messageId: 'useAfterMove', line: 22, column: 10 },
      { messageId: 'useAfterMove', line: 29, column: 16 },
    ],
  },
  // L2: a parameter destructured by a nested pattern reads the moved device it is given
  {
    name: 'L2: moved, then read by a closure whose parameter is a nested pattern',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu>; label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const kit = { udev: drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }) };
    const reg = drm.Registration.new(pdev, kit.udev, { vram: 64 }, 0);
    const labelOf = ({ udev: { data } }: typeof kit): string => data.label;
    return { reg, label: labelOf(kit) };
  },
};`,
    errors: [{ messageId: 'useAfterMove', line: 9, column: 24 }],
  },
  // L3: a method called through a const typed with an interface runs the member the const holds
  {
    name: 'L3: registered-only calls after the drop through an object literal typed with an interface (method, arrow property, class instance)',
    code: head + `interface Ops {
  open(dev: drm.Device<Gpu>): void;
  readonly peek: (dev: drm.Device<Gpu>) => number | undefined;
}
const ops: Ops = {
  open(dev) {
    dev.openFile();
  },
  peek: (dev) => dev.withUnbindGuard((parent) => parent.deviceId),
};
interface Ring {
  submit(dev: drm.Device<Gpu>): void;
}
class FileRing implements Ring {
  submit(dev: drm.Device<Gpu>): void {
    dev.openFile();
  }
}
const ring: Ring = new FileRing();
export async function reset(a: drm.Registration<Gpu>, b: drm.Registration<Gpu>, c: drm.Registration<Gpu>): Promise<void> {
  const [da, db, dc] = [a.device(), b.device(), c.device()];
  await a.drop();
  ops.open(da);
  await b.drop();
  ops.peek(db);
  await c.drop();
  ring.submit(dc);
}`,
    errors: [
      { messageId: 'useAfterDrop', line: 25, column: 3 },
      { messageId: 'useAfterDrop', line: 27, column: 3 },
      { messageId: 'useAfterDrop', line: 29, column: 3 },
    ],
  },
  // L4: the same through an ops table and an instance imported from another module, through a re-export barrel
  {
    name: 'L4: registered-only calls after the drop through an ops table and a ring imported through a barrel',
    code: head + `import { gpuOps, gpuRing } from './no-unregistered-device-use.barrel.helpers.js';
export async function reset(a: drm.Registration<Gpu>, b: drm.Registration<Gpu>, c: drm.Registration<Gpu>): Promise<number | undefined> {
  const [da, db, dc] = [a.device(), b.device(), c.device()];
  await unplugAllGpus([a, b, c]);
  gpuOps.open(da);
  gpuRing.submit(dc);
  return gpuOps.vendor(db);
}`,
    errors: [
      { messageId: 'useAfterDrop', line: 7, column: 3 },
      { messageId: 'useAfterDrop', line: 8, column: 3 },
      { messageId: 'useAfterDrop', line: 9, column: 10 },
    ],
  },
  // L4: a helper in another module reads the device a holder keeps, after the move (at the call)
  {
    name: 'L4: a helper module reads the device of a holder after the move',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): [drm.Registration<Gpu>, string] {
  const slot: GpuSlot = { udev: drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }), vram: 64 };
  const reg = drm.Registration.new(pdev, slot.udev, { vram: slot.vram }, 0);
  const name = nameOfSlot(slot);
  return [reg, name];
}`,
    errors: [{ messageId: 'useAfterMove', line: 6, column: 16 }],
  },
  // L4: moved by one helper module, its data read through the holder by another
  {
    name: 'L4: a helper module moves the device of a holder, another reads its data through the holder',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu>; label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const slot: GpuSlot = { udev: drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }), vram: 64 };
    const reg = registerGpu(pdev, slot.udev);
    return { reg, label: labelOfSlot(slot) };
  },
};`,
    errors: [{ messageId: 'useAfterMove', line: 9, column: 26 }],
  },
  // L4: the device two fields deep, read through a helper that hands the inner holder to another
  {
    name: 'L4: a helper module reads the device of a nested holder after the move, through another helper',
    code: head + `export function bringUp(pdev: pci.Device<device.Bound>): [drm.Registration<Gpu>, string] {
  const bay: GpuBay = { slot: { udev: drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }), vram: 64 }, label: 'bay0' };
  const reg = drm.Registration.new(pdev, bay.slot.udev, { vram: 64 }, 0);
  return [reg, nameOfBay(bay)];
}`,
    errors: [{ messageId: 'useAfterMove', line: 6, column: 16 }],
  },
  // L2: closures a function returns run later with what they capture: a drop, then a use, inside one
  {
    name: 'L2: a returned object of async methods: one drops the registration, then opens a file on its device',
    code: head + `export function shutdownSteps(reg: drm.Registration<Gpu>): Record<'finish', () => Promise<void>> {
  const dev = reg.device();
  return {
    async finish() {
      await reg.drop();
      dev.openFile();
    },
  };
}`,
    errors: [{ messageId: 'useAfterDrop', line: 8, column: 7 }],
  },
  {
    name: 'L2: a returned arrow drops the registration, then takes a guard on its device',
    code: head + `export function laterGuard(reg: drm.Registration<Gpu>): () => number | undefined {
  const dev = reg.device();
  return () => {
    void reg.drop();
    return dev.withUnbindGuard((parent) => parent.vendorId);
  };
}`,
    errors: [{ messageId: 'useAfterDrop', line: 7, column: 12 }],
  },
  {
    name: 'L2: a function expression returned in an array drops the registration, then opens a file',
    code: head + `export function queue(reg: drm.Registration<Gpu>): (() => void)[] {
  const dev = reg.device();
  return [
    function () {
      void reg.drop();
      dev.openFile();
    },
  ];
}`,
    errors: [{ messageId: 'useAfterDrop', line: 8, column: 7 }],
  },
];

createRuleTester().run('no-unregistered-device-use', rule, { valid, invalid });

describeCasesTypeCheck([...valid, ...invalid]);

describeCasesThroughAnalyzer('no-unregistered-device-use', [...valid, ...invalid]);
