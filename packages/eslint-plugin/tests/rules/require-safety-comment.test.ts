import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/require-safety-comment.js';
import { createRuleTester, imports } from '../rule-tester.js';
import { describeCasesTypeCheck } from '../type-check.js';
import { describeCasesThroughAnalyzer } from '../analyzer-agreement.js';

// Every case: line 1 is `imports`, line 2 imports the L4 helpers from
// fixture/require-safety-comment.helpers.ts; the case's own code starts on line 3.
const helpers = `import { boundName, rawPoke, Window } from './require-safety-comment.helpers.js';\n`;
const head = imports + helpers;
// Line 3 of the cases that reach `rawPoke` through the helpers' ops tables.
const ops = `import { pokeOps, relayOps } from './require-safety-comment.helpers.js';\n`;

const valid: ValidTestCase<[]>[] = [
  // L1: a tagged const holding an arrow function (the tag stands before the variable statement), justified
  {
    name: 'L1: @unsafe const arrow called with SAFETY',
    code: head + `/** @unsafe \`dev\` must be bound. */
export const trustName = (dev: device.Device): string => {
  // SAFETY: forwarded to the caller's contract.
  return dev.unsafeAsBound().name;
};
export function run(dev: device.Device): string {
  // SAFETY: run is only called from probe.
  return trustName(dev);
}`,
  },
  // L4: an imported @unsafe const arrow under a renamed import, called in a getter, justified
  {
    name: 'L4: renamed import of an @unsafe const arrow in a getter with SAFETY',
    code: head + `import { nameBound as label } from './require-safety-comment.helpers.js';
export class Panel {
  constructor(readonly dev: device.Device) {}
  get title(): string {
    // SAFETY: a Panel lives only between probe and remove.
    return label(this.dev);
  }
}`,
  },
  // L4: the default import of an @unsafe const arrow, called in a computed-name method after an arrow field, justified
  {
    name: 'L4: default import of an @unsafe const arrow in [Symbol.dispose] with SAFETY',
    code: head + `import describe from './require-safety-comment.helpers.js';
export class Panel implements Disposable {
  constructor(readonly dev: device.Device) {}
  rename = (n: string): this => (void n, this);
  [Symbol.dispose](): void {
    // SAFETY: disposed by remove, while the device is still bound.
    void describe(this.dev);
  }
}`,
  },
  // L3: a private `#m` method tagged @unsafe, called through `this` under a SAFETY comment
  {
    name: 'L3: private #method tagged @unsafe, justified call through this',
    code: head + `export class Rails {
  constructor(readonly dev: device.Device) {}
  /** @unsafe Only while the device is bound. */
  #boundName(): string {
    // SAFETY: forwarded from this method's contract.
    return this.dev.unsafeAsBound().name;
  }
  report(): string {
    // SAFETY: callers only report from a bus callback of the device.
    const owner = this.#boundName();
    return owner;
  }
}`,
  },
  // L3: a static private method and a private field holding an arrow, both tagged, both justified
  {
    name: 'L3: static #method and #field arrow tagged @unsafe, justified calls',
    code: head + `export class Rails {
  /** @unsafe \`dev\` must be bound. */
  static #nameOf(dev: device.Device): string {
    // SAFETY: forwarded from this method's contract.
    return dev.unsafeAsBound().name;
  }
  /** @unsafe \`dev\` must be bound. */
  readonly #poke = (dev: device.Device): number => {
    // SAFETY: forwarded from this field's contract.
    return dev.unsafeAsBound().name.length;
  };
  static describe(dev: device.Device): string {
    // SAFETY: called from probe only.
    return Rails.#nameOf(dev);
  }
  count(dev: device.Device): number {
    // SAFETY: called from probe only.
    return this.#poke(dev);
  }
}`,
  },
  // L4: an @unsafe function reached through an imported ops table, justified
  {
    name: 'L4: imported ops table, destructured and direct calls with SAFETY',
    code: head + ops + `export function poke(dev: device.Device): number {
  const { poke: emit } = pokeOps;
  // SAFETY: called from probe only.
  const a = emit(dev, 1);
  // SAFETY: called from probe only.
  return a + pokeOps.poke(dev, 2);
}`,
  },
  // L4: a safe property spelt like the ops table's unsafe one needs no comment
  {
    name: 'L4: safe local property named like an imported unsafe one',
    code: head + ops + `const mine = { poke: (dev: device.Device, v: number): number => dev.name.length + v, forward: (v: number): number => v };
export function poke(dev: device.Device): number {
  const { poke: emit } = mine;
  return emit(dev, 1) + mine.poke(dev, 2) + mine.forward(3) + pokeOps.label.length;
}`,
  },
  // L0: `// SAFETY:` directly above the statement of the call (in probe)
  {
    name: 'L0: SAFETY above the statement',
    code: head + `export const driver: pci.Driver<{ name: string }> = {
  name: 'x',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    // SAFETY: probe runs, so the device is bound for this call.
    const bound = pdev.asRef().unsafeAsBound();
    return { name: bound.name };
  },
};`,
  },
  // L0: `// SAFETY:` directly above the call itself, inside a multi-line expression
  {
    name: 'L0: SAFETY directly above the call inside an expression',
    code: head + `export function describe(dev: device.Device): string {
  const parts = [
    dev.name,
    // SAFETY: only called from bus callbacks of dev.
    dev.unsafeAsBound().name,
  ];
  return parts.join(' ');
}`,
  },
  // L0: `// SAFETY:` above the statement, the call on a later line of that statement
  {
    name: 'L0: SAFETY above a multi-line statement',
    code: head + `export function describe(dev: device.Device): string {
  // SAFETY: only called from bus callbacks of dev.
  const text = [
    dev.name,
    dev.unsafeAsBound().name,
  ].join(' ');
  return text;
}`,
  },
  // L0: a SAFETY comment spanning several line comments, on a return statement
  {
    name: 'L0: multi-line SAFETY comment above a return',
    code: head + `export function bound(dev: device.Device): device.Device<device.Bound> {
  // SAFETY: the caller holds an unbind guard of the DRM device whose parent
  // this is, so the parent stays bound while the result is used.
  return dev.unsafeAsBound();
}`,
  },
  // L0: assumeCtx of an UnregisteredDevice and of a drm.Device, each justified
  {
    name: 'L0: assumeCtx calls with SAFETY',
    code: head + `export function views(udev: drm.UnregisteredDevice<drm.AnyDriver>, reg: drm.Registration<drm.AnyDriver>): string {
  // SAFETY: an unregistered device is Uninit.
  const early = udev.assumeCtx();
  // SAFETY: the device comes from a registration.
  const registered = reg.device().assumeCtx<drm.Registered>();
  return early.name + registered.name;
}`,
  },
  // L0: the user's own @unsafe function and method, each justified
  {
    name: 'L0: user @unsafe function and method with SAFETY',
    code: head + `/**
 * Reads a register without a bounds check.
 *
 * @unsafe \`offset\` must be below 4.
 */
function peekRaw(offset: number): number {
  return offset * 4;
}
class Regs {
  /** @unsafe \`value\` must fit in 8 bits. */
  writeByte(value: number): number {
    return value & 0xff;
  }
}
export function run(regs: Regs): number {
  // SAFETY: 2 is below 4.
  const a = peekRaw(2);
  // SAFETY: 7 fits in 8 bits.
  return a + regs.writeByte(7);
}`,
  },
  // By type, not by name: a user's method named like the model's, without @unsafe, needs no comment;
  // a JSDoc that says "unsafe" in prose without the tag neither
  {
    name: 'by type: look-alike names and prose are not @unsafe',
    code: head + `class Handle {
  /** Not unsafe at all: it only returns a label. */
  unsafeAsBound(): string {
    return 'mine';
  }
}
export function use(h: Handle): string {
  return h.unsafeAsBound();
}`,
  },
  // L1: one SAFETY comment covers every unsafe call of its statement (array literal)
  {
    name: 'L1: one SAFETY comment for two calls of one statement',
    code: head + `export function pair(a: device.Device, b: device.Device): device.Device<device.Bound>[] {
  // SAFETY: both are parents held by the caller's unbind guards.
  const both = [a.unsafeAsBound(), b.unsafeAsBound()];
  return both;
}`,
  },
  // L1: an @unsafe function called through an alias, justified
  {
    name: 'L1: @unsafe function called through an alias with SAFETY',
    code: head + `/** @unsafe \`dev\` must be bound. */
function trustBound(dev: device.Device): device.Device<device.Bound> {
  // SAFETY: forwarded to the caller's contract.
  return dev.unsafeAsBound();
}
export function run(dev: device.Device): string {
  const trust = trustBound;
  // SAFETY: run is only called from probe.
  return trust(dev).name;
}`,
  },
  // L2: the call in an expression-bodied callback, SAFETY above the statement
  {
    name: 'L2: SAFETY above a statement whose callback makes the call',
    code: head + `export function names(devs: device.Device[]): string[] {
  // SAFETY: the caller runs inside the bus callbacks of every device in devs.
  return devs.map((d) => d.unsafeAsBound().name);
}`,
  },
  // L2: the SAFETY comment inside a block-bodied callback, directly above the call it justifies
  {
    name: 'L2: SAFETY inside a block-bodied callback, above the call',
    code: head + `export function labels(devs: device.Device[]): string[] {
  return devs.map((d) => {
    const prefix = d.name.slice(0, 3);
    // SAFETY: labels runs in probe, and devs are the probed device's children, bound with it.
    const bound = d.unsafeAsBound();
    return \`\${prefix}:\${bound.name}\`;
  });
}`,
  },
  // L0: the SAFETY comment above a call whose result is awaited, in an async function
  {
    name: 'L0: SAFETY above an awaited statement that makes the call',
    code: head + `export async function settle(dev: device.Device, ready: Promise<void>): Promise<string> {
  await ready;
  // SAFETY: settle is awaited by probe, which holds dev bound until it returns.
  const bound = await Promise.resolve(dev.unsafeAsBound());
  return bound.name;
}`,
  },
  // L3: a same-file helper justifies its unsafe call; its callers need no comment
  {
    name: 'L3: same-file helper justified inside, callers without comment',
    code: head + `function boundOf(dev: device.Device): device.Device<device.Bound> {
  // SAFETY: only called from probe, where dev is bound.
  return dev.unsafeAsBound();
}
export const driver: pci.Driver<{ name: string }> = {
  name: 'x',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    return { name: boundOf(pdev.asRef()).name };
  },
};`,
  },
  // L4: a safe wrapper from another module needs no comment; its @unsafe function gets one
  {
    name: 'L4: imported safe wrapper without comment, imported @unsafe function with SAFETY',
    code: head + `export function run(dev: device.Device): number {
  const name = boundName(dev);
  // SAFETY: run is only called from probe, where dev is bound.
  return rawPoke(dev, name.length);
}`,
  },
  // L4: the safe method of an imported class needs no comment; its @unsafe method gets one
  {
    name: 'L4: imported class, safe method without and @unsafe method with SAFETY',
    code: head + `export function fill(win: Window): void {
  win.write(1, 9);
  // SAFETY: 3 is inside the four-cell window.
  win.writeUnchecked(2, 3);
}`,
  },
  // L1: an @unsafe method called through a destructured alias, justified
  {
    name: 'L1: @unsafe method through a destructured alias with SAFETY',
    code: head + `export const trustTable = {
  /** @unsafe The caller must guarantee that the device is bound. */
  bound(dev: device.Device): device.Device<device.Bound> {
    // SAFETY: forwarded to the caller by this method's own contract.
    return dev.unsafeAsBound();
  },
};
export function ping(dev: device.Device): void {
  const { bound } = trustTable;
  // SAFETY: ping() is called from the IRQ handler, which the driver data owns: the device is bound.
  bound(dev).info('ping');
}`,
  },
  // L1: the same method through a renamed destructured alias, justified
  {
    name: 'L1: @unsafe method through a renamed destructured alias with SAFETY',
    code: head + `export const trustTable = {
  /** @unsafe The caller must guarantee that the device is bound. */
  bound(dev: device.Device): device.Device<device.Bound> {
    // SAFETY: forwarded to the caller by this method's own contract.
    return dev.unsafeAsBound();
  },
};
export function ping(dev: device.Device): string {
  const { bound: trust } = trustTable;
  // SAFETY: ping() runs inside a bus callback of dev.
  return trust(dev).name;
}`,
  },
  // L4: an imported @unsafe function under a renamed import, justified
  {
    name: 'L4: renamed import of an @unsafe function with SAFETY',
    code: head + `import { rawPoke as poke } from './require-safety-comment.helpers.js';
export function run(dev: device.Device): number {
  // SAFETY: run() is only called from probe, so dev is bound.
  return poke(dev, 1);
}`,
  },
  // L2: the call in a block-bodied callback is covered by the comment above the statement that writes it
  {
    name: 'L2: SAFETY above the statement covers a block-bodied callback',
    code: head + `export function summary(devs: readonly device.Device[]): string[] {
  // SAFETY: summary() is called from unbind, while every child is still bound.
  return devs
    .filter((d) => d.name.length > 0)
    .map((d) => {
      const bound = d.unsafeAsBound();
      return bound.name;
    });
}`,
  },
  // L2: the inner comment covers the callback's call, the outer one the call of the other callback
  {
    name: 'L2: inner and outer SAFETY comments each cover a call',
    code: head + `export function summary(devs: readonly device.Device[]): string[] {
  // SAFETY: summary() is called from unbind, while every child is still bound.
  return devs.filter((d) => d.unsafeAsBound().name.length > 0).map((d) => {
    // SAFETY: the same children, still bound.
    const bound = d.unsafeAsBound();
    return bound.name;
  });
}`,
  },
  // L0: a SAFETY comment covers the unsafe call that starts on the first code line after it,
  // whatever its place there. A call in the argument of a link of a multi-line chain:
  {
    name: 'L0: SAFETY above a chain link whose argument is the unsafe call',
    code: head + `class Line {
  readonly #words: string[] = [];
  add(word: string): this {
    this.#words.push(word);
    return this;
  }
  to(dev: device.Device<device.Bound>): this {
    dev.info(this.#words.join(' '));
    return this;
  }
}
export function greet(dev: device.Device, who: string): Line {
  return new Line()
    .add('hello')
    .add(who)
    // SAFETY: greet() runs only inside probe, while dev is being bound.
    .to(dev.unsafeAsBound());
}`,
  },
  // L0: the chain link itself is the unsafe call (the call node starts at \`pdev\`, two lines up)
  {
    name: 'L0: SAFETY above the unsafe link of a chain',
    code: head + `export function nameOf(pdev: pci.Device): string {
  return pdev
    .asRef()
    // SAFETY: only called from probe, so the device is bound.
    .unsafeAsBound()
    .name;
}`,
  },
  // L0: the unsafe call is an optional link of a chain
  {
    name: 'L0: SAFETY above an optional unsafe link',
    code: head + `export function nameOf(pdev: pci.Device | undefined): string | undefined {
  return pdev
    ?.asRef()
    // SAFETY: only called from probe, so the device is bound.
    ?.unsafeAsBound().name;
}`,
  },
  // L0: the unsafe call is an argument on its own line
  {
    name: 'L0: SAFETY above an argument on its own line',
    code: head + `function label(name: string, bound: device.Device<device.Bound>): string {
  return name + bound.name;
}
export function run(dev: device.Device): string {
  return label(
    dev.name,
    // SAFETY: run() is only called from probe.
    dev.unsafeAsBound(),
  );
}`,
  },
  // L0: the unsafe call is the value of an object literal property
  {
    name: 'L0: SAFETY above an object literal property',
    code: head + `export function views(dev: device.Device): { plain: string; bound: device.Device<device.Bound> } {
  return {
    plain: dev.name,
    // SAFETY: views() is only called from probe.
    bound: dev.unsafeAsBound(),
  };
}`,
  },
  // L0: the comment above a variable declaration covers an unsafe call in a later property of its object literal
  {
    name: 'L0: SAFETY above a declaration whose object literal property holds the call',
    code: head + `export function report(dev: device.Device, channel: number): string {
  // SAFETY: report() is only called from probe.
  const r = {
    channel,
    parentName: dev.unsafeAsBound().name,
  };
  return r.parentName + r.channel;
}`,
  },
  // L0: the same for a returned literal, the call nested two object literals and an array deep
  {
    name: 'L0: SAFETY above a return whose nested literals hold the call',
    code: head + `export function views(dev: device.Device): { outer: { names: string[] } } {
  // SAFETY: views() is only called from probe.
  return {
    outer: {
      names: [
        dev.name,
        dev.unsafeAsBound().name,
      ],
    },
  };
}`,
  },
  // L0: the unsafe call is an array element after a leading comma (the comment is in front of the comma)
  {
    name: 'L0: SAFETY above a comma-first array element',
    code: head + `export function names(dev: device.Device): string[] {
  return [
    dev.name
    // SAFETY: names() is only called from probe.
    , dev.unsafeAsBound().name
  ];
}`,
  },
  // L0: the unsafe call is a branch of a ternary on its own line (the comment is in front of the \`:\`)
  {
    name: 'L0: SAFETY above a ternary branch',
    code: head + `export function nameOf(dev: device.Device, plain: boolean): string {
  return plain
    ? dev.name
    // SAFETY: the bound name is asked for only from probe.
    : dev.unsafeAsBound().name;
}`,
  },
  // L0: block comments count too: \`/* SAFETY: … */\` and a one-line \`/** SAFETY: … */\` (before a declaration)
  {
    name: 'L0: block SAFETY comments',
    code: head + `export function names(dev: device.Device): string {
  /* SAFETY: names() is only called from probe. */
  const first = dev.unsafeAsBound().name;
  /** SAFETY: the same device, still in probe. */
  const second = dev.unsafeAsBound().name;
  return first + second;
}`,
  },
];

