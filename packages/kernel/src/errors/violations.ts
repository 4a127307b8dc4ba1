import { KernelError, type Errno } from './kernel-error.js';

/**
 * The linter rule (rules.md) that a violation breaks; the same id the static tools report.
 *
 * Invariants: exactly the rule ids of rules.md.
 */
export type RuleId =
  | 'no-leaked-unbind-guard'
  | 'no-stored-bound-device'
  | 'no-unregistered-device-use'
  | 'no-unchecked-unbind-guard'
  | 'no-leaked-registration'
  | 'no-driver-data-mutation-in-unbind'
  | 'require-safety-comment';

/**
 * A broken binding rule detected at run time: what Rust's lifetimes or ownership would have made
 * impossible and TypeScript cannot. Each subclass names the rule it breaks (`rule`, the linter's
 * rule id that finds the same mistake statically) and, where known, the `site` where the value
 * involved was obtained (`file:line:column` of the first caller outside the kernel).
 *
 * A driver that misbehaves in a way no static rule describes (a destructor that never settles)
 * has no `rule`.
 *
 * Invariants: `rule` is one of the rule ids of rules.md, or `undefined` when no rule covers the
 * mistake; `message` ends with the site when `site` is known.
 */
export abstract class ModelViolation extends KernelError {
  readonly rule: RuleId | undefined;
  readonly site: string | undefined;

  protected constructor(code: Errno, rule: RuleId | undefined, message: string, site: string | undefined, siteRole = 'obtained') {
    super(code, site === undefined ? message : `${message} (${siteRole} at ${site})`);
    this.rule = rule;
    this.site = site;
  }
}

/**
 * An `UnregisteredDevice` used after it was moved into `drm.Registration.new` (or moved twice).
 * `site` is where it was moved.
 *
 * Invariants: thrown only for a value whose ownership was transferred; `site` is the move.
 */
export class UseAfterMove extends ModelViolation {
  constructor(what: string, movedAt: string | undefined) {
    super('EINVAL', 'no-unregistered-device-use', `${what} used after it was moved into drm.Registration.new`, movedAt, 'moved');
    this.name = 'UseAfterMove';
  }
}

/**
 * A value that lives only inside an SRCU critical section (an `UnbindGuard`, its `parent`, the
 * arguments of a guarded callback or ioctl handler, registration data and what is reached through
 * it, a `RevocableGuard`) used after the section ended.
 *
 * Invariants: the section the value belonged to has ended; `site` is where it began.
 */
export class GuardReleased extends ModelViolation {
  constructor(message: string, site: string | undefined) {
    super('EINVAL', 'no-leaked-unbind-guard', message, site, 'section entered');
    this.name = 'GuardReleased';
  }
}

/**
 * A critical section that was never closed: an unplug (or a devres revocation) waited for it for
 * the whole grace period. In the kernel this is a hang (`synchronize_srcu` never returns); the
 * model reports it instead. `site` is where the section was entered.
 *
 * Invariants: thrown only after `turns` scheduler turns without the section closing.
 */
export class GuardLeaked extends ModelViolation {
  readonly turns: number;

  constructor(what: string, waiter: string, turns: number, site: string | undefined) {
    super(
      'ETIMEDOUT',
      'no-leaked-unbind-guard',
      `${waiter} waited ${turns} scheduler turns for ${what} that was never released`,
      site,
      'acquired',
    );
    this.name = 'GuardLeaked';
    this.turns = turns;
  }
}

/**
 * A Bound-only operation on a device that is not bound (any more): a stored `Device<Bound>` used
 * after unbind, a `Device<Normal>` treated as proof of binding, a `Bar`/`IoMem` used after its
 * binding ended.
 *
 * Invariants: the binding the value proved has ended, or the value never proved one.
 */
export class NotBound extends ModelViolation {
  constructor(message: string, site: string | undefined) {
    super('ENODEV', 'no-stored-bound-device', message, site);
    this.name = 'NotBound';
  }
}

/**
 * A Core-only operation (`enableDeviceMem`, `setMaster`, …) on a `Device<Core>` whose bus callback
 * has already returned.
 *
 * Invariants: the callback that handed out the Core context has returned.
 */
export class ContextExpired extends ModelViolation {
  constructor(message: string, site: string | undefined) {
    super('EPERM', 'no-stored-bound-device', message, site);
    this.name = 'ContextExpired';
  }
}

/**
 * A `drm.Registration` or `auxiliary.Registration` still alive when its parent's driver data had
 * been dropped: nothing owned it, so nothing dropped it. The bus reports it and then drops it
 * itself so the simulator stays consistent. `site` is where it was created.
 *
 * Invariants: reported once per registration, at the parent's unbind (or failed probe).
 */
export class RegistrationLeaked extends ModelViolation {
  constructor(what: string, parent: string, site: string | undefined) {
    super('EBUSY', 'no-leaked-registration', `${what} outlived the binding of its parent ${parent}`, site, 'created');
    this.name = 'RegistrationLeaked';
  }
}

/**
 * Driver code the teardown waits for (a destructor: `[Symbol.asyncDispose]()` of the driver data,
 * of registration data or of a devres value) that did not settle within the grace period. In the
 * kernel a `Drop` that blocks forever hangs the unbind; the model reports it instead and goes on
 * with the teardown without it. No static rule covers it (`rule` is `undefined`). `site` is where
 * the teardown was asked for (the unbind) or where the owner was created (a registration).
 *
 * Invariants: thrown only after `turns` scheduler turns in which the teardown had nothing else to
 * wait for.
 */
export class DisposeTimedOut extends ModelViolation {
  readonly turns: number;

  constructor(what: string, waiter: string, turns: number, site: string | undefined, siteRole: string) {
    super('ETIMEDOUT', undefined, `${waiter} waited ${turns} scheduler turns for ${what}, which never settled`, site, siteRole);
    this.name = 'DisposeTimedOut';
    this.turns = turns;
  }
}
