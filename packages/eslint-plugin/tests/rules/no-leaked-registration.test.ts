import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-leaked-registration.js';
import { createRuleTester, imports } from '../rule-tester.js';
import { describeCasesTypeCheck } from '../type-check.js';
import { describeCasesThroughAnalyzer } from '../analyzer-agreement.js';

// Every case: line 1 is `imports`, line 2 imports the shared DRM driver `gpu` (and the L4 helpers)
// from fixture/no-leaked-registration.helpers.ts; the case's own code starts on line 3.
const helpers = `import { gpu, attachChild, makeChild, registerGpu, spawnChild, type Gpu } from './no-leaked-registration.helpers.js';\n`;
const head = imports + helpers;

/** A same-file helper that makes two registrations and returns them as a tuple (lines 3 to 7 of a case). */
const tupleHelper = `function pair(dev: device.Device<device.Bound>): readonly [auxiliary.Registration, auxiliary.Registration] {
  const a = auxiliary.Registration.new(dev, 'a', 0, 'gpu');
  const b = auxiliary.Registration.new(dev, 'b', 1, 'gpu');
  return [a, b] as const;
}`;

const valid: ValidTestCase<[]>[] = [
  // L0: a drm.Registration owned by the driver data probe returns
  {
    name: 'L0: drm registration in the returned driver data',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
    const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
    return { reg };
  },
};`,
  },
  // L0: an auxiliary.Registration owned by the driver data probe returns (platform driver)
  {
    name: 'L0: auxiliary registration in the returned driver data',
    code: head + `export const driver: platform.Driver<{ child: auxiliary.Registration }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    return { child: auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu') };
  },
};`,
  },
  // L0: a registration made for a probe-time self-test and dropped in probe
  {
    name: 'L0: dropped in probe',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const selfTest = auxiliary.Registration.new(pdev.asRef(), 'selftest', 0, 'gpu');
    const label = selfTest.name;
    void selfTest.drop();
    return { label };
  },
};`,
  },
  // L0: `await using` drops the registration when the (async) probe's block ends
  {
    name: 'L0: await using in an async probe',
    code: head + `export const driver: pci.Driver<Promise<{ label: string }>> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  async probe(pdev) {
    await using selfTest = auxiliary.Registration.new(pdev.asRef(), 'selftest', 0, 'gpu');
    return { label: selfTest.name };
  },
};`,
  },
  // L1: dropped on the error path, owned by the data on the other
  {
    name: 'L1: dropped on the early-throw path, owned otherwise',
    code: head + `export const driver: pci.Driver<{ child: auxiliary.Registration }, { ok: boolean }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2, info: { ok: true } }],
  probe(pdev, info) {
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    if (info?.ok !== true) {
      void child.drop();
      throw new Error('unsupported');
    }
    return { child };
  },
};`,
  },
  // L1: owned by objects the driver data owns (a nested object and an array literal)
  {
    name: 'L1: in a nested object and array of the driver data',
    code: head + `export const driver: pci.Driver<{ parts: { children: auxiliary.Registration[] } }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const first = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    const second = auxiliary.Registration.new(pdev.asRef(), 'child', 1, 'gpu');
    const parts = { children: [first, second] };
    return { parts };
  },
};`,
  },
  // L1: set into a Map made in probe that the returned driver data owns
  {
    name: 'L1: in a Map the driver data owns',
    code: head + `export const driver: pci.Driver<{ children: Map<string, auxiliary.Registration> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const children = new Map<string, auxiliary.Registration>();
    for (const name of ['display', 'audio']) {
      children.set(name, auxiliary.Registration.new(pdev.asRef(), name, 0, 'gpu'));
    }
    return { children };
  },
};`,
  },
  // L1: made in a conditional expression, kept through an alias and a spread into the driver data
  {
    name: 'L1: conditional, alias and spread into the driver data',
    code: head + `export const driver: pci.Driver<{ child: auxiliary.Registration | undefined; label: string }, { child: boolean }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev, info) {
    const made = info?.child === true ? auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu') : undefined;
    const child = made;
    const base = { child };
    return { ...base, label: 'gpu' };
  },
};`,
  },
  // L1: an auxiliary registration owned by the drm registration data (itself in the driver data)
  {
    name: 'L1: owned by the drm registration data',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
    const reg = drm.Registration.new(pdev, udev, { vram: 64, child }, 0);
    return { reg };
  },
};`,
  },
  // L1: owned by a Devres (released, and so dropped, at unbind)
  {
    name: 'L1: owned by a Devres',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    new devres.Devres(pdev.asRef(), child);
    return { label: 'gpu' };
  },
};`,
  },
  // L2: pushed by a callback run now into an array the driver data owns
  {
    name: 'L2: pushed in forEach into an array of the driver data',
    code: head + `export const driver: pci.Driver<{ children: auxiliary.Registration[] }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const children: auxiliary.Registration[] = [];
    [0, 1].forEach((id) => {
      children.push(auxiliary.Registration.new(pdev.asRef(), 'child', id, 'gpu'));
    });
    return { children };
  },
};`,
  },
  // L3: made by a helper in the same file that returns it, kept in the driver data
  {
    name: 'L3: same-file helper returns it, kept in the driver data',
    code: head + `function register(parent: pci.Device<device.Bound>): drm.Registration<Gpu> {
  const udev = drm.UnregisteredDevice.new(gpu, parent, { label: 'a' });
  return drm.Registration.new(parent, udev, { vram: 64 }, 0);
}
export const driver: pci.Driver<{ reg: drm.Registration<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    return { reg: register(pdev) };
  },
};`,
  },
  // L3: a class driver whose driver data (a class instance) takes it in its constructor
  {
    name: 'L3: class driver, owned by a driver-data class instance',
    code: head + `class GpuData {
  constructor(readonly reg: drm.Registration<Gpu>) {}
}
export class GpuDriver implements pci.Driver<GpuData> {
  readonly name = 'gpu';
  readonly idTable = [{ vendor: 1, device: 2 }];
  probe(pdev: pci.Device<device.Core>): GpuData {
    const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
    return new GpuData(drm.Registration.new(pdev, udev, { vram: 64 }, 0));
  }
}`,
  },
  // L4: made by a helper in another module that returns it, kept in the driver data
  {
    name: 'L4: helper module returns it, kept in the driver data',
    code: head + `export const driver: pci.Driver<{ reg: drm.Registration<Gpu>; child: auxiliary.Registration }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const reg = registerGpu(pdev);
    const child = makeChild(pdev.asRef(), 0);
    return { reg, child };
  },
};`,
  },
  // L4: a helper in another module stores it in an object the caller returns as driver data
  {
    name: 'L4: helper module stores it in the returned driver data',
    code: head + `export const driver: pci.Driver<{ children: auxiliary.Registration[] }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const data = { children: [] as auxiliary.Registration[] };
    attachChild(data, pdev.asRef(), 0);
    return data;
  },
};`,
  },
  // ---- issue 9: values by type, proofs, ownership, access paths (docs/architecture.md) ----
  {
    name: 'L3: driver data built by a class constructor with parameter properties',
    code: head + `class GpuData {
  constructor(readonly reg: drm.Registration<Gpu>, readonly dev: pci.Device<device.Bound>) {}
}
export const driver: pci.Driver<GpuData> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
    const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
    const data = new GpuData(reg, pdev);
    return data;
  },
};`,
  },
  {
    name: 'L1: Object.assign puts it into the driver data',
    code: head + `export const driver: pci.Driver<{ label: string; child?: auxiliary.Registration }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const data: { label: string; child?: auxiliary.Registration } = { label: 'gpu' };
    Object.assign(data, { child: auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu') });
    return data;
  },
};`,
  },
  {
    name: 'L1: in a Set kept by a nested object of the driver data',
    code: head + `export const driver: pci.Driver<{ hw: { children: Set<auxiliary.Registration> } }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const children = new Set<auxiliary.Registration>();
    children.add(auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu'));
    const hw = { children };
    return { hw };
  },
};`,
  },
  {
    name: "L3: a same-file builder makes the driver data; probe pushes it into the builder's array",
    code: head + `function makeData(): { children: auxiliary.Registration[] } {
  return { children: [] };
}
export const driver: pci.Driver<{ children: auxiliary.Registration[] }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const data = makeData();
    data.children.push(auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu'));
    return data;
  },
};`,
  },
  {
    name: 'L4: a builder in another module makes the driver data holding them',
    code: head + `import { buildChildren } from './no-leaked-registration.helpers.js';
export const driver: pci.Driver<{ children: auxiliary.Registration[] }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    return buildChildren(pdev.asRef(), 2);
  },
};`,
  },
  // L1: registrations held by a DisposableStack whose move() the driver data owns (issue 9, class 1)
  {
    name: 'L1: registrations in a stack moved into the driver data',
    code: head + `export const driver: pci.Driver<{ resources: DisposableStack }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    using stack = new DisposableStack();
    const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
    stack.adopt(drm.Registration.new(pdev, udev, { vram: 64 }, 0), (reg) => void reg.drop());
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    stack.defer(() => void child.drop());
    return { resources: stack.move() };
  },
};`,
  },
  // L0: a registration made for a self-test, adopted by a \`using\` stack, is dropped when the block ends (issue 9, class 1)
  {
    name: 'L0: registration adopted by a using stack, dropped at block end',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    {
      using stack = new DisposableStack();
      const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
      const reg = stack.adopt(drm.Registration.new(pdev, udev, { vram: 64 }, 0), (r) => void r.drop());
      reg.device().openFile();
    }
    return { label: 'tested' };
  },
};`,
  },
  // L0: dropped in a finally block, which runs on the early return too (issue 9, class 1)
  {
    name: 'L0: dropped in finally, with an early return inside the try',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
    const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
    try {
      if (pdev.revision < 2) return { label: 'old' };
      reg.device().openFile();
    } finally {
      void reg.drop();
    }
    return { label: 'tested' };
  },
};`,
  },
  // L2: registrations made by the callback of a built-in higher-order function and kept in the data
  {
    name: 'L2: registrations made in Array.from / map callbacks, returned in the driver data',
    code: head + `export const driver: pci.Driver<{ lanes: auxiliary.Registration[]; extra: auxiliary.Registration[] }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const lanes = Array.from({ length: 4 }, (_, i) => auxiliary.Registration.new(pdev.asRef(), 'lane', i, 'gpu'));
    const extra = ['a', 'b'].map((n, i) => auxiliary.Registration.new(pdev.asRef(), n, 10 + i, 'gpu'));
    return { lanes, extra };
  },
};`,
  },
  {
    name: 'L2: registrations collected by a reduce accumulator that the driver data keeps',
    code: head + `export const driver: pci.Driver<{ byName: Map<string, auxiliary.Registration> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const names = ['a', 'b'];
    const byName = names.reduce((m, n, i) => m.set(n, auxiliary.Registration.new(pdev.asRef(), n, i, 'x')), new Map<string, auxiliary.Registration>());
    return { byName };
  },
};`,
  },
  {
    name: 'L3: a curried factory whose closure creates the registration the driver data keeps',
    code: head + `function makeSpawner(pdev: pci.Device<device.Core>) {
  return (name: string, id: number) => auxiliary.Registration.new(pdev.asRef(), name, id, 'gpu');
}
export const driver: pci.Driver<{ child: auxiliary.Registration }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const spawn = makeSpawner(pdev);
    return { child: spawn('kept', 1) };
  },
};`,
  },
  // L1: registrations in an array literal, each dropped by a for-of over it
  {
    name: 'L1: registrations in an array literal dropped by a for-of over it',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const probes = [auxiliary.Registration.new(pdev.asRef(), 'probe-a', 0, 'gpu'), auxiliary.Registration.new(pdev.asRef(), 'probe-b', 1, 'gpu')];
    for (const r of probes) void r.drop();
    return { label: 'probed' };
  },
};`,
  },
  // L1: a local Map owns its registrations where something whose type can hold them reaches the data (issue 9, classes 2 and 4)
  {
    name: 'L1: a local Map whose values() (spread) reach the driver data owns its registrations',
    code: head + `export const driver: pci.Driver<{ children: auxiliary.Registration[] }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const byName = new Map<string, auxiliary.Registration>();
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    byName.set(child.name, child);
    return { children: [...byName.values()] };
  },
};`,
  },
  {
    name: 'L1: a local Map whose entries() reach the driver data owns its registrations',
    code: head + `export const driver: pci.Driver<{ children: [string, auxiliary.Registration][] }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const byName = new Map<string, auxiliary.Registration>();
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    byName.set(child.name, child);
    return { children: [...byName.entries()] };
  },
};`,
  },
  {
    name: 'L1: a copy of a local Map (new Map(map)) in the driver data owns its registrations',
    code: head + `export const driver: pci.Driver<{ children: Map<string, auxiliary.Registration> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const byName = new Map<string, auxiliary.Registration>();
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    byName.set(child.name, child);
    return { children: new Map(byName) };
  },
};`,
  },
  {
    name: 'L1: Array.from(map) of a local Map in the driver data owns its registrations',
    code: head + `export const driver: pci.Driver<{ children: [string, auxiliary.Registration][] }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const byName = new Map<string, auxiliary.Registration>();
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    byName.set(child.name, child);
    return { children: Array.from(byName) };
  },
};`,
  },
  // L3: a registration a method or helper keeps in this / a parameter's object is owned by the caller's object (issue 9, class 4)
  {
    name: 'L3: a fluent builder whose add() keeps each child in this, returned in the driver data',
    code: head + `class ChildSet {
  readonly children: auxiliary.Registration[] = [];
  constructor(private readonly parent: device.Device<device.Bound>) {}
  add(name: string): this {
    this.children.push(auxiliary.Registration.new(this.parent, name, this.children.length, 'set'));
    return this;
  }
}
export const driver: pci.Driver<{ set: ChildSet }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    return { set: new ChildSet(pdev.asRef()).add('a').add('b') };
  },
};`,
  },
  {
    name: "L3: a fluent builder's children (not the builder) returned in the driver data",
    code: head + `class ChildSet {
  readonly children: auxiliary.Registration[] = [];
  constructor(private readonly parent: device.Device<device.Bound>) {}
  add(name: string): this {
    this.children.push(auxiliary.Registration.new(this.parent, name, this.children.length, 'set'));
    return this;
  }
}
export const driver: pci.Driver<{ children: auxiliary.Registration[] }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const set = new ChildSet(pdev.asRef());
    set.add('a');
    return { children: set.children };
  },
};`,
  },
  {
    name: "L3: a fluent builder's children dropped before probe returns",
    code: head + `class ChildSet {
  readonly children: auxiliary.Registration[] = [];
  constructor(private readonly parent: device.Device<device.Bound>) {}
  add(name: string): this {
    this.children.push(auxiliary.Registration.new(this.parent, name, this.children.length, 'set'));
    return this;
  }
}
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const set = new ChildSet(pdev.asRef()).add('a');
    for (const c of set.children) void c.drop();
    return { label: 'selftest' };
  },
};`,
  },
  {
    name: 'L3: a constructor that keeps a new child in this, the object kept in the driver data',
    code: head + `class Owner {
  readonly child: auxiliary.Registration;
  constructor(parent: device.Device<device.Bound>) {
    this.child = auxiliary.Registration.new(parent, 'owned', 0, 'gpu');
  }
}
export const driver: pci.Driver<{ owner: Owner }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const owner = new Owner(pdev.asRef());
    return { owner };
  },
};`,
  },
  {
    name: 'L3: a helper keeps a new child in an object the driver data owns',
    code: head + `function addTo(into: { kids: auxiliary.Registration[] }, dev: device.Device<device.Bound>): void {
  into.kids.push(auxiliary.Registration.new(dev, 'kid', 0, 'gpu'));
}
export const driver: pci.Driver<{ holder: { kids: auxiliary.Registration[] } }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const holder = { kids: [] as auxiliary.Registration[] };
    addTo(holder, pdev.asRef());
    return { holder };
  },
};`,
  },
  // L1: what is handed to devres.register is released, and drops what it holds, at unbind, before the bus looks
  // for live registrations (docs/model.md, teardown order; Rust's Registration::new_foreign_owned)
  {
    name: 'L1: a DisposableStack that adopted the registration, given to devres.register (devres drops it at unbind)',
    code: head + `export const driver: pci.Driver<{ child: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const dev = pdev.asRef();
    const stack = new DisposableStack();
    const child = stack.adopt(auxiliary.Registration.new(dev, 'child', 0, 'gpu'), (c) => void c.drop());
    devres.register(dev, stack);
    return { child: child.name };
  },
};`,
  },
  {
    name: "L1: a DisposableStack that defers the registration's drop, given to devres.register",
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const dev = pdev.asRef();
    const stack = new DisposableStack();
    const child = auxiliary.Registration.new(dev, 'child', 0, 'gpu');
    stack.defer(() => void child.drop());
    devres.register(dev, stack);
    return { label: 'deferred' };
  },
};`,
  },
  {
    name: 'L1: an object that drops the registration on dispose, given to devres.register',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const dev = pdev.asRef();
    const child = auxiliary.Registration.new(dev, 'child', 0, 'gpu');
    const keeper = { child, [Symbol.dispose]() { void child.drop(); } };
    devres.register(dev, keeper);
    return { label: 'registered' };
  },
};`,
  },
  {
    name: 'L3: every element of the tuple a helper returns is kept (destructured, rest, the tuple itself, read by index)',
    code: head + `${tupleHelper}
