import { captureSite } from '../errors/call-site.js';
import { GuardLeaked } from '../errors/violations.js';
import { Scope } from '../lifetime/scope.js';
import type { KernelContext } from '../sim/kernel-context.js';

/**
 * One read-side critical section of an `SrcuDomain` (`drm_dev_enter` … `drm_dev_exit`, or
 * `rcu_read_lock` … `rcu_read_unlock` for a `RevocableGuard`).
 *
 * Invariants: `scope` is alive exactly while the section is open; a section is exited at most once.
 */
export class ReadSection {
  readonly scope: Scope;
  readonly #domain: SrcuDomain;

  constructor(domain: SrcuDomain, scope: Scope) {
    this.#domain = domain;
    this.scope = scope;
  }

  get open(): boolean {
    return this.scope.alive;
  }

  /** Leaves the section; returns false if it was already left. */
  exit(): boolean {
    if (!this.scope.alive) return false;
    this.scope.end();
    this.#domain.sectionClosed(this);
    return true;
  }
}

/**
 * An SRCU domain: readers enter sections, a writer first kills the domain (no new readers: the
 * `unplugged` flag) and then waits for every open section (`synchronize_srcu`). In the simulator
 * the wait runs scheduler turns; a section still open after the grace period is reported as
 * `GuardLeaked` (with the site where it was entered) instead of hanging, and is then force-closed
 * so later uses of its values throw `GuardReleased`.
 *
 * Invariants: no section is entered after `kill()`; `synchronize()` resolves only when no section
 * is open; the set of open sections holds exactly the sections whose scope is alive.
 */
export class SrcuDomain {
  readonly label: string;
  readonly #ctx: KernelContext;
  readonly #open = new Set<ReadSection>();
  #dead = false;

  constructor(ctx: KernelContext, label: string) {
    this.#ctx = ctx;
    this.label = label;
  }

  get dead(): boolean {
    return this.#dead;
  }

  get openCount(): number {
    return this.#open.size;
  }

  /**
   * Enters a section, or returns `undefined` once the domain is dead. `what` names the section for
   * messages; `site` defaults to the caller outside the kernel.
   */
  enter(what: string, site: string | undefined = captureSite()): ReadSection | undefined {
    if (this.#dead) return undefined;
    const section = new ReadSection(this, new Scope('section', what, site));
    this.#open.add(section);
    return section;
  }

  /** @internal called by `ReadSection.exit`. */
  sectionClosed(section: ReadSection): void {
    this.#open.delete(section);
  }

  /** Marks the domain dead: every later `enter` returns `undefined`. */
  kill(): void {
    this.#dead = true;
  }

  /**
   * Waits until every open section is closed. `waiter` names who waits ("unplug of drm device
   * nova") for the `GuardLeaked` report.
   */
  async synchronize(waiter: string): Promise<void> {
    try {
      await this.#ctx.scheduler.waitFor(() => this.#open.size === 0, this.#ctx.graceTurns, (turns) => {
        const [oldest] = this.#open;
        return new GuardLeaked(oldest?.scope.label ?? this.label, waiter, turns, oldest?.scope.site);
      });
    } catch (error) {
      // The kernel would hang here forever; the model reports and force-closes the leaked
      // sections so the simulator can go on (their values now throw GuardReleased).
      for (const section of [...this.#open]) section.exit();
      throw error;
    }
  }
}