const invalid: InvalidTestCase<string, []>[] = [
  // L1: a tagged const holding an arrow function, called without SAFETY
  {
    name: 'L1: @unsafe const arrow called without SAFETY',
    code: head + `/** @unsafe \`dev\` must be bound. */
export const trustName = (dev: device.Device): string => {
  // SAFETY: forwarded to the caller's contract.
  return dev.unsafeAsBound().name;
};
export function run(dev: device.Device): string {
  return trustName(dev);
}`,
    errors: [{ messageId: 'missing', line: 9, column: 10, data: { callee: 'trustName' } }],
  },
  // L4: an imported @unsafe const arrow under a renamed import, called in a getter without SAFETY
  {
    name: 'L4: renamed import of an @unsafe const arrow in a getter without SAFETY',
    code: head + `import { nameBound as label } from './require-safety-comment.helpers.js';
export class Panel {
  constructor(readonly dev: device.Device) {}
  get title(): string {
    return label(this.dev);
  }
}`,
    errors: [{ messageId: 'missing', line: 7, column: 12, data: { callee: 'nameBound' } }],
  },
  // L4: the default import of an @unsafe const arrow in a computed-name method after an arrow field, SAFETY above the class instead
  {
    name: 'L4: default import of an @unsafe const arrow in [Symbol.dispose] without SAFETY',
    code: head + `import describe from './require-safety-comment.helpers.js';
// SAFETY: a method's body needs its own comment.
export class Panel implements Disposable {
  constructor(readonly dev: device.Device) {}
  rename = (n: string): this => (void n, this);
  [Symbol.dispose](): void {
    void describe(this.dev);
  }
}`,
    errors: [
      { messageId: 'unused', line: 4, column: 1 },
      { messageId: 'missing', line: 9, column: 10, data: { callee: 'nameBound' } },
    ],
  },
  // L3: a TypeScript \`private\` method and a public static one, tagged, called without comments
  {
    name: 'L3: private and static methods tagged @unsafe, calls through this and the class without SAFETY',
    code: head + `export class Rails {
  /** @unsafe \`dev\` must be bound. */
  private rawName(dev: device.Device): string {
    // SAFETY: forwarded from this method's contract.
    return dev.unsafeAsBound().name;
  }
  /** @unsafe \`dev\` must be bound. */
  static nameOf(dev: device.Device): string {
    // SAFETY: forwarded from this method's contract.
    return dev.unsafeAsBound().name;
  }
  both(dev: device.Device): string {
    return this.rawName(dev) + Rails.nameOf(dev);
  }
}`,
    errors: [
      { messageId: 'missing', line: 15, column: 17, data: { callee: 'rawName' } },
      { messageId: 'missing', line: 15, column: 38, data: { callee: 'nameOf' } },
    ],
  },
  // L3: a private `#m` method tagged @unsafe, called through `this` from a getter without comment
  {
    name: 'L3: private #method tagged @unsafe, call through this without SAFETY',
    code: head + `export class Rails {
  constructor(readonly dev: device.Device) {}
  /** @unsafe Only while the device is bound. */
  #boundName(): string {
    // SAFETY: forwarded from this method's contract.
    return this.dev.unsafeAsBound().name;
  }
  get owner(): string {
    return this.#boundName();
  }
}`,
    errors: [{ messageId: 'missing', line: 11, column: 17, data: { callee: '#boundName' } }],
  },
  // L3: a static private method and a private field holding an arrow, both tagged, no comments
  {
    name: 'L3: static #method and #field arrow tagged @unsafe, calls without SAFETY',
    code: head + `export class Rails {
  /** @unsafe \`dev\` must be bound. */
  static #nameOf(dev: device.Device): string {
    // SAFETY: forwarded from this method's contract.
    return dev.unsafeAsBound().name;
  }
  /** @unsafe \`dev\` must be bound. */
  readonly #poke = (dev: device.Device): number => {
    // SAFETY: forwarded from this field's contract.
    return dev.unsafeAsBound().name.length;
  };
  static describe(dev: device.Device): string {
    return Rails.#nameOf(dev);
  }
  count(dev: device.Device): number {
    return this.#poke(dev);
  }
}`,
    errors: [
      { messageId: 'missing', line: 15, column: 18, data: { callee: '#nameOf' } },
      { messageId: 'missing', line: 18, column: 17, data: { callee: '#poke' } },
    ],
  },
  // L3: a private field that holds a private @unsafe method (an alias through a class field)
  {
    name: 'L3: class field aliasing a private @unsafe method, call without SAFETY',
    code: head + `export class Rails {
  /** @unsafe \`dev\` must be bound. */
  #raw(dev: device.Device): string {
    // SAFETY: forwarded from this method's contract.
    return dev.unsafeAsBound().name;
  }
  readonly #named = this.#raw;
  name(dev: device.Device): string {
    return this.#named(dev);
  }
}`,
    errors: [{ messageId: 'missing', line: 11, column: 17, data: { callee: '#raw' } }],
  },
  // L4: an @unsafe function reached through an imported ops table, destructured and direct
  {
    name: 'L4: imported ops table, destructured and direct calls without SAFETY',
    code: head + ops + `export function poke(dev: device.Device): number {
  const { poke: emit, label } = pokeOps;
  const a = emit(dev, label.length);
  return a + pokeOps.poke(dev, 2);
}`,
    errors: [
      { messageId: 'missing', line: 6, column: 13, data: { callee: 'rawPoke' } },
      { messageId: 'missing', line: 7, column: 22, data: { callee: 'rawPoke' } },
    ],
  },
  // L4: through a second imported table whose property holds the first table's property
  {
    name: 'L4: imported table relaying another table\'s unsafe property, without SAFETY',
    code: head + ops + `export function poke(dev: device.Device): number {
  const { forward } = relayOps;
  return forward(dev, 1) + relayOps.forward(dev, 2);
}`,
    errors: [
      { messageId: 'missing', line: 6, column: 10, data: { callee: 'rawPoke' } },
      { messageId: 'missing', line: 6, column: 37, data: { callee: 'rawPoke' } },
    ],
  },
  // L0: unsafeAsBound without a SAFETY comment (in probe)
  {
    name: 'L0: unsafeAsBound without SAFETY',
    code: head + `export const driver: pci.Driver<{ name: string }> = {
  name: 'x',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    const bound = pdev.asRef().unsafeAsBound();
    return { name: bound.name };
  },
};`,
    errors: [{ messageId: 'missing', line: 7, column: 32, data: { callee: 'unsafeAsBound' } }],
  },
  // L0: assumeCtx of an UnregisteredDevice without a SAFETY comment
  {
    name: 'L0: UnregisteredDevice.assumeCtx without SAFETY',
    code: head + `export function peek(udev: drm.UnregisteredDevice<drm.AnyDriver>): string {
  const dev = udev.assumeCtx();
  return dev.name;
}`,
    errors: [{ messageId: 'missing', line: 4, column: 20, data: { callee: 'assumeCtx' } }],
  },
  // L0: assumeCtx of a drm.Device without a SAFETY comment
  {
    name: 'L0: drm.Device.assumeCtx without SAFETY',
    code: head + `export function widen(dev: drm.Device<drm.AnyDriver, drm.Uninit>): string {
  return dev.assumeCtx<drm.Registered>().name;
}`,
    errors: [{ messageId: 'missing', line: 4, column: 14, data: { callee: 'assumeCtx' } }],
  },
  // L0: a blank line between the SAFETY comment and the call breaks it: the call has no comment
  // directly above, and the comment is directly above nothing (as for a comment above the wrong statement)
  {
    name: 'L0: blank line between SAFETY and the call',
    code: head + `export function bound(dev: device.Device): device.Device<device.Bound> {
  // SAFETY: only called from probe.

  return dev.unsafeAsBound();
}`,
    errors: [
      { messageId: 'unused', line: 4, column: 3 },
      { messageId: 'missing', line: 6, column: 14 },
    ],
  },
  // L0: a SAFETY comment above nothing unsafe (reported on the comment's line)
  {
    name: 'L0: SAFETY above nothing unsafe',
    code: head + `export function nameOf(dev: device.Device): string {
  // SAFETY: the device is bound.
  return dev.toNormal().name;
}`,
    errors: [{ messageId: 'unused', line: 4, column: 3 }],
  },
  // L0: the SAFETY comment sits above the statement before the unsafe one: two findings
  {
    name: 'L0: SAFETY above the wrong statement',
    code: head + `export function bound(pdev: pci.Device<device.Core>): device.Device<device.Bound> {
  // SAFETY: probe is running, so the device is bound.
  const generic = pdev.asRef();
  return generic.unsafeAsBound();
}`,
    errors: [
      { messageId: 'unused', line: 4, column: 3 },
      { messageId: 'missing', line: 6, column: 18 },
    ],
  },
  // L0: the user's own function with a JSDoc @unsafe tag, called without SAFETY
  {
    name: 'L0: user @unsafe function without SAFETY',
    code: head + `/**
 * Reads a register without a bounds check.
 *
 * @unsafe \`offset\` must be below 4.
 */
function peekRaw(offset: number): number {
  return offset * 4;
}
export function read(): number {
  return peekRaw(2);
}`,
    errors: [{ messageId: 'missing', line: 12, column: 10, data: { callee: 'peekRaw' } }],
  },
  // L0: the user's own method with a JSDoc @unsafe tag, called without SAFETY
  {
    name: 'L0: user @unsafe method without SAFETY',
    code: head + `class Regs {
  /** @unsafe \`value\` must fit in 8 bits. */
  writeByte(value: number): number {
    return value & 0xff;
  }
}
export function poke(regs: Regs): number {
  return regs.writeByte(7);
}`,
    errors: [{ messageId: 'missing', line: 10, column: 15, data: { callee: 'writeByte' } }],
  },
  // By type, not by name: a SAFETY comment above a user's look-alike method without @unsafe
  {
    name: 'by type: SAFETY above a look-alike method without @unsafe',
    code: head + `class Handle {
  unsafeAsBound(): string {
    return 'mine';
  }
}
export function use(h: Handle): string {
  // SAFETY: not needed.
  return h.unsafeAsBound();
}`,
    errors: [{ messageId: 'unused', line: 9, column: 3 }],
  },
  // L1: an @unsafe function called through an alias without SAFETY
  {
    name: 'L1: @unsafe function called through an alias without SAFETY',
    code: head + `/** @unsafe \`dev\` must be bound. */
function trustBound(dev: device.Device): device.Device<device.Bound> {
  // SAFETY: forwarded to the caller's contract.
  return dev.unsafeAsBound();
}
export function run(dev: device.Device): string {
  const trust = trustBound;
  return trust(dev).name;
}`,
    errors: [{ messageId: 'missing', line: 10, column: 10 }],
  },
  // L1: an optional call of unsafeAsBound without SAFETY
  {
    name: 'L1: optional call without SAFETY',
    code: head + `export function maybe(dev: device.Device | undefined): string | undefined {
  const bound = dev?.unsafeAsBound();
  return bound?.name;
}`,
    errors: [{ messageId: 'missing', line: 4, column: 22, data: { callee: 'unsafeAsBound' } }],
  },
  // L2: the call in a callback, no SAFETY comment anywhere
  {
    name: 'L2: call in a callback without SAFETY',
    code: head + `export function names(devs: device.Device[]): string[] {
  return devs.map((d) => d.unsafeAsBound().name);
}`,
    errors: [{ messageId: 'missing', line: 4, column: 28 }],
  },
  // L3: a same-file helper makes the call without SAFETY (reported in the helper, at the call)
  {
    name: 'L3: same-file helper without SAFETY',
    code: head + `function boundOf(dev: device.Device): device.Device<device.Bound> {
  return dev.unsafeAsBound();
}
export const driver: pci.Driver<{ name: string }> = {
  name: 'x',
  idTable: [{ vendor: 1, device: 2 }],
  probe(pdev) {
    return { name: boundOf(pdev.asRef()).name };
  },
};`,
    errors: [{ messageId: 'missing', line: 4, column: 14 }],
  },
  // L4: a SAFETY comment above a call to an imported safe wrapper is above nothing unsafe
  {
    name: 'L4: SAFETY above an imported safe wrapper',
    code: head + `export function run(dev: device.Device): string {
  // SAFETY: dev is bound.
  return boundName(dev);
}`,
    errors: [{ messageId: 'unused', line: 4, column: 3 }],
  },
  // L4: an imported @unsafe function called without SAFETY
  {
    name: 'L4: imported @unsafe function without SAFETY',
    code: head + `export function run(dev: device.Device): number {
  return rawPoke(dev, 1);
}`,
    errors: [{ messageId: 'missing', line: 4, column: 10, data: { callee: 'rawPoke' } }],
  },
  // L4: an imported class's @unsafe method called without SAFETY
  {
    name: 'L4: imported @unsafe method without SAFETY',
    code: head + `export function fill(win: Window): void {
  win.write(1, 9);
  win.writeUnchecked(2, 3);
}`,
    errors: [{ messageId: 'missing', line: 5, column: 7, data: { callee: 'writeUnchecked' } }],
  },
  // L1: an @unsafe method called through a destructured alias without SAFETY
  {
    name: 'L1: @unsafe method through a destructured alias without SAFETY',
    code: head + `export const trustTable = {
  /** @unsafe The caller must guarantee that the device is bound. */
  bound(dev: device.Device): device.Device<device.Bound> {
    // SAFETY: forwarded to the caller by this method's own contract.
    return dev.unsafeAsBound();
  },
};
export function ping(dev: device.Device): void {
  const { bound } = trustTable;
  bound(dev).info('ping');
}`,
    errors: [{ messageId: 'missing', line: 12, column: 3, data: { callee: 'bound' } }],
  },
  // L1: an @unsafe method called through a renamed destructured alias without SAFETY
  {
    name: 'L1: @unsafe method through a renamed destructured alias without SAFETY',
    code: head + `export const trustTable = {
  /** @unsafe The caller must guarantee that the device is bound. */
  bound(dev: device.Device): device.Device<device.Bound> {
    // SAFETY: forwarded to the caller by this method's own contract.
    return dev.unsafeAsBound();
  },
};
export function ping(dev: device.Device): string {
  const { bound: trust } = trustTable;
  return trust(dev).name;
}`,
    errors: [{ messageId: 'missing', line: 12, column: 10, data: { callee: 'bound' } }],
  },
  // L4: an imported @unsafe function under a renamed import without SAFETY
  {
    name: 'L4: renamed import of an @unsafe function without SAFETY',
    code: head + `import { rawPoke as poke } from './require-safety-comment.helpers.js';
export function run(dev: device.Device): number {
  return poke(dev, 1);
}`,
    errors: [{ messageId: 'missing', line: 5, column: 10, data: { callee: 'rawPoke' } }],
  },
  // L4: an @unsafe function re-exported under another name, called without SAFETY
  {
    name: 'L4: renamed re-export of an @unsafe function without SAFETY',
    code: head + `import { pokeUnchecked } from './require-safety-comment.helpers.js';
export function run(dev: device.Device): number {
  return pokeUnchecked(dev, 2);
}`,
    errors: [{ messageId: 'missing', line: 5, column: 10, data: { callee: 'rawPoke' } }],
  },
  // L2: the call in a block-bodied callback, no SAFETY comment anywhere: reported once, at the call
  {
    name: 'L2: call in a block-bodied callback without SAFETY',
    code: head + `export function summary(devs: readonly device.Device[]): string[] {
  return devs
    .filter((d) => d.name.length > 0)
    .map((d) => {
      const bound = d.unsafeAsBound();
      return bound.name;
    });
}`,
    errors: [{ messageId: 'missing', line: 7, column: 23, data: { callee: 'unsafeAsBound' } }],
  },
  // L2: the comment inside the callback is the one that counts; the outer one then covers nothing
  {
    name: 'L2: outer SAFETY unused when the callback has its own',
    code: head + `export function summary(devs: readonly device.Device[]): string[] {
  // SAFETY: summary() is called from unbind, while every child is still bound.
  return devs.map((d) => {
    // SAFETY: d is a child of the device being unbound, still bound here.
    const bound = d.unsafeAsBound();
    return bound.name;
  });
}`,
    errors: [{ messageId: 'unused', line: 4, column: 3 }],
  },
  // L2: a method of an object literal is not a callback: the comment above the statement does not cover it
  {
    name: 'L2: SAFETY above a statement does not cover a method written in it',
    code: head + `export function reader(dev: device.Device): { read(): string } {
  // SAFETY: the reader is only used inside bus callbacks of dev.
  return {
    read() {
      return dev.unsafeAsBound().name;
    },
  };
}`,
    errors: [
      { messageId: 'unused', line: 4, column: 3 },
      { messageId: 'missing', line: 7, column: 18, data: { callee: 'unsafeAsBound' } },
    ],
  },
  // L1: an @unsafe method reached through a destructured parameter, called without SAFETY
  {
    name: 'L1: @unsafe method through a destructured parameter without SAFETY',
    code: head + `export const trustTable = {
  /** @unsafe The caller must guarantee that the device is bound. */
  bound(dev: device.Device): device.Device<device.Bound> {
    // SAFETY: forwarded to the caller by this method's own contract.
    return dev.unsafeAsBound();
  },
};
export function ping({ bound: trust }: typeof trustTable, dev: device.Device): string {
  return trust(dev).name;
}`,
    errors: [{ messageId: 'missing', line: 11, column: 10, data: { callee: 'bound' } }],
  },
  // L1: an @unsafe function held by a property of another name, called without SAFETY
  {
    name: 'L1: @unsafe function held by a property without SAFETY',
    code: head + `const pokes = { poke: rawPoke };
export function run(dev: device.Device): number {
  return pokes.poke(dev, 1);
}`,
    errors: [{ messageId: 'missing', line: 5, column: 16, data: { callee: 'rawPoke' } }],
  },
  // L0: a missing comment in a multi-line chain is reported at the unsafe link's member, on its own line
  {
    name: 'L0: unsafe link of a multi-line chain without SAFETY',
    code: head + `export function nameOf(dev: device.Device): string {
  const label = dev
    .toNormal()
    ?.unsafeAsBound()
    .name;
  return label;
}`,
    errors: [{ messageId: 'missing', line: 6, column: 7, data: { callee: 'unsafeAsBound' } }],
  },
  // L0: a SAFETY comment two links above the unsafe link covers nothing: it is above a safe link
  {
    name: 'L0: SAFETY two links above the unsafe link',
    code: head + `export function nameOf(pdev: pci.Device): string {
  return pdev
    // SAFETY: only called from probe, so the device is bound.
    .asRef()
    .unsafeAsBound()
    .name;
}`,
    errors: [
      { messageId: 'unused', line: 5, column: 5 },
      { messageId: 'missing', line: 7, column: 6, data: { callee: 'unsafeAsBound' } },
    ],
  },
  // L0: a SAFETY comment above a safe link of a chain, the unsafe call on the link after it
  {
    name: 'L0: SAFETY above a safe link followed by the unsafe one',
    code: head + `class Line {
  add(word: string): this {
    return word.length > 0 ? this : this;
  }
  to(dev: device.Device<device.Bound>): this {
    dev.info('line');
    return this;
  }
}
export function greet(dev: device.Device): Line {
  return new Line()
    // SAFETY: greet() runs only inside probe, while dev is being bound.
    .add('hello')
    .to(dev.unsafeAsBound());
}`,
    errors: [
      { messageId: 'unused', line: 14, column: 5 },
      { messageId: 'missing', line: 16, column: 13, data: { callee: 'unsafeAsBound' } },
    ],
  },
  // L0: a SAFETY comment in a chain above a link whose unsafe argument starts on a later line
  {
    name: 'L0: SAFETY above a link whose unsafe argument is on a later line',
    code: head + `function label(name: string, bound: device.Device<device.Bound>): string {
  return name + bound.name;
}
export function run(dev: device.Device): string {
  return label(
    // SAFETY: run() is only called from probe.
    dev.name,
    dev.unsafeAsBound(),
  );
}`,
    errors: [
      { messageId: 'unused', line: 8, column: 5 },
      { messageId: 'missing', line: 10, column: 9, data: { callee: 'unsafeAsBound' } },
    ],
  },
  // L0: a SAFETY comment in a chain with nothing unsafe anywhere
  {
    name: 'L0: SAFETY inside a chain above nothing unsafe',
    code: head + `export function nameOf(pdev: pci.Device): string {
  return pdev
    .asRef()
    // SAFETY: nothing unsafe follows.
    .toNormal().name;
}`,
    errors: [{ messageId: 'unused', line: 6, column: 5 }],
  },
  // L0: \`SAFETY:\` text inside a template literal is not a comment
  {
    name: 'L0: SAFETY text inside a template literal',
    code: head + `export function note(dev: device.Device): string {
  const text = \`
// SAFETY: not a comment\`;
  return text + dev.unsafeAsBound().name;
}`,
    errors: [{ messageId: 'missing', line: 6, column: 21, data: { callee: 'unsafeAsBound' } }],
  },
];

createRuleTester().run('require-safety-comment', rule, { valid, invalid });

describeCasesTypeCheck([...valid, ...invalid]);

describeCasesThroughAnalyzer('require-safety-comment', [...valid, ...invalid]);