type Reg = auxiliary.Registration;
export const both: platform.Driver<{ a: Reg; b: Reg }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    const [a, b] = pair(pdev.asRef());
    return { a, b };
  },
};
export const rest: platform.Driver<{ rest: Reg[] }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    const [first, ...others] = pair(pdev.asRef());
    void first.drop();
    return { rest: others };
  },
};
export const tuple: platform.Driver<{ a: Reg; all: readonly Reg[] }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    const all = pair(pdev.asRef());
    const [a] = all;
    return { a, all };
  },
};
export const indexed: platform.Driver<{ a: Reg; b: Reg }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    const t = pair(pdev.asRef());
    const { 1: b } = t;
    return { a: t[0], b };
  },
};`,
  },
  {
    name: 'L1: each element of an array literal destructured by position, all kept',
    code: head + `export const driver: platform.Driver<{ a: auxiliary.Registration; b: auxiliary.Registration }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    const dev = pdev.asRef();
    let a: auxiliary.Registration;
    let b: auxiliary.Registration;
    [a, b] = [auxiliary.Registration.new(dev, 'a', 0, 'gpu'), auxiliary.Registration.new(dev, 'b', 1, 'gpu')];
    return { a, b };
  },
};`,
  },
  // ---- a registration handed to a user (Async)Disposable whose disposal drops it (issue 9, class 1) ----
  {
    name: 'L3: a same-file AsyncDisposable wrapper keeps the registration (parameter property) and drops it; declared with await using',
    code: head + `class SelfTest implements AsyncDisposable {
  constructor(private readonly child: auxiliary.Registration) {}
  async [Symbol.asyncDispose](): Promise<void> {
    await this.child.drop();
  }
}
export const driver: pci.Driver<Promise<{ label: string }>> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  async probe(pdev) {
    await using test = new SelfTest(auxiliary.Registration.new(pdev.asRef(), 'selftest', 0, 'gpu'));
    return { label: test ? 'gpu' : '' };
  },
};`,
  },
  {
    name: 'L3: a same-file Disposable wrapper keeps the registration in a private field assigned in its constructor; declared with using',
    code: head + `class SelfTest implements Disposable {
  readonly #child: auxiliary.Registration;
  constructor(child: auxiliary.Registration) {
    this.#child = child;
  }
  [Symbol.dispose](): void {
    void this.#child.drop();
  }
}
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const child = auxiliary.Registration.new(pdev.asRef(), 'selftest', 0, 'gpu');
    using _test = new SelfTest(child);
    return { label: child.name };
  },
};`,
  },
  {
    name: 'L3: a same-file wrapper disposed by an explicit [Symbol.asyncDispose]() call',
    code: head + `class SelfTest {
  child: auxiliary.Registration;
  constructor(child: auxiliary.Registration) {
    this.child = child;
  }
  async [Symbol.asyncDispose](): Promise<void> {
    await this.child.drop();
  }
}
export const driver: pci.Driver<Promise<{ label: string }>> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  async probe(pdev) {
    const test = new SelfTest(auxiliary.Registration.new(pdev.asRef(), 'selftest', 0, 'gpu'));
    await test[Symbol.asyncDispose]();
    return { label: 'gpu' };
  },
};`,
  },
  {
    name: 'L3: a same-file AsyncDisposable wrapper creates the registration in its constructor and drops it; declared with await using',
    code: head + `class SelfTest implements AsyncDisposable {
  readonly #child: auxiliary.Registration;
  constructor(parent: device.Device<device.Bound>) {
    this.#child = auxiliary.Registration.new(parent, 'selftest', 0, 'gpu');
  }
  async [Symbol.asyncDispose](): Promise<void> {
    await this.#child.drop();
  }
}
export const driver: pci.Driver<Promise<{ label: string }>> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  async probe(pdev) {
    await using test = new SelfTest(pdev.asRef());
    return { label: test ? 'gpu' : '' };
  },
};`,
  },
  {
    name: 'L4: an AsyncDisposable wrapper in another module keeps the registration and drops it; declared with await using',
    code: head + `import { OwnedChild } from './no-leaked-registration.helpers.js';
