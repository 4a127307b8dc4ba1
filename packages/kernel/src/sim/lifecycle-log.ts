/**
 * What happened, in the vocabulary of the driver core.
 *
 * Invariants: at unbind the kinds come in the teardown order: unbind, data-dropped,
 * devres-released…, unbound.
 */
export type LifecycleEventKind =
  | 'device-added'
  | 'device-removed'
  | 'driver-registered'
  | 'driver-unregistered'
  | 'probe'
  | 'probe-failed'
  | 'bound'
  | 'unbind'
  | 'data-dropped'
  | 'devres-released'
  | 'unbound'
  | 'drm-registered'
  | 'drm-unplug'
  | 'drm-unplugged'
  | 'file-opened'
  | 'ioctl'
  | 'ioctl-failed'
  | 'irq'
  | 'driver-message'
  | 'work-failed'
  | 'violation';

/**
 * One entry of the simulator's lifecycle log.
 *
 * Invariants: `seq` numbers events in the order they happened, from 1, without gaps; `turn` is the
 * scheduler clock at that moment (non-decreasing along `seq`).
 */
export interface LifecycleEvent {
  readonly seq: number;
  readonly turn: number;
  readonly kind: LifecycleEventKind;
  /** The device (or driver, or drm device) the event is about, e.g. `pci 0000:00:01.0`. */
  readonly subject: string;
  readonly message: string;
  /** The error, for `probe-failed`, `ioctl-failed`, `work-failed` and `violation`. */
  readonly error?: Error;
}

/** An event before the log numbers and timestamps it. Invariants: as `LifecycleEvent`. */
export type LifecycleEventInput = Omit<LifecycleEvent, 'seq' | 'turn'>;

/** One readable line: `[t=3] pci 0000:00:01.0  probe: rust_driver_pci`. */
export function formatEvent(event: LifecycleEvent): string {
  return `[t=${event.turn}] ${event.subject.padEnd(30)} ${event.kind}: ${event.message}`;
}

/**
 * The ordered record of everything the simulator did, with listeners notified as events happen.
 *
 * Invariants: events are only appended, never changed or removed.
 */
export class LifecycleLog {
  readonly #events: LifecycleEvent[] = [];
  readonly #listeners: ((event: LifecycleEvent) => void)[] = [];
  readonly #clock: () => number;

  constructor(clock: () => number) {
    this.#clock = clock;
  }

  get events(): readonly LifecycleEvent[] {
    return this.#events;
  }

  listen(listener: (event: LifecycleEvent) => void): void {
    this.#listeners.push(listener);
  }

  emit(input: LifecycleEventInput): LifecycleEvent {
    const event: LifecycleEvent = { seq: this.#events.length + 1, turn: this.#clock(), ...input };
    this.#events.push(event);
    for (const listener of this.#listeners) listener(event);
    return event;
  }
}
