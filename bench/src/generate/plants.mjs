// @ts-check
/**
 * The problems the generator plants in model-using files, one per file, each of a kind that
 * rules.md says a rule must find, and exactly one finding each ("one problem, one finding").
 * The `no-floating-promises` plants for the typed ESLint baseline are counted separately.
 */

/** @typedef {keyof typeof plantRules} PlantKind */
/** @typedef {'nic' | 'gpu' | 'uart' | 'panel' | 'aux'} DriverKind */

/** Which rule each plant is for. */
export const plantRules = /** @type {const} */ ({
  /** probe stores its bound device in a module `let` (L0). */
  'stored-module-let': 'no-stored-bound-device',
  /** probe hands a closure capturing a mapped BAR / IoMem to `setTimeout` (L2). */
  'stored-timer-capture': 'no-stored-bound-device',
  /** probe passes a mapped BAR / IoMem to a helper in another module that keeps it (L4). */
  'stored-via-helper': 'no-stored-bound-device',
  /** a guard's `parent` pushed into a module-level array (L0). */
  'guard-parent-pushed': 'no-leaked-unbind-guard',
  /** a guard taken with `const` and not released. */
  'guard-not-released': 'no-leaked-unbind-guard',
  /** a guard's `parent` passed to a helper in another module that keeps it (L4). */
  'guard-parent-via-helper': 'no-leaked-unbind-guard',
  /** `unbindGuard()!`. */
  'unchecked-guard': 'no-unchecked-unbind-guard',
  /** a registration made in probe, neither owned by the driver data nor dropped. */
  'leaked-registration': 'no-leaked-registration',
  /** `unbind` clearing a collection its borrowed driver data holds. */
  'unbind-mutation': 'no-driver-data-mutation-in-unbind',
  /** `unsafeAsBound()` without a `// SAFETY:` comment. */
  'missing-safety': 'require-safety-comment',
  /** an `UnregisteredDevice` used after it was moved into `Registration.new`. */
  'use-after-move': 'no-unregistered-device-use',
});

/**
 * The order plants are handed out in: the first seven cover every rule, so even a small project
 * has one of each when it has seven planted files.
 * @type {readonly PlantKind[]}
 */
export const plantCycle = [
  'stored-module-let',
  'guard-parent-pushed',
  'unchecked-guard',
  'leaked-registration',
  'unbind-mutation',
  'missing-safety',
  'use-after-move',
  'stored-via-helper',
  'guard-not-released',
  'stored-timer-capture',
  'guard-parent-via-helper',
];

/**
 * The driver kinds that can hold each plant (guards need a DRM device; rotation over the list
 * spreads plants over buses).
 * @type {Readonly<Record<PlantKind, readonly DriverKind[]>>}
 */
export const plantHosts = {
  'stored-module-let': ['nic', 'uart', 'aux'],
  'stored-timer-capture': ['nic', 'uart'],
  'stored-via-helper': ['nic', 'uart'],
  'guard-parent-pushed': ['gpu', 'panel'],
  'guard-not-released': ['gpu', 'panel'],
  'guard-parent-via-helper': ['gpu', 'panel'],
  'unchecked-guard': ['gpu', 'panel'],
  'leaked-registration': ['gpu', 'aux', 'panel'],
  'unbind-mutation': ['nic', 'uart', 'aux'],
  'missing-safety': ['nic', 'uart', 'gpu'],
  'use-after-move': ['gpu', 'panel'],
};

/** The kinds of unplanted drivers, in rotation. @type {readonly DriverKind[]} */
export const driverRotation = ['nic', 'gpu', 'uart', 'panel', 'nic', 'gpu', 'aux', 'uart'];

/** The forms of planted floating promises, in rotation (each one `no-floating-promises` report). */
export const floatingForms = /** @type {const} */ (['bare-call', 'then-without-catch', 'promise-all', 'delay-call']);
/** @typedef {(typeof floatingForms)[number]} FloatingForm */