export const driver: pci.Driver<Promise<{ label: string }>> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  async probe(pdev) {
    await using test = new OwnedChild(auxiliary.Registration.new(pdev.asRef(), 'selftest', 0, 'gpu'));
    return { label: test.name };
  },
};`,
  },
  {
    name: 'L4: an AsyncDisposable wrapper in another module given to an AsyncDisposableStack declared with await using',
    code: head + `import { OwnedChild } from './no-leaked-registration.helpers.js';
export const driver: pci.Driver<Promise<{ label: string }>> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  async probe(pdev) {
    await using stack = new AsyncDisposableStack();
    const test = stack.use(new OwnedChild(auxiliary.Registration.new(pdev.asRef(), 'selftest', 0, 'gpu')));
    return { label: test.name };
  },
};`,
  },
  {
    name: 'L3: generic helpers return what the callback they are given returns (a local, an alias, .call, try/finally, through another helper); the data keeps it',
    code: head + `function make<T>(what: string, build: () => T): T {
  const value = build();
  console.log(what);
  return value;
}
function viaAlias<T>(build: () => T): T { const f = build; return f(); }
function viaCall<T>(build: () => T): T { return build.call(undefined); }
function viaTry<T>(build: () => T): T { try { return build(); } finally { console.log('built'); } }
function outer<T>(build: () => T): T { return viaAlias(build); }
type Reg = auxiliary.Registration;
export const driver: pci.Driver<{ a: Reg; b: Reg; c: Reg; d: Reg; e: Reg }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const parent: device.Device<device.Bound> = pdev.asRef();
    const a = make('a', () => auxiliary.Registration.new(parent, 'a', 0, 'gpu'));
    const b = viaAlias(() => auxiliary.Registration.new(parent, 'b', 0, 'gpu'));
    const c = viaCall(() => auxiliary.Registration.new(parent, 'c', 0, 'gpu'));
    const d = viaTry(() => auxiliary.Registration.new(parent, 'd', 0, 'gpu'));
    const e = outer(() => auxiliary.Registration.new(parent, 'e', 0, 'gpu'));
    return { a, b, c, d, e };
  },
};`,
  },
  {
    name: 'L3: a generic helper given a function declared by name returns what it makes; the data keeps it',
    code: head + `let parentOf: device.Device<device.Bound> | undefined;
function buildChild(): auxiliary.Registration {
  return auxiliary.Registration.new(parentOf!, 'child', 0, 'gpu');
}
function make<T>(build: () => T): T { return build(); }
export const driver: pci.Driver<{ child: auxiliary.Registration }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    parentOf = pdev.asRef();
    const child = make(buildChild);
    return { child };
  },
};`,
  },
  {
    name: 'L4: an async generic helper in another module awaits the callback it is given and returns its result; the data keeps it',
    code: head + `import { timed } from './no-leaked-registration.helpers.js';
export const driver: pci.Driver<Promise<{ child: auxiliary.Registration }>> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  async probe(pdev) {
    const parent: device.Device<device.Bound> = pdev.asRef();
    const child = await timed('child', () => auxiliary.Registration.new(parent, 'child', 0, 'gpu'));
    return { child };
  },
};`,
  },
  // Per path (issue 9, class 1): dropped on every normal way out, or owned where not dropped
  {
    name: 'L0: dropped in the catch that rethrows and after the step that may fail',
    code: head + `function check(name: string): string {
  if (name.length === 0) throw new Error('empty');
  return name;
}
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const child = auxiliary.Registration.new(pdev.asRef(), 'selftest', 0, 'gpu');
    let label: string;
    try {
      label = check(child.name);
    } catch (err) {
      void child.drop();
      throw err;
    }
    void child.drop();
    return { label };
  },
};`,
  },
  {
    name: 'L0: owned by the data on success, dropped in the catch that gives up',
    code: head + `function check(name: string): string {
  if (name.length === 0) throw new Error('empty');
  return name;
}
export const driver: pci.Driver<{ child: auxiliary.Registration | undefined }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    try {
      check(child.name);
    } catch {
      void child.drop();
      return { child: undefined };
    }
    return { child };
  },
};`,
  },
  {
    name: 'L0: a path that throws before the drop owes nothing; made and dropped on one branch; made and dropped in a loop',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const test = auxiliary.Registration.new(pdev.asRef(), 'selftest', 0, 'gpu');
    if (test.name.length === 0) throw new Error('no name');
    void test.drop();
    if (pdev.asRef().name.length > 1) {
      const extra = auxiliary.Registration.new(pdev.asRef(), 'extra', 1, 'gpu');
      void extra.drop();
    }
    for (let id = 2; id < 4; id++) {
      const probe = auxiliary.Registration.new(pdev.asRef(), 'probe', id, 'gpu');
      if (id === 3) {
        void probe.drop();
        break;
      }
      void probe.drop();
    }
    return { label: 'ok' };
  },
};`,
  },
  {
    name: 'L0: dropped only in a timer callback probe starts (taken as enough; see Known problems)',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const test = auxiliary.Registration.new(pdev.asRef(), 'selftest', 0, 'gpu');
    setTimeout(() => {
      void test.drop();
    }, 10);
    return { label: test.name };
  },
};`,
  },
  {
    name: 'L2: a closure probe runs drops the child on both of its ways out',
    code: head + `export const driver: pci.Driver<{ online: number }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const parent = pdev.asRef();
    const tryAttach = (id: number): boolean => {
      const child = auxiliary.Registration.new(parent, 'queue', id, 'gpu');
      try {
        if (id > 1) throw new Error('self-test failed');
      } catch {
        void child.drop();
        return false;
      }
      void child.drop();
      return true;
    };
    return { online: [0, 1, 2].filter(tryAttach).length };
  },
};`,
  },
  {
    name: 'L2: a callback probe runs throws before dropping its child on one path only; its normal path drops it',
    code: head + `export const driver: pci.Driver<{ major: number }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const parent = pdev.asRef();
    [0, 1].forEach((id) => {
      const child = auxiliary.Registration.new(parent, 'queue', id, 'gpu');
      if (id > 5) throw new Error('no queue');
      void child.drop();
    });
    return { major: gpu.info.major };
  },
};`,
  },
  {
    name: 'L3: a helper that drops its registration in finally, on every way out',
    code: head + `function selfTest(parent: device.Device<device.Bound>): boolean {
  const child = auxiliary.Registration.new(parent, 'selftest', 0, 'gpu');
  try {
    if (child.name.length === 0) throw new Error('no name');
    return true;
  } finally {
    void child.drop();
  }
}
export const driver: pci.Driver<{ ok: boolean }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    return { ok: selfTest(pdev.asRef()) };
  },
};`,
  },
  {
    name: 'L4: a helper in another module that drops its registration in finally',
    code: head + `import { testChild } from './no-leaked-registration.helpers.js';
export const driver: pci.Driver<{ ok: boolean }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    return { ok: testChild(pdev.asRef(), 0) };
  },
};`,
  },
  // ---- a helper returns a disposable object holding the registration; `using` disposes the object ----
  {
    name: 'L3: a helper returns a session whose dispose drops the child it holds; declared with using',
    code: head + `class Session implements Disposable {
  constructor(private readonly child: auxiliary.Registration) {}
  get name(): string {
    return this.child.name;
  }
  [Symbol.dispose](): void {
    void this.child.drop();
  }
}
function open(parent: device.Device<device.Bound>): Session {
  return new Session(auxiliary.Registration.new(parent, 'probe', 0, 'gpu'));
}
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    using session = open(pdev.asRef());
    return { label: session.name };
  },
};`,
  },
  {
    name: 'L2: a helper returns an object literal whose dispose drops the registration it holds; declared with using',
    code: head + `function open(parent: device.Device<device.Bound>) {
  const child = auxiliary.Registration.new(parent, 'probe', 0, 'gpu');
  return { child, [Symbol.dispose]() { void child.drop(); } };
}
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    using session = open(pdev.asRef());
    return { label: session.child.name };
  },
};`,
  },
  // ---- a helper returns an object holding a registration under a property name (issue 9, class 2) ----
  {
    name: 'L3: the registration property of the object a helper returns is kept (destructured, renamed, read, rest, the whole object)',
    code: head + `function bringUp(dev: device.Device<device.Bound>): { readonly child: auxiliary.Registration; readonly label: string } {
  const child = auxiliary.Registration.new(dev, 'child', 0, 'gpu');
  return { child, label: child.name };
}
type Reg = auxiliary.Registration;
export const destructured: platform.Driver<{ child: Reg; label: string }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    const { child, label } = bringUp(pdev.asRef());
    return { child, label };
  },
};
export const renamed: platform.Driver<{ kept: Reg }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    const { child: kept } = bringUp(pdev.asRef());
    return { kept };
  },
};
export const read: platform.Driver<{ kept: Reg }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    return { kept: bringUp(pdev.asRef()).child };
  },
};
export const rest: platform.Driver<{ others: { child: Reg } }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    const { label, ...others } = bringUp(pdev.asRef());
    void label;
    return { others };
  },
};
export const whole: platform.Driver<{ up: { child: Reg; label: string } }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    const up = bringUp(pdev.asRef());
    return { up };
  },
};`,
  },
  {
    name: 'L4: a helper in another module returns the DRM registration with its device; both kept',
    code: head + `import { bringUpGpu } from './no-leaked-registration.helpers.js';
