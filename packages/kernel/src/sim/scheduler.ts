/**
 * One item the scheduler may run next: deferred work, or a sleeper whose turn has come.
 *
 * Invariants: `id`s are unique and increase in creation order.
 */
export interface PendingWork {
  readonly id: number;
  readonly label: string;
  readonly kind: 'work' | 'timer';
}

/**
 * The interleaving hook: given the work that is ready this turn (at least one item), returns the
 * index of the one to run. Out-of-range answers are taken modulo the length.
 *
 * Invariants: called once per turn that has ready work, never with an empty list.
 */
export type Picker = (ready: readonly PendingWork[]) => number;

/**
 * `'auto'`: pending work runs by itself; `'manual'`: only `step()`/`settle()` run it.
 *
 * Invariants: fixed for the life of a scheduler.
 */
export type SchedulingMode = 'auto' | 'manual';

/**
 * Options of `new Scheduler(options)`.
 *
 * Invariants: all optional; defaults are `'auto'`, first-ready, no error hook.
 */
export interface SchedulerOptions {
  readonly mode?: SchedulingMode;
  readonly pick?: Picker;
  /** Called with the error of deferred work that threw or rejected. */
  readonly onWorkError?: (label: string, error: unknown) => void;
}

interface Task extends PendingWork {
  readonly run: () => unknown;
}

interface Timer {
  readonly id: number;
  readonly label: string;
  readonly due: number;
  readonly resolve: () => void;
}

/**
 * A barrier (`waitFor`: an SRCU synchronize) or driver work (`waitForSettled`: a destructor the
 * teardown awaits). Barriers count every turn; driver work counts only the turns in which it is
 * the innermost thing the simulator waits for (see `#checkWaiters`).
 *
 * Invariants: fixed for the life of a waiter.
 */
type WaiterKind = 'barrier' | 'work';

interface Waiter {
  readonly kind: WaiterKind;
  /** For driver work: when it started (from `#nextWork`), so work started inside other work is younger. */
  readonly started: number;
  readonly done: () => boolean;
  readonly grace: number;
  readonly onTimeout: (turns: number) => unknown;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
  turns: number;
}

