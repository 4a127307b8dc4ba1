import { RuleTester, type InvalidTestCase, type ValidTestCase } from '@typescript-eslint/rule-tester';
import { rules } from '../../src/index.js';
import rule from '../../src/rules/suppression.js';
import { fixtureDir, imports } from '../rule-tester.js';
import { describeCasesTypeCheck } from '../type-check.js';

// `suppression` reads comments only (no flow levels): every case is L0. Line 1 is `imports`; the
// case's own code starts on line 2.

// The tester of rule-tester.ts (same typed fixture project), plus what a real configuration has and
// the directives below need: the plugin registered as `bindsafe` (so `bindsafe/<id>` in a directive
// names a known rule; none of them is enabled here), and ESLint's own report of unused directives
// turned off (that report is not this rule's; see rules.md).
const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: fixtureDir } },
  plugins: { bindsafe: { rules } },
  linterOptions: { reportUnusedDisableDirectives: 'off' },
});

const valid: ValidTestCase<[]>[] = [
  // L0: a bindsafe suppression with a reason
  {
    name: 'L0: next-line directive with a reason',
    code: imports + `export function bound(dev: device.Device): device.Device<device.Bound> {
  // eslint-disable-next-line bindsafe/require-safety-comment -- the contract is documented on bound()
  return dev.unsafeAsBound();
}`,
  },
  // L0: a block directive for the whole file, with a reason
  {
    name: 'L0: block directive with a reason',
    code: imports + `/* eslint-disable bindsafe/require-safety-comment -- generated bindings, checked by the generator */
export function bound(dev: device.Device): device.Device<device.Bound> {
  return dev.unsafeAsBound();
}`,
  },
  // L0: a same-line directive with a reason
  {
    name: 'L0: same-line directive with a reason',
    code: imports + `export function bound(dev: device.Device): device.Device<device.Bound> {
  return dev.unsafeAsBound(); // eslint-disable-line bindsafe/require-safety-comment -- see bound()'s JSDoc
}`,
  },
  // L0: a directive naming a bindsafe rule and another rule, with a reason
  {
    name: 'L0: mixed rules with a reason',
    code: imports + `export function bound(dev: device.Device): device.Device<device.Bound> {
  // eslint-disable-next-line no-console, bindsafe/require-safety-comment -- only used in tests
  return dev.unsafeAsBound();
}`,
  },
  // L0: ESLint's separator is two or more dashes: ` --- ` introduces a reason too
  {
    name: 'L0: reason after three dashes',
    code: imports + `export function bound(dev: device.Device): device.Device<device.Bound> {
  // eslint-disable-next-line bindsafe/require-safety-comment --- the contract is documented on bound()
  return dev.unsafeAsBound();
}`,
  },
  // L0: directives that name no bindsafe rule are ignored, reason or not
  {
    name: 'L0: directives naming no bindsafe rule',
    code: imports + `/* eslint-disable no-console */
export function log(message: string): void {
  // eslint-disable-next-line no-console
  console.log(message);
}`,
  },
  // L0: comments that mention a bindsafe rule but are no disable directive
  {
    name: 'L0: non-directive comments naming bindsafe rules',
    code: imports + `// bindsafe/no-leaked-registration: the registration below is kept in the driver data.
/* eslint-enable bindsafe/require-safety-comment */
export const n = 1;`,
  },
];

const invalid: InvalidTestCase<'missingReason', []>[] = [
  // L0: a next-line directive without a reason
  {
    name: 'L0: next-line directive without a reason',
    code: imports + `export function bound(dev: device.Device): device.Device<device.Bound> {
  // eslint-disable-next-line bindsafe/require-safety-comment
  return dev.unsafeAsBound();
}`,
    errors: [{ messageId: 'missingReason', line: 3, column: 3, data: { rules: 'bindsafe/require-safety-comment' } }],
  },
  // L0: a block directive for the whole file without a reason
  {
    name: 'L0: block directive without a reason',
    code: imports + `/* eslint-disable bindsafe/require-safety-comment */
export function bound(dev: device.Device): device.Device<device.Bound> {
  return dev.unsafeAsBound();
}`,
    errors: [{ messageId: 'missingReason', line: 2, column: 1, data: { rules: 'bindsafe/require-safety-comment' } }],
  },
  // L0: a same-line directive without a reason (the comment's own column)
  {
    name: 'L0: same-line directive without a reason',
    code: imports + `export function bound(dev: device.Device): device.Device<device.Bound> {
  return dev.unsafeAsBound(); // eslint-disable-line bindsafe/require-safety-comment
}`,
    errors: [{ messageId: 'missingReason', line: 3, column: 31 }],
  },
  // L0: a directive naming another rule and a bindsafe rule, without a reason: only the bindsafe rule is named
  {
    name: 'L0: mixed rules without a reason',
    code: imports + `export function bound(dev: device.Device): device.Device<device.Bound> {
  // eslint-disable-next-line no-console, bindsafe/require-safety-comment
  return dev.unsafeAsBound();
}`,
    errors: [{ messageId: 'missingReason', line: 3, column: 3, data: { rules: 'bindsafe/require-safety-comment' } }],
  },
  // L0: an empty reason after ` -- ` is no reason
  {
    name: 'L0: empty reason',
    code: imports + `export function bound(dev: device.Device): device.Device<device.Bound> {
  /* eslint-disable-next-line bindsafe/require-safety-comment -- */
  return dev.unsafeAsBound();
}`,
    errors: [{ messageId: 'missingReason', line: 3, column: 3 }],
  },
  // L0: two bindsafe rules in one directive without a reason: one finding naming both
  {
    name: 'L0: two bindsafe rules without a reason',
    code: imports + `let kept: drm.Registration<drm.AnyDriver> | undefined;
export function keep(reg: drm.Registration<drm.AnyDriver>): void {
  // eslint-disable-next-line bindsafe/no-stored-bound-device, bindsafe/no-leaked-registration
  kept = reg;
}`,
    errors: [
      {
        messageId: 'missingReason',
        line: 4,
        column: 3,
        data: { rules: 'bindsafe/no-stored-bound-device, bindsafe/no-leaked-registration' },
      },
    ],
  },
];

ruleTester.run('suppression', rule, { valid, invalid });

describeCasesTypeCheck([...valid, ...invalid]);