export const driver: pci.Driver<{ registration: drm.Registration<Gpu>; device: drm.Device<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const { registration, device } = bringUpGpu(pdev);
    return { registration, device };
  },
};`,
  },
  // ---- a registration kept by an object that outlives the binding is not owned; one the driver data holds is ----
  {
    name: 'L3: a registry made in probe and kept in the driver data keeps the child it spawns',
    code: head + `class Registry {
  static readonly instance = new Registry();
  readonly #children = new Set<auxiliary.Registration>();
  spawn(parent: device.Device<device.Bound>, id: number): void {
    this.#children.add(auxiliary.Registration.new(parent, 'child', id, 'gpu'));
  }
}
export const driver: pci.Driver<{ registry: Registry }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const registry = new Registry();
    registry.spawn(pdev.asRef(), 0);
    return { registry };
  },
};`,
  },
  {
    name: 'L0+L1: driver data returned through Object.freeze / Object.seal / Object.preventExtensions (the same object) owns its children',
    code: head + `export const frozen: pci.Driver<Readonly<{ child: auxiliary.Registration; n: number }>> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    return Object.freeze({ child, n: 1 });
  },
};
export const sealed: pci.Driver<{ child: auxiliary.Registration }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const data = Object.seal({ child: auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu') });
    return data;
  },
};
export const nested: pci.Driver<{ parts: readonly auxiliary.Registration[] }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const a = auxiliary.Registration.new(pdev.asRef(), 'a', 0, 'gpu');
    const b = auxiliary.Registration.new(pdev.asRef(), 'b', 1, 'gpu');
    return { parts: Object.preventExtensions(Object.freeze([a, b])) };
  },
};`,
  },
  {
    name: 'L0+L1: owned on each normal exit (returned on one, dropped before the early return, made after it, kept by both branches of a conditional)',
    code: head + `type Reg = auxiliary.Registration;
export const dropEarly: pci.Driver<{ child?: Reg }, { ok: boolean }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2, info: { ok: true } }],
  probe(pdev, info) {
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    if (!info?.ok) {
      void child.drop();
      return {};
    }
    return { child };
  },
};
export const madeLater: pci.Driver<{ child?: Reg }, { ok: boolean }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2, info: { ok: true } }],
  probe(pdev, info) {
    if (!info?.ok) return {};
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    return { child };
  },
};
export const bothBranches: pci.Driver<{ child: Reg; wide: boolean }, { ok: boolean }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2, info: { ok: true } }],
  probe(pdev, info) {
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    return info?.ok ? { child, wide: true } : ({ child, wide: false });
  },
};
export const madeInBranch: pci.Driver<{ child?: Reg }, { ok: boolean }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2, info: { ok: true } }],
  probe(pdev, info) {
    return info?.ok ? { child: auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu') } : {};
  },
};
export const droppedInOtherBranch: pci.Driver<{ child?: Reg }, { ok: boolean }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2, info: { ok: true } }],
  probe(pdev, info) {
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    return info?.ok ? { child } : (void child.drop(), {});
  },
};`,
  },
  {
    name: 'L1+L2: a registration assigned to a local declared earlier (=, ||=, ??=, in a callback probe runs) and that local returned in the data',
    code: head + `type Reg = auxiliary.Registration;
export const assigned: pci.Driver<{ child?: Reg }, { on: boolean }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2, info: { on: true } }],
  probe(pdev, info) {
    let child: Reg | undefined;
    if (info?.on) child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    return { child };
  },
};
export const logical: pci.Driver<{ reg: drm.Registration<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
    let reg: drm.Registration<Gpu> | undefined;
    reg ||= drm.Registration.new(pdev, udev, { vram: 64 }, 0);
    return { reg };
  },
};
export const dropped: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    let probeChild: Reg | undefined;
    probeChild ??= auxiliary.Registration.new(pdev.asRef(), 'probe', 0, 'gpu');
    const label = probeChild.name;
    void probeChild.drop();
    return { label };
  },
};
export const inCallback: pci.Driver<{ last?: Reg }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    let last: Reg | undefined;
    ['a'].forEach((n) => {
      last = auxiliary.Registration.new(pdev.asRef(), n, 0, 'gpu');
    });
    return { last };
  },
};`,
  },
  {
    name: 'L1: a registration made on some paths, returned where the variable holding it is tested defined (reg ? { reg } : {}, if (!reg) return)',
    code: head + `type Reg = auxiliary.Registration;
export const ternary: pci.Driver<{ child?: Reg; n: number }, { on: boolean }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2, info: { on: true } }],
  probe(pdev, info) {
    let child: Reg | undefined;
    if (info?.on) child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    return child ? { child, n: 1 } : { n: 0 };
  },
};
export const early: pci.Driver<{ child?: Reg }, { on: boolean }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2, info: { on: true } }],
  probe(pdev, info) {
    const child = info?.on ? auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu') : undefined;
    if (child === undefined) return {};
    return { child };
  },
};`,
  },
  {
    name: 'L3: an own Disposable keeps an array or a Set of children in one field and its dispose drops each in a for…of (using, an explicit dispose call, a static factory)',
    code: head + `type Reg = auxiliary.Registration;
class Batch implements Disposable {
  readonly #children: Reg[];
  constructor(children: Reg[]) {
    this.#children = children;
  }
  static of(dev: device.Device<device.Bound>, ...names: string[]): Batch {
    return new Batch(names.map((n, i) => auxiliary.Registration.new(dev, n, i, 'gpu')));
  }
  [Symbol.dispose](): void {
    for (const child of this.#children) void child.drop();
  }
}
class Group implements Disposable {
  readonly children = new Set<Reg>();
  constructor(first: Reg, second: Reg) {
    this.children.add(first);
    this.children.add(second);
  }
  [Symbol.dispose](): void {
    for (const c of this.children) {
      if (c.dropped) continue;
      void c.drop();
    }
  }
}
export const usingArray: pci.Driver<{ n: number }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    using batch = new Batch([auxiliary.Registration.new(pdev.asRef(), 'a', 0, 'gpu'), auxiliary.Registration.new(pdev.asRef(), 'b', 1, 'gpu')]);
    return { n: 2 };
  },
};
export const factory: pci.Driver<{ n: number }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    using batch = Batch.of(pdev.asRef(), 'a', 'b');
    return { n: 2 };
  },
};
export const explicit: pci.Driver<{ n: number }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const group = new Group(auxiliary.Registration.new(pdev.asRef(), 'a', 0, 'gpu'), auxiliary.Registration.new(pdev.asRef(), 'b', 1, 'gpu'));
    group[Symbol.dispose]();
    return { n: 2 };
  },
};`,
  },
  {
    name: 'L3/L0: a switch whose cases cover every value of a union, an enum or a boolean has no path past them',
    code: head + `type Mode = 'on' | 'off';
enum Power { Up, Down }
function byMode(parent: device.Device<device.Bound>, mode: Mode): auxiliary.Registration | null {
  const reg = auxiliary.Registration.new(parent, 'mode', 0, 'gpu');
  switch (mode) {
    case 'on':
      return reg;
    case 'off':
      void reg.drop();
      return null;
  }
}
function byPower(parent: device.Device<device.Bound>, power: Power): auxiliary.Registration | undefined {
  const reg = auxiliary.Registration.new(parent, 'power', 0, 'gpu');
  switch (power) {
    case Power.Up:
      return reg;
    case Power.Down:
      void reg.drop();
      return undefined;
  }
}
export const driver: platform.Driver<{ a: auxiliary.Registration | null; b: auxiliary.Registration | undefined; c: auxiliary.Registration | null }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    const on = pdev.name.length > 2;
    const c = auxiliary.Registration.new(pdev.asRef(), 'c', 0, 'gpu');
    switch (on) {
      case true:
        return { a: byMode(pdev.asRef(), 'on'), b: byPower(pdev.asRef(), Power.Up), c };
      case false:
        void c.drop();
        return { a: null, b: undefined, c: null };
    }
  },
};`,
  },
  // L2: a callback probe starts for later, capturing nothing followed, drops what it makes or keeps it in the driver data
  {
    name: 'L2: a timer callback capturing only an untracked handle drops its child, another keeps it in the driver data',
    code: head + `export const driver: pci.Driver<{ readonly children: auxiliary.Registration[] }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const handle = pdev.toNormal();
    const children: auxiliary.Registration[] = [];
    setTimeout(() => {
      const test = auxiliary.Registration.new(handle.asRef().unsafeAsBound(), 'selftest', 0, 'gpu');
      void test.drop();
    }, 10);
    setTimeout(() => {
      children.push(auxiliary.Registration.new(handle.asRef().unsafeAsBound(), 'late', 1, 'gpu'));
    }, 20);
    return { children };
  },
};`,
  },
  // L3: every property of a helper's result that holds registrations is kept in the driver data
  {
    name: 'L3: the registration and its label both destructured from a helper result and returned',
    code: head + `function spawnOne(dev: device.Device<device.Bound>): { child: auxiliary.Registration; label: string } {
  const child = auxiliary.Registration.new(dev, 'one', 0, 'gpu');
  return { child, label: child.name };
}
export const driver: platform.Driver<{ child: auxiliary.Registration; label: string }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    const { child, label } = spawnOne(pdev.asRef());
    return { child, label };
  },
};`,
  },
  {
    name: 'L3: the labels and the list of registrations of a helper result kept in the driver data',
    code: head + `function spawnNamed(dev: device.Device<device.Bound>, fns: readonly string[]): { children: auxiliary.Registration[]; labels: string[] } {
  const children = fns.map((fn, i) => auxiliary.Registration.new(dev, fn, i, 'gpu'));
  return { children, labels: children.map((c) => c.name) };
}
export const driver: platform.Driver<{ labels: string[]; children: auxiliary.Registration[] }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    const made = spawnNamed(pdev.asRef(), ['a', 'b']);
    return { labels: made.labels, children: made.children };
  },
};`,
  },
  {
    name: 'L3: the nested object holding the registration destructured from a helper result and its registration kept',
    code: head + `function spawnNested(dev: device.Device<device.Bound>): { parts: { main: auxiliary.Registration }; label: string } {
  const main = auxiliary.Registration.new(dev, 'main', 0, 'gpu');
  return { parts: { main }, label: main.name };
}
export const driver: platform.Driver<{ main: auxiliary.Registration }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    const { parts } = spawnNested(pdev.asRef());
    return { main: parts.main };
  },
};`,
  },
  // L2: a callback that runs later drops what it makes on every one of its own paths
  {
    name: 'L2: a stored arrow handed to a timer by name drops its child on both branches',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const handle = pdev.toNormal();
    const selftest = (): void => {
      const probeChild = auxiliary.Registration.new(handle.asRef().unsafeAsBound(), 'selftest', 0, 'gpu');
      if (handle.name.length > 3) {
        void probeChild.drop();
        return;
      }
      void probeChild.drop();
    };
    setTimeout(selftest, 5);
    return { label: handle.name };
  },
};`,
  },
  {
    name: 'L2: a queueMicrotask callback drops its child in a finally around its early return',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const handle = pdev.toNormal();
    queueMicrotask(() => {
      const child = auxiliary.Registration.new(handle.asRef().unsafeAsBound(), handle.name, 1, 'gpu');
      try {
        if (handle.name === '') return;
      } finally {
        void child.drop();
      }
    });
    return { label: handle.name };
  },
};`,
  },
  {
    name: 'L2: a nested function declaration given to setInterval by name drops its child in every case of a switch',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const handle = pdev.toNormal();
    const period = 100;
    function onTick(): void {
      const spare = auxiliary.Registration.new(handle.asRef().unsafeAsBound(), 'spare', 2, 'gpu');
      switch (handle.name) {
        case 'gpu0':
          void spare.drop();
          break;
        default:
          void spare.drop();
      }
    }
    setInterval(onTick, period);
    return { label: handle.name };
  },
};`,
  },
  {
    name: 'L1: the rest object of a destructuring holds the other registrations under their keys: spread or read, the data owns them',
    code: head + `type Reg = auxiliary.Registration;
export const spread: platform.Driver<{ headset: Reg; mic: Reg; label: string }> = {
  name: 'codec',
  idTable: [{ compatible: 'vendor,codec' }],
  probe(pdev) {
    const parts = { jack: auxiliary.Registration.new(pdev.asRef(), 'jack', 0, 'codec'), mic: auxiliary.Registration.new(pdev.asRef(), 'mic', 0, 'codec'), label: 'c' };
    const { jack: headset, ...others } = parts;
    return { headset, ...others };
  },
};
export const read: platform.Driver<{ jack: Reg; mic: Reg }> = {
  name: 'codec',
  idTable: [{ compatible: 'vendor,codec' }],
  probe(pdev) {
    const parts = { jack: auxiliary.Registration.new(pdev.asRef(), 'jack', 0, 'codec'), mic: auxiliary.Registration.new(pdev.asRef(), 'mic', 0, 'codec') };
    const { jack, ...others } = parts;
    return { jack, mic: others.mic };
  },
};`,
  },
];