/** Lets every queued microtask (promise continuation) run before going on. */
function drainMicrotasks(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The simulator's deterministic scheduler: a queue of deferred work, sleepers counted in turns
 * (no wall-clock time), and waiters (the SRCU/RCU barriers, and the driver destructors a
 * teardown awaits) that are re-checked after every turn and fail after a grace period instead of
 * hanging.
 *
 * A turn: advance the clock by one, make due sleepers ready, run one ready item (chosen by the
 * picker, first by default), let promise continuations run, then re-check every waiter.
 *
 * Invariants: turns never overlap; a waiter is settled exactly once (a barrier resolved when its
 * condition holds after a turn, driver work as soon as it settles, either rejected after `grace`
 * counted turns); the clock only moves forward.
 */
export class Scheduler {
  #now = 0;
  #nextId = 1;
  #nextWork = 1;
  #ready: Task[] = [];
  #timers: Timer[] = [];
  #waiters: Waiter[] = [];
  #pumping = false;
  #lock: Promise<void> = Promise.resolve();
  readonly #mode: SchedulingMode;
  #pick: Picker | undefined;
  readonly #onWorkError: ((label: string, error: unknown) => void) | undefined;

  constructor(options: SchedulerOptions = {}) {
    this.#mode = options.mode ?? 'auto';
    this.#pick = options.pick;
    this.#onWorkError = options.onWorkError;
  }

  /** The number of turns run so far (the simulator's clock). */
  get turn(): number {
    return this.#now;
  }

  get mode(): SchedulingMode {
    return this.#mode;
  }

  /** Whether nothing is queued, sleeping or waiting. */
  get idle(): boolean {
    return this.#ready.length === 0 && this.#timers.length === 0 && this.#waiters.length === 0;
  }

  /** What could run on the next turn (ready work first, then sleepers in wake-up order). */
  pending(): readonly PendingWork[] {
    const timers = [...this.#timers].sort((a, b) => a.due - b.due || a.id - b.id);
    return [
      ...this.#ready.map(({ id, label, kind }) => ({ id, label, kind })),
      ...timers.map(({ id, label }) => ({ id, label, kind: 'timer' as const })),
    ];
  }

  /** Replaces the interleaving hook (`undefined`: first ready item). */
  setPicker(pick: Picker | undefined): void {
    this.#pick = pick;
  }

  /** Queues `run` to run on a later turn, like a work item. */
  defer(label: string, run: () => unknown): void {
    this.#ready.push({ id: this.#nextId++, label, kind: 'work', run });
    this.#kick();
  }

  /** Resolves after `turns` turns (at least one). */
  sleep(turns = 1, label = 'sleep'): Promise<void> {
    return new Promise((resolve) => {
      this.#timers.push({ id: this.#nextId++, label, due: this.#now + Math.max(1, Math.floor(turns)), resolve });
      this.#kick();
    });
  }

  /**
   * Resolves once `done()` holds, checked now and after every turn; rejects with `onTimeout(turns)`
   * once `grace` turns passed without it. This is how barriers wait without real timers.
   */
  waitFor(done: () => boolean, grace: number, onTimeout: (turns: number) => unknown): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.#waiters.push({ kind: 'barrier', started: 0, done, grace, onTimeout, resolve, reject, turns: 0 });
      this.#kick();
    });
  }

  /**
   * Starts driver work (`start` runs it and returns its promise, or `undefined` if it finished
   * synchronously) and settles like that promise as soon as it settles (no turn needed, so a
   * destructor that finishes in a few microtasks costs no turn), or rejects with
   * `onTimeout(turns)` once `grace` turns were counted without it settling. A turn counts only
   * when no barrier is pending (a destructor waiting for an unplug that waits for a guard is not
   * stuck: the barrier is bounded itself) and this is the work started last among the pending
   * ones (a parent's destructor waiting for its child's teardown is not stuck either: the child's
   * destructor, started inside it, is reported first, then the parent goes on).
   */
  waitForSettled(start: () => PromiseLike<unknown> | undefined, grace: number, onTimeout: (turns: number) => unknown): Promise<void> {
    const started = this.#nextWork++;
    let work: PromiseLike<unknown> | undefined;
    try {
      work = start();
    } catch (error) {
      return Promise.reject(error);
    }
    if (work === undefined) return Promise.resolve();
    const running = work;
    return new Promise((resolve, reject) => {
      let settled = false;
      const waiter: Waiter = { kind: 'work', started, done: () => settled, grace, onTimeout, resolve, reject, turns: 0 };
      const finish = (): void => {
        settled = true;
        const index = this.#waiters.indexOf(waiter);
        if (index >= 0) this.#waiters.splice(index, 1);
      };
      running.then(
        () => {
          finish();
          resolve();
        },
        (error: unknown) => {
          finish();
          reject(error);
        },
      );
      if (!settled) {
        this.#waiters.push(waiter);
        this.#kick();
      }
    });
  }

  /** Runs one turn. Returns whether there was anything pending before it. */
  async step(): Promise<boolean> {
    const hadWork = !this.idle;
    await this.#turn();
    return hadWork;
  }

  /** Runs turns until nothing is pending (at most `maxTurns`), then lets continuations finish. */
  async settle(maxTurns = 1_000_000): Promise<void> {
    for (let i = 0; i < maxTurns && !this.idle; i++) await this.#turn();
    await drainMicrotasks();
  }

  #kick(): void {
    if (this.#mode !== 'auto' || this.#pumping) return;
    this.#pumping = true;
    void this.#pump();
  }

  async #pump(): Promise<void> {
    try {
      await drainMicrotasks();
      while (!this.idle) await this.#turn();
    } finally {
      this.#pumping = false;
    }
  }

  #turn(): Promise<void> {
    const run = this.#lock.then(() => this.#runTurn());
    this.#lock = run.catch(() => undefined);
    return run;
  }

  async #runTurn(): Promise<void> {
    this.#now++;
    const due = this.#timers.filter((t) => t.due <= this.#now).sort((a, b) => a.due - b.due || a.id - b.id);
    this.#timers = this.#timers.filter((t) => t.due > this.#now);
    for (const timer of due) {
      this.#ready.push({ id: timer.id, label: timer.label, kind: 'timer', run: timer.resolve });
    }
    if (this.#ready.length > 0) {
      const views = this.#ready.map(({ id, label, kind }) => ({ id, label, kind }));
      const choice = this.#pick ? this.#pick(views) : 0;
      const index = ((Math.floor(choice) % views.length) + views.length) % views.length;
      const [task] = this.#ready.splice(index, 1);
      if (task) this.#runTask(task);
    }
    await drainMicrotasks();
    this.#checkWaiters();
  }

  #runTask(task: Task): void {
    try {
      const result = task.run();
      if (result instanceof Promise) result.catch((error: unknown) => this.#onWorkError?.(task.label, error));
    } catch (error) {
      this.#onWorkError?.(task.label, error);
    }
  }

  #checkWaiters(): void {
    const waiting = this.#waiters;
    this.#waiters = [];
    const barrierPending = waiting.some((waiter) => waiter.kind === 'barrier' && !waiter.done());
    let innermostWork: Waiter | undefined;
    for (const waiter of waiting) {
      if (waiter.kind === 'work' && (innermostWork === undefined || waiter.started > innermostWork.started)) innermostWork = waiter;
    }
    for (const waiter of waiting) {
      if (waiter.done()) {
        waiter.resolve();
        continue;
      }
      if (waiter.kind === 'barrier' || (!barrierPending && waiter === innermostWork)) waiter.turns++;
      if (waiter.turns >= waiter.grace) waiter.reject(waiter.onTimeout(waiter.turns));
      else this.#waiters.push(waiter);
    }
  }
}