const invalid: InvalidTestCase<string, []>[] = [
  {
    name: 'L3/L0: a switch whose cases miss a value of the union (or test a plain string) may match no case',
    code: head + `type Mode = 'on' | 'off' | 'idle';
function byMode(parent: device.Device<device.Bound>, mode: Mode): auxiliary.Registration | null {
  const reg = auxiliary.Registration.new(parent, 'mode', 0, 'gpu');
  switch (mode) {
    case 'on':
      return reg;
    case 'off':
      void reg.drop();
      return null;
  }
  return null;
}
export const driver: platform.Driver<{ a: auxiliary.Registration | null; c: auxiliary.Registration | null }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    const c = auxiliary.Registration.new(pdev.asRef(), 'c', 0, 'gpu');
    switch (pdev.name) {
      case 'a':
        return { a: byMode(pdev.asRef(), 'on'), c };
      case 'b':
        void c.drop();
        return { a: null, c: null };
    }
    return { a: null, c: null };
  },
};`,
    errors: [
      { messageId: 'leaked', line: 19, column: 15 },
      { messageId: 'leaked', line: 22, column: 21 },
    ],
  },
  {
    name: 'L3: only the first element of the tuple a helper returns is kept (destructured, by index, assigned)',
    code: head + `${tupleHelper}
type Reg = auxiliary.Registration;
export const first: platform.Driver<{ a: Reg }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    const [a] = pair(pdev.asRef());
    return { a };
  },
};
export const indexed: platform.Driver<{ a: Reg }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    const t = pair(pdev.asRef());
    return { a: t[0] };
  },
};
export const assigned: platform.Driver<{ b: Reg }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    let b: Reg;
    [, b] = pair(pdev.asRef());
    return { b };
  },
};`,
    errors: [
      { messageId: 'leaked', line: 13, column: 17 },
      { messageId: 'leaked', line: 21, column: 15 },
      { messageId: 'leaked', line: 30, column: 13 },
    ],
  },
  {
    name: 'L1: an array literal destructured by position: the elements nobody binds are lost',
    code: head + `export const driver: platform.Driver<{ b: auxiliary.Registration; rest: (auxiliary.Registration | undefined)[] }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    const dev = pdev.asRef();
    const [, b] = [auxiliary.Registration.new(dev, 'a', 0, 'gpu'), auxiliary.Registration.new(dev, 'b', 1, 'gpu')];
    const { 1: c } = [auxiliary.Registration.new(dev, 'c0', 2, 'gpu'), auxiliary.Registration.new(dev, 'c1', 3, 'gpu')];
    const [, ...rest] = [auxiliary.Registration.new(dev, 'd0', 4, 'gpu'), c];
    return { b, rest };
  },
};`,
    errors: [
      { messageId: 'leaked', line: 8, column: 20 },
      { messageId: 'leaked', line: 9, column: 23 },
      { messageId: 'leaked', line: 10, column: 26 },
    ],
  },
  // L0: a drm.Registration discarded
  {
    name: 'L0: drm registration discarded',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
    drm.Registration.new(pdev, udev, { vram: 64 }, 0);
    return { label: 'gpu' };
  },
};`,
    errors: [{ messageId: 'leaked', line: 8, column: 5, data: { kind: '`drm.Registration`' } }],
  },
  // L0: an auxiliary.Registration discarded
  {
    name: 'L0: auxiliary registration discarded',
    code: head + `export const driver: platform.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    return { label: 'gpu' };
  },
};`,
    errors: [{ messageId: 'leaked', line: 7, column: 5, data: { kind: '`auxiliary.Registration`' } }],
  },
  // L0: an unused local
  {
    name: 'L0: unused local',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    return { label: 'gpu' };
  },
};`,
    errors: [{ messageId: 'leaked', line: 7, column: 19 }],
  },
  // L0: stored only in a module variable
  {
    name: 'L0: stored only in a module variable',
    code: head + `let current: drm.Registration<Gpu> | undefined;
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
    current = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
    return { label: 'gpu' };
  },
};`,
    errors: [{ messageId: 'leaked', line: 9, column: 15 }],
  },
  // L1: only the registration's drm.Device handle is kept in the driver data
  {
    name: 'L1: only reg.device() kept in the driver data',
    code: head + `export const driver: pci.Driver<{ drm: drm.Device<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
    const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
    return { drm: reg.device() };
  },
};`,
    errors: [{ messageId: 'leaked', line: 8, column: 17 }],
  },
  // L1: kept in a local array literal that is not returned
  {
    name: 'L1: in a local array that probe does not return',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const children = [auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu')];
    return { label: \`\${children.length} children\` };
  },
};`,
    errors: [{ messageId: 'leaked', line: 7, column: 23 }],
  },
  // L1: made in a conditional expression; only its name reaches the driver data
  {
    name: 'L1: conditional, only its name kept',
    code: head + `export const driver: pci.Driver<{ label: string }, { child: boolean }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev, info) {
    const child = info?.child === true ? auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu') : undefined;
    return { label: child?.name ?? 'none' };
  },
};`,
    errors: [{ messageId: 'leaked', line: 7, column: 42 }],
  },
  // L1: a class driver keeps it on `this`: the driver object outlives every binding, it is not the driver data
  {
    name: 'L1: class driver stores it on this, not in the driver data',
    code: head + `export class GpuDriver implements pci.Driver<{ label: string }> {
  readonly name = 'gpu';
  readonly idTable = [{ vendor: 1, device: 2 }];
  child: auxiliary.Registration | undefined;
  probe(pdev: pci.Device<device.Core>): { label: string } {
    this.child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    return { label: 'gpu' };
  }
}`,
    errors: [{ messageId: 'leaked', line: 8, column: 18 }],
  },
  // L2: made and discarded in a callback run now
  {
    name: 'L2: discarded in a forEach callback',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    [0, 1].forEach((id) => {
      auxiliary.Registration.new(pdev.asRef(), 'child', id, 'gpu');
    });
    return { label: 'gpu' };
  },
};`,
    errors: [{ messageId: 'leaked', line: 8, column: 7 }],
  },
  // L2: pushed by a callback run now into a module-level array
  {
    name: 'L2: pushed in forEach into a module-level array',
    code: head + `const registry: auxiliary.Registration[] = [];
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    [0, 1].forEach((id) => registry.push(auxiliary.Registration.new(pdev.asRef(), 'child', id, 'gpu')));
    return { label: 'gpu' };
  },
};`,
    errors: [{ messageId: 'leaked', line: 8, column: 42 }],
  },
  // L3: made by a same-file helper that neither returns nor stores it (finding at the call in probe)
  {
    name: 'L3: same-file helper forgets it',
    code: head + `function spawn(parent: device.Device<device.Bound>): void {
  auxiliary.Registration.new(parent, 'child', 0, 'gpu');
}
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    spawn(pdev.asRef());
    return { label: 'gpu' };
  },
};`,
    errors: [{ messageId: 'leaked', line: 10, column: 5 }],
  },
  // L3: made by a same-file helper that stores it only in a module variable
  {
    name: 'L3: same-file helper stores it in a module variable',
    code: head + `let last: auxiliary.Registration | undefined;
function remember(parent: device.Device<device.Bound>): void {
  last = auxiliary.Registration.new(parent, 'child', 0, 'gpu');
}
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    remember(pdev.asRef());
    return { label: 'gpu' };
  },
};`,
    errors: [{ messageId: 'leaked', line: 11, column: 5 }],
  },
  // L3: a same-file helper returns it, probe discards the result
  {
    name: 'L3: same-file helper returns it, probe discards it',
    code: head + `function register(parent: pci.Device<device.Bound>): drm.Registration<Gpu> {
  const udev = drm.UnregisteredDevice.new(gpu, parent, { label: 'a' });
  return drm.Registration.new(parent, udev, { vram: 64 }, 0);
}
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    register(pdev);
    return { label: 'gpu' };
  },
};`,
    errors: [{ messageId: 'leaked', line: 11, column: 5 }],
  },
  // L4: made by a helper in another module that neither returns nor stores it
  {
    name: 'L4: helper module forgets it',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    spawnChild(pdev.asRef(), 0);
    return { label: 'gpu' };
  },
};`,
    errors: [{ messageId: 'leaked', line: 7, column: 5 }],
  },
  // L4: a helper in another module returns it, probe discards the result
  {
    name: 'L4: helper module returns it, probe discards it',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    makeChild(pdev.asRef(), 1);
    return { label: 'gpu' };
  },
};`,
    errors: [{ messageId: 'leaked', line: 7, column: 5 }],
  },
  // L4: a helper in another module returns a drm registration; only its device is kept
  {
    name: 'L4: helper module registers, only reg.device() kept',
    code: head + `export const driver: pci.Driver<{ drm: drm.Device<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const reg = registerGpu(pdev);
    return { drm: reg.device() };
  },
};`,
    errors: [{ messageId: 'leaked', line: 7, column: 17 }],
  },
  // ---- issue 9: values by type, proofs, ownership, access paths (docs/architecture.md) ----
  {
    name: 'L1: pushed into a local array; only its count is kept in the driver data',
    code: head + `export const driver: pci.Driver<{ count: number }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const children: auxiliary.Registration[] = [];
    children.push(auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu'));
    return { count: children.length };
  },
};`,
    errors: [{ messageId: 'leaked', line: 8, column: 19 }],
  },
  {
    name: 'L1: set into a local Map; only reg.device() is kept in the driver data',
    code: head + `export const driver: pci.Driver<{ dev: drm.Device<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const regs = new Map<string, drm.Registration<Gpu>>();
    const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
    const reg = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
    regs.set('main', reg);
    return { dev: reg.device() };
  },
};`,
    errors: [{ messageId: 'leaked', line: 9, column: 17 }],
  },
  {
    name: 'L1: stored in a field of a local object that the driver data does not own',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const scratch: { child?: auxiliary.Registration } = {};
    scratch.child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    return { label: scratch.child.name };
  },
};`,
    errors: [{ messageId: 'leaked', line: 8, column: 21 }],
  },
  {
    name: 'L3: a same-file builder makes an object holding it; probe keeps only its name',
    code: head + `function build(pdev: pci.Device<device.Bound>): { child: auxiliary.Registration } {
  return { child: auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu') };
}
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const parts = build(pdev);
    return { label: parts.child.name };
  },
};`,
    errors: [{ messageId: 'leaked', line: 10, column: 19 }],
  },
  {
    name: 'L4: a builder in another module makes an object holding them; probe keeps only their count',
    code: head + `import { buildChildren } from './no-leaked-registration.helpers.js';
export const driver: pci.Driver<{ count: number }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const made = buildChildren(pdev.asRef(), 2);
    return { count: made.children.length };
  },
};`,
    errors: [{ messageId: 'leaked', line: 8, column: 18 }],
  },
  {
    name: 'L2: pushed into a local array in a forEach callback; only the count is kept',
    code: head + `export const driver: pci.Driver<{ count: number }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const children: auxiliary.Registration[] = [];
    [0, 1].forEach((id) => {
      children.push(auxiliary.Registration.new(pdev.asRef(), 'child', id, 'gpu'));
    });
    return { count: children.length };
  },
};`,
    errors: [{ messageId: 'leaked', line: 9, column: 21 }],
  },
  // L1: a registration given to a stack that is neither disposed nor moved (issue 9, class 1)
  {
    name: 'L1: registration in a stack that is kept nowhere',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const stack = new DisposableStack();
    const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
    stack.adopt(drm.Registration.new(pdev, udev, { vram: 64 }, 0), (reg) => void reg.drop());
    return { label: 'forgot' };
  },
};`,
    errors: [{ messageId: 'leaked', line: 9, column: 17 }],
  },
  {
    name: 'L2: registrations collected by a reduce accumulator kept only locally; the data gets the names',
    code: head + `export const driver: pci.Driver<{ names: string[] }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const names = ['a', 'b'];
    const byName = names.reduce((m, n, i) => m.set(n, auxiliary.Registration.new(pdev.asRef(), n, i, 'x')), new Map<string, auxiliary.Registration>());
    pdev.asRef().info(\`\${byName.size} children\`);
    return { names };
  },
};`,
    errors: [{ messageId: 'leaked', line: 8, column: 55 }],
  },
  {
    name: 'L2: registrations made in an Array.from callback; only their count is kept',
    code: head + `export const driver: pci.Driver<{ count: number }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const lanes = Array.from({ length: 4 }, (_, i) => auxiliary.Registration.new(pdev.asRef(), 'lane', i, 'gpu'));
    return { count: lanes.length };
  },
};`,
    errors: [{ messageId: 'leaked', line: 7, column: 55 }],
  },
  {
    name: 'L3: a curried factory: the closure makeSpawner returns creates a registration the call discards',
    code: head + `function makeSpawner(pdev: pci.Device<device.Core>) {
  return (name: string, id: number) => auxiliary.Registration.new(pdev.asRef(), name, id, 'gpu');
}
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const spawn = makeSpawner(pdev);
    spawn('lost', 1);
    return { label: 'spawned' };
  },
};`,
    errors: [{ messageId: 'leaked', line: 11, column: 5 }],
  },
  // L1: kept only in a module registry's list, reached through a local name for it
  {
    name: 'L1: pushed into a module registry through a local name for its list',
    code: head + `const registry: { list: auxiliary.Registration[] } = { list: [] };
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const list = registry.list;
    list.push(auxiliary.Registration.new(pdev.asRef(), 'kept', 0, 'gpu'));
    return { label: 'kept' };
  },
};`,
    errors: [{ messageId: 'leaked', line: 9, column: 15 }],
  },
  // L1: only copies (keys, names, counts) of a local container reach the data (issue 9, classes 2, 4)
  {
    name: 'L1: only the keys of a local Map (spread) reach the driver data (strings hold no registration)',
    code: head + `export const driver: pci.Driver<{ names: string[] }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const byName = new Map<string, auxiliary.Registration>();
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    byName.set(child.name, child);
    return { names: [...byName.keys()] };
  },
};`,
    errors: [{ messageId: 'leaked', line: 8, column: 19 }],
  },
  {
    name: 'L1: only the keys iterator of a local Map reaches the driver data',
    code: head + `export const driver: pci.Driver<{ names: Iterable<string> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const byName = new Map<string, auxiliary.Registration>();
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    byName.set(child.name, child);
    return { names: byName.keys() };
  },
};`,
    errors: [{ messageId: 'leaked', line: 8, column: 19 }],
  },
  {
    name: 'L1: only Array.from(map.keys()) of a local Map reaches the driver data',
    code: head + `export const driver: pci.Driver<{ names: string[] }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const byName = new Map<string, auxiliary.Registration>();
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    byName.set(child.name, child);
    return { names: Array.from(byName.keys()) };
  },
};`,
    errors: [{ messageId: 'leaked', line: 8, column: 19 }],
  },
  {
    name: 'L1: only a Set of the keys of a local Map reaches the driver data',
    code: head + `export const driver: pci.Driver<{ names: Set<string> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const byName = new Map<string, auxiliary.Registration>();
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    byName.set(child.name, child);
    return { names: new Set(byName.keys()) };
  },
};`,
    errors: [{ messageId: 'leaked', line: 8, column: 19 }],
  },
  // L3: a registration a method or helper keeps in this / a parameter's object leaks with that object (issue 9, class 4)
  {
    name: 'L3: a fluent builder makes a child per add() and is discarded (one finding per call)',
    code: head + `class ChildSet {
  readonly children: auxiliary.Registration[] = [];
  constructor(private readonly parent: device.Device<device.Bound>) {}
  add(name: string): this {
    this.children.push(auxiliary.Registration.new(this.parent, name, this.children.length, 'set'));
    return this;
  }
}
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    new ChildSet(pdev.asRef()).add('a').add('b');
    return { label: 'set' };
  },
};`,
    errors: [{ messageId: 'leaked', line: 15, column: 5 }, { messageId: 'leaked', line: 15, column: 5 }],
  },
  {
    name: 'L3: a fluent builder kept only in a local',
    code: head + `class ChildSet {
  readonly children: auxiliary.Registration[] = [];
  constructor(private readonly parent: device.Device<device.Bound>) {}
  add(name: string): this {
    this.children.push(auxiliary.Registration.new(this.parent, name, this.children.length, 'set'));
    return this;
  }
}
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const set = new ChildSet(pdev.asRef()).add('a');
    set.add('b');
    return { label: 'set' };
  },
};`,
    errors: [{ messageId: 'leaked', line: 15, column: 17 }, { messageId: 'leaked', line: 16, column: 5 }],
  },
  {
    name: 'L3: a constructor keeps a new child in this and the object is discarded',
    code: head + `class Owner {
  readonly child: auxiliary.Registration;
  constructor(parent: device.Device<device.Bound>) {
    this.child = auxiliary.Registration.new(parent, 'owned', 0, 'gpu');
  }
}
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    new Owner(pdev.asRef());
    return { label: 'owner' };
  },
};`,
    errors: [{ messageId: 'leaked', line: 13, column: 5 }],
  },
  {
    name: 'L3: a helper keeps a new child in a local object only its count reaches',
    code: head + `function addTo(into: { kids: auxiliary.Registration[] }, dev: device.Device<device.Bound>): void {
  into.kids.push(auxiliary.Registration.new(dev, 'kid', 0, 'gpu'));
}
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const holder = { kids: [] as auxiliary.Registration[] };
    addTo(holder, pdev.asRef());
    return { label: String(holder.kids.length) };
  },
};`,
    errors: [{ messageId: 'leaked', line: 11, column: 5 }],
  },
  // ---- a registration handed to a user (Async)Disposable that is not disposed, or whose disposal does not drop it ----
  {
    name: 'L3: a same-file AsyncDisposable wrapper that would drop the registration, never disposed',
    code: head + `class SelfTest implements AsyncDisposable {
  constructor(private readonly child: auxiliary.Registration) {}
  async [Symbol.asyncDispose](): Promise<void> {
    await this.child.drop();
  }
}
export const driver: pci.Driver<Promise<{ label: string }>> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  async probe(pdev) {
    const test = new SelfTest(auxiliary.Registration.new(pdev.asRef(), 'selftest', 0, 'gpu'));
    return { label: test ? 'gpu' : '' };
  },
};`,
    errors: [{ messageId: 'leaked', line: 13, column: 31 }],
  },
  {
    name: 'L3: a same-file wrapper keeps two registrations and its dispose drops only the other one',
    code: head + `class Pair implements AsyncDisposable {
  constructor(readonly kept: auxiliary.Registration, readonly test: auxiliary.Registration) {}
  async [Symbol.asyncDispose](): Promise<void> {
    await this.test.drop();
  }
}
export const driver: pci.Driver<Promise<{ label: string }>> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  async probe(pdev) {
    const kept = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    const test = auxiliary.Registration.new(pdev.asRef(), 'selftest', 1, 'gpu');
    await using _pair = new Pair(kept, test);
    return { label: 'gpu' };
  },
};`,
    errors: [{ messageId: 'leaked', line: 13, column: 18 }],
  },
  {
    name: 'L3: a same-file wrapper creates two registrations in its constructor, declared with await using; its dispose drops only one',
    code: head + `class SelfTest implements AsyncDisposable {
  readonly #first: auxiliary.Registration;
  readonly #second: auxiliary.Registration;
  constructor(parent: device.Device<device.Bound>) {
    this.#first = auxiliary.Registration.new(parent, 'selftest', 0, 'gpu');
    this.#second = auxiliary.Registration.new(parent, 'selftest', 1, 'gpu');
  }
  async [Symbol.asyncDispose](): Promise<void> {
    await this.#first.drop();
  }
}
export const driver: pci.Driver<Promise<{ label: string }>> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  async probe(pdev) {
    await using test = new SelfTest(pdev.asRef());
    return { label: test ? 'gpu' : '' };
  },
};`,
    errors: [{ messageId: 'leaked', line: 18, column: 24 }],
  },
  {
    name: 'L4: an AsyncDisposable wrapper in another module declared with await using, whose dispose does not drop the registration',
    code: head + `import { LoggedChild } from './no-leaked-registration.helpers.js';
export const driver: pci.Driver<Promise<{ label: string }>> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  async probe(pdev) {
    await using test = new LoggedChild(auxiliary.Registration.new(pdev.asRef(), 'selftest', 0, 'gpu'));
    return { label: test.child.name };
  },
};`,
    errors: [{ messageId: 'leaked', line: 8, column: 40 }],
  },
  {
    name: 'L4: an AsyncDisposable wrapper in another module that would drop the registration, never disposed',
    code: head + `import { OwnedChild } from './no-leaked-registration.helpers.js';
export const driver: pci.Driver<Promise<{ label: string }>> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  async probe(pdev) {
    const test = new OwnedChild(auxiliary.Registration.new(pdev.asRef(), 'selftest', 0, 'gpu'));
    return { label: test.name };
  },
};`,
    errors: [{ messageId: 'leaked', line: 8, column: 33 }],
  },
  {
    name: 'L3: a generic helper returns what the callback makes, but the data does not keep it',
    code: head + `function make<T>(what: string, build: () => T): T {
  const value = build();
  console.log(what);
  return value;
}
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const parent: device.Device<device.Bound> = pdev.asRef();
    const child = make('child', () => auxiliary.Registration.new(parent, 'child', 0, 'gpu'));
    return { label: child.name };
  },
};`,
    errors: [{ messageId: 'leaked', line: 13, column: 39 }],
  },
  {
    name: 'L4: an async generic helper in another module returns what the callback makes; the data does not keep it',
    code: head + `import { timed } from './no-leaked-registration.helpers.js';
export const driver: pci.Driver<Promise<{ label: string }>> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  async probe(pdev) {
    const parent: device.Device<device.Bound> = pdev.asRef();
    const child = await timed('child', () => auxiliary.Registration.new(parent, 'child', 0, 'gpu'));
    return { label: child.name };
  },
};`,
    errors: [{ messageId: 'leaked', line: 9, column: 46 }],
  },
  {
    name: 'L3: a generic helper given a function declared by name returns what it makes; the data does not keep it',
    code: head + `let parentOf: device.Device<device.Bound> | undefined;
function buildChild(): auxiliary.Registration {
  return auxiliary.Registration.new(parentOf!, 'child', 0, 'gpu');
}
function make<T>(build: () => T): T { return build(); }
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    parentOf = pdev.asRef();
    const child = make(buildChild);
    return { label: child.name };
  },
};`,
    errors: [{ messageId: 'leaked', line: 13, column: 19 }],
  },
  // Per path (issue 9, class 1): a drop on some path only leaves the others owing it
  {
    name: 'L0: dropped only in the catch of a later step; on success nothing keeps it',
    code: head + `function check(name: string): string {
  if (name.length === 0) throw new Error('empty');
  return name;
}
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const child = auxiliary.Registration.new(pdev.asRef(), 'selftest', 0, 'gpu');
    let label: string;
    try {
      label = check(child.name);
    } catch (err) {
      void child.drop();
      throw err;
    }
    return { label };
  },
};`,
    errors: [{ messageId: 'leaked', line: 11, column: 19 }],
  },
  {
    name: 'L0: dropped on one branch only',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const reg = drm.Registration.new(pdev, drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' }), { vram: 64 }, 0);
    const label = reg.device().name;
    if (label.length > 3) void reg.drop();
    return { label };
  },
};`,
    errors: [{ messageId: 'leaked', line: 7, column: 17 }],
  },
  {
    name: 'L2: a closure probe runs drops the child only when its self-test throws',
    code: head + `export const driver: pci.Driver<{ online: number }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const parent = pdev.asRef();
    const tryAttach = (id: number): boolean => {
      const child = auxiliary.Registration.new(parent, 'queue', id, 'gpu');
      try {
        if (id > 1) throw new Error('self-test failed');
      } catch {
        void child.drop();
        return false;
      }
      return true;
    };
    return { online: [0, 1, 2].filter(tryAttach).length };
  },
};`,
    errors: [{ messageId: 'leaked', line: 9, column: 21 }],
  },
  {
    name: 'L3: a helper drops what it makes only in a catch, and returns a boolean',
    code: head + `function selfTest(parent: device.Device<device.Bound>): boolean {
  const child = auxiliary.Registration.new(parent, 'selftest', 0, 'gpu');
  try {
    return child.name.length > 0;
  } catch {
    void child.drop();
    return false;
  }
}
export const driver: pci.Driver<{ ok: boolean }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    return { ok: selfTest(pdev.asRef()) };
  },
};`,
    errors: [{ messageId: 'leaked', line: 16, column: 18 }],
  },
  {
    name: 'L4: a helper in another module drops what it makes only in a catch',
    code: head + `import { probeChild } from './no-leaked-registration.helpers.js';
export const driver: pci.Driver<{ ok: boolean }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const ok = probeChild(pdev.asRef(), 0);
    return { ok };
  },
};`,
    errors: [{ messageId: 'leaked', line: 8, column: 16 }],
  },
  {
    name: 'L3: a helper returns a session whose dispose forgets the child it holds; declared with using',
    code: head + `class Session implements Disposable {
  #closed = false;
  constructor(private readonly child: auxiliary.Registration) {}
  get name(): string {
    return this.child.name;
  }
  [Symbol.dispose](): void {
    this.#closed = true;
  }
}
function open(parent: device.Device<device.Bound>): Session {
  return new Session(auxiliary.Registration.new(parent, 'probe', 0, 'gpu'));
}
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    using session = open(pdev.asRef());
    return { label: session.name };
  },
};`,
    errors: [{ messageId: 'leaked', line: 20, column: 21 }],
  },
  {
    name: 'L2: a helper returns an object literal whose dispose forgets the registration it holds; declared with await using',
    code: head + `function open(parent: device.Device<device.Bound>) {
  const child = auxiliary.Registration.new(parent, 'probe', 0, 'gpu');
  return { child, async [Symbol.asyncDispose]() { await Promise.resolve(); } };
}
export const driver: pci.Driver<Promise<{ label: string }>> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  async probe(pdev) {
    await using session = open(pdev.asRef());
    return { label: session.child.name };
  },
};`,
    errors: [{ messageId: 'leaked', line: 11, column: 27 }],
  },
  {
    name: 'L3: only the device of the object a helper returns is kept (destructured, read, assigned), not its registration',
    code: head + `function bringUp(pdev: pci.Device<device.Bound>): { readonly registration: drm.Registration<Gpu>; readonly device: drm.Device<Gpu> } {
  const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'gpu' });
  const registration = drm.Registration.new(pdev, udev, { vram: 64 }, 0);
  return { registration, device: registration.device() };
}
export const destructured: pci.Driver<{ render: drm.Device<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const { device: render } = bringUp(pdev);
    return { render };
  },
};
export const read: pci.Driver<{ render: drm.Device<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    return { render: bringUp(pdev).device };
  },
};
export const assigned: pci.Driver<{ render: drm.Device<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    let render: drm.Device<Gpu>;
    ({ device: render } = bringUp(pdev));
    return { render };
  },
};`,
    errors: [
      { messageId: 'leaked', line: 12, column: 32 },
      { messageId: 'leaked', line: 20, column: 22 },
      { messageId: 'leaked', line: 28, column: 27 },
    ],
  },
  {
    name: 'L4: a helper in another module returns the DRM registration with its device; only the device is kept',
    code: head + `import { bringUpGpu } from './no-leaked-registration.helpers.js';
export const driver: pci.Driver<{ render: drm.Device<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const { device: render } = bringUpGpu(pdev);
    return { render };
  },
};`,
    errors: [{ messageId: 'leaked', line: 8, column: 32 }],
  },
  {
    name: "L3: a same-file singleton in a class's static field keeps the child it spawns (directly, through a helper)",
    code: head + `class Registry {
  static readonly instance = new Registry();
  readonly #children = new Set<auxiliary.Registration>();
  spawn(parent: device.Device<device.Bound>, id: number): void {
    this.#children.add(auxiliary.Registration.new(parent, 'child', id, 'gpu'));
  }
}
function spawnInto(parent: device.Device<device.Bound>): void {
  Registry.instance.spawn(parent, 1);
}
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    Registry.instance.spawn(pdev.asRef(), 0);
    spawnInto(pdev.asRef());
    return { label: 'gpu' };
  },
};`,
    errors: [
      { messageId: 'leaked', line: 17, column: 5 },
      { messageId: 'leaked', line: 18, column: 5 },
    ],
  },
  {
    name: "L4: a singleton in another module's class static field keeps the child it spawns",
    code: head + `import { ChildPool } from './no-leaked-registration.helpers.js';
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    ChildPool.shared.spawn(pdev.asRef(), 0);
    return { label: 'gpu' };
  },
};`,
    errors: [{ messageId: 'leaked', line: 8, column: 5 }],
  },
  {
    name: 'L1: a frozen local object holding the child, of which only the name reaches the data',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const frozen = Object.freeze({ child: auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu') });
    return { label: frozen.child.name };
  },
};`,
    errors: [{ messageId: 'leaked', line: 7, column: 43 }],
  },
  {
    name: 'L0+L1: returned on one normal exit, kept nowhere on another (an early return, a conditional expression, a switch arm, a nested conditional)',
    code: head + `type Reg = auxiliary.Registration;
export const early: pci.Driver<{ child?: Reg }, { ok: boolean }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2, info: { ok: true } }],
  probe(pdev, info) {
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    if (!info?.ok) return {};
    return { child };
  },
};
export const ternary: pci.Driver<{ child?: Reg }, { ok: boolean }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2, info: { ok: true } }],
  probe(pdev, info) {
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    return info?.ok ? { child } : {};
  },
};
export const switched: pci.Driver<{ children: Reg[] }, { mode: number }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2, info: { mode: 1 } }],
  probe(pdev, info) {
    const children = [auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu')];
    switch (info?.mode) {
      case 1:
        return { children };
      default:
        return { children: [] };
    }
  },
};
export const nested: pci.Driver<{ child?: Reg; n: number }, { a: boolean; b: boolean }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2, info: { a: true, b: true } }],
  probe(pdev, info) {
    const child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    return info?.a ? { child, n: 1 } : (info?.b ? { n: 2 } : { child, n: 3 });
  },
};`,
    errors: [
      { messageId: 'leaked', line: 8, column: 19 },
      { messageId: 'leaked', line: 17, column: 19 },
      { messageId: 'leaked', line: 25, column: 23 },
      { messageId: 'leaked', line: 38, column: 19 },
    ],
  },
  {
    name: 'L3: a helper returns what it makes on one exit and forgets it on another (reported at the call)',
    code: head + `function maybeChild(dev: device.Device<device.Bound>, on: boolean): auxiliary.Registration | undefined {
  const child = auxiliary.Registration.new(dev, 'child', 0, 'gpu');
  if (!on) return undefined;
  return child;
}
export const driver: pci.Driver<{ child: auxiliary.Registration | undefined }, { on: boolean }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2, info: { on: true } }],
  probe(pdev, info) {
    return { child: maybeChild(pdev.asRef(), info?.on === true) };
  },
};`,
    errors: [{ messageId: 'leaked', line: 12, column: 21 }],
  },
  {
    name: 'L1+L2: a registration assigned to a local declared earlier (=, ||=, ??=, in a callback probe runs), of which only a name or a handle reaches the data',
    code: head + `type Reg = auxiliary.Registration;
export const assigned: pci.Driver<{ name: string | undefined }, { on: boolean }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2, info: { on: true } }],
  probe(pdev, info) {
    let child: Reg | undefined;
    if (info?.on) {
      child = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    }
    return { name: child?.name };
  },
};
export const logical: pci.Driver<{ node: drm.Device<Gpu> }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const udev = drm.UnregisteredDevice.new(gpu, pdev, { label: 'a' });
    let reg: drm.Registration<Gpu> | undefined;
    reg ||= drm.Registration.new(pdev, udev, { vram: 64 }, 0);
    return { node: reg.device() };
  },
};
export const nullish: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    let child: Reg | undefined;
    child ??= auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'gpu');
    return { label: child.name };
  },
};
export const inCallback: pci.Driver<{ count: number }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    let last: Reg | undefined;
    ['a'].forEach((n) => {
      last = auxiliary.Registration.new(pdev.asRef(), n, 0, 'gpu');
    });
    return { count: last ? 1 : 0 };
  },
};`,
    errors: [
      { messageId: 'leaked', line: 10, column: 15 },
      { messageId: 'leaked', line: 21, column: 13 },
      { messageId: 'leaked', line: 30, column: 15 },
      { messageId: 'leaked', line: 40, column: 14 },
    ],
  },
  {
    name: 'L3: an own Disposable with an array of children whose dispose loop drops only some, or that is never disposed',
    code: head + `type Reg = auxiliary.Registration;
class Some implements Disposable {
  readonly #children: Reg[];
  constructor(children: Reg[]) {
    this.#children = children;
  }
  [Symbol.dispose](): void {
    for (const child of this.#children) if (child.name === 'a') void child.drop();
  }
}
class All implements Disposable {
  readonly #children: Reg[];
  constructor(children: Reg[]) {
    this.#children = children;
  }
  [Symbol.dispose](): void {
    for (const child of this.#children) void child.drop();
  }
}
export const partial: pci.Driver<{ n: number }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    using batch = new Some([auxiliary.Registration.new(pdev.asRef(), 'a', 0, 'gpu')]);
    return { n: 1 };
  },
};
export const notDisposed: pci.Driver<{ n: number }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const batch = new All([auxiliary.Registration.new(pdev.asRef(), 'a', 0, 'gpu')]);
    return { n: 1 };
  },
};`,
    errors: [
      { messageId: 'leaked', line: 26, column: 29 },
      { messageId: 'leaked', line: 34, column: 28 },
    ],
  },
  // L2: a callback probe starts for later makes a registration even when it captures nothing followed
  {
    name: 'L2: made in a timer and a .then callback that capture only an untracked handle; kept in a module variable or discarded',
    code: head + `let late: auxiliary.Registration | undefined;
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const handle = pdev.toNormal();
    setTimeout(() => {
      late = auxiliary.Registration.new(handle.asRef().unsafeAsBound(), 'late', 0, 'gpu');
    }, 10);
    void Promise.resolve(handle.name).then(() => {
      auxiliary.Registration.new(handle.asRef().unsafeAsBound(), 'then', 1, 'gpu');
    });
    return { label: handle.name };
  },
};`,
    errors: [
      { messageId: 'leaked', line: 10, column: 14 },
      { messageId: 'leaked', line: 13, column: 7 },
    ],
  },
  {
    name: 'L2: made in a queueMicrotask callback and a listener that capture nothing followed, kept only in a module array',
    code: head + `const parked: auxiliary.Registration[] = [];
export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const handle = pdev.toNormal();
    const signal = new AbortController().signal;
    queueMicrotask(() => {
      parked.push(auxiliary.Registration.new(handle.asRef().unsafeAsBound(), 'micro', 0, 'gpu'));
    });
    signal.addEventListener('abort', () => {
      parked.push(auxiliary.Registration.new(handle.asRef().unsafeAsBound(), 'abort', 1, 'gpu'));
    });
    return { label: handle.name };
  },
};`,
    errors: [
      { messageId: 'leaked', line: 11, column: 19 },
      { messageId: 'leaked', line: 14, column: 19 },
    ],
  },
  // L3: a helper's result hands the registrations it holds to the caller; a property not destructured is owned by nobody
  {
    name: 'L3: only the label (a copy of the name of the registration) is destructured from a helper result and returned',
    code: head + `function spawnOne(dev: device.Device<device.Bound>): { child: auxiliary.Registration; label: string } {
  const child = auxiliary.Registration.new(dev, 'one', 0, 'gpu');
  return { child, label: child.name };
}
export const driver: platform.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    const { label } = spawnOne(pdev.asRef());
    return { label };
  },
};`,
    errors: [{ messageId: 'leaked', line: 11, column: 23 }],
  },
  {
    name: 'L3: only the labels (copies of the registrations\' names) are kept from a helper result and returned',
    code: head + `function spawnNamed(dev: device.Device<device.Bound>, fns: readonly string[]): { children: auxiliary.Registration[]; labels: string[] } {
  const children = fns.map((fn, i) => auxiliary.Registration.new(dev, fn, i, 'gpu'));
  return { children, labels: children.map((c) => c.name) };
}
export const driver: platform.Driver<{ labels: string[] }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    const { labels } = spawnNamed(pdev.asRef(), ['a', 'b']);
    return { labels };
  },
};`,
    errors: [{ messageId: 'leaked', line: 11, column: 24 }],
  },
  {
    name: 'L3: only the label is destructured from a helper result whose nested object holds the registration',
    code: head + `function spawnNested(dev: device.Device<device.Bound>): { parts: { main: auxiliary.Registration }; label: string } {
  const main = auxiliary.Registration.new(dev, 'main', 0, 'gpu');
  return { parts: { main }, label: main.name };
}
export const driver: platform.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ compatible: 'vendor,gpu' }],
  probe(pdev) {
    const { label } = spawnNested(pdev.asRef());
    return { label };
  },
};`,
    errors: [{ messageId: 'leaked', line: 11, column: 23 }],
  },
  // L2: a registration a callback that runs later makes is owed on that callback's own paths
  {
    name: 'L2: a stored arrow handed to a timer by name drops its child only when a condition holds',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const handle = pdev.toNormal();
    const selftest = (): void => {
      const probeChild = auxiliary.Registration.new(handle.asRef().unsafeAsBound(), 'selftest', 0, 'gpu');
      if (handle.name.length > 3) void probeChild.drop();
    };
    setTimeout(selftest, 5);
    return { label: handle.name };
  },
};`,
    errors: [{ messageId: 'leaked', line: 9, column: 26 }],
  },
  {
    name: 'L2: a queueMicrotask callback returns early before it drops the child it made',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const handle = pdev.toNormal();
    queueMicrotask(() => {
      const child = auxiliary.Registration.new(handle.asRef().unsafeAsBound(), handle.name, 1, 'gpu');
      if (handle.name === '') return;
      void child.drop();
    });
    return { label: handle.name };
  },
};`,
    errors: [{ messageId: 'leaked', line: 9, column: 21 }],
  },
  {
    name: 'L2: a nested function declaration given to setInterval by name drops its child in one case of a switch only',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const handle = pdev.toNormal();
    const period = 100;
    function onTick(): void {
      const spare = auxiliary.Registration.new(handle.asRef().unsafeAsBound(), 'spare', 2, 'gpu');
      switch (handle.name) {
        case 'gpu0':
          void spare.drop();
          break;
        default:
          break;
      }
    }
    setInterval(onTick, period);
    return { label: handle.name };
  },
};`,
    errors: [{ messageId: 'leaked', line: 10, column: 21 }],
  },
  // L4: the same through a helper in another module the timer callback calls (finding at that call)
  {
    name: 'L4: a timer callback capturing only an untracked handle calls a helper module that forgets its child',
    code: head + `export const driver: pci.Driver<{ label: string }> = {
  name: 'gpu',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const handle = pdev.toNormal();
    setInterval(() => {
      spawnChild(handle.asRef().unsafeAsBound(), 3);
    }, 1000);
    return { label: handle.name };
  },
};`,
    errors: [{ messageId: 'leaked', line: 9, column: 7 }],
  },
  {
    name: 'L1: the rest object of a destructuring holds only the properties the pattern does not name: keeping it keeps only those',
    code: head + `type Reg = auxiliary.Registration;
export const driver: platform.Driver<{ others: { mic: Reg } }> = {
  name: 'codec',
  idTable: [{ compatible: 'vendor,codec' }],
  probe(pdev) {
    const parts = {
      jack: auxiliary.Registration.new(pdev.asRef(), 'jack', 0, 'codec'),
      mic: auxiliary.Registration.new(pdev.asRef(), 'mic', 0, 'codec'),
    };
    const { jack, ...others } = parts;
    void jack;
    return { others };
  },
};`,
    errors: [{ messageId: 'leaked', line: 9, column: 13 }],
  },
];

createRuleTester().run('no-leaked-registration', rule, { valid, invalid });

describeCasesTypeCheck([...valid, ...invalid]);

describeCasesThroughAnalyzer('no-leaked-registration', [...valid, ...invalid]);
