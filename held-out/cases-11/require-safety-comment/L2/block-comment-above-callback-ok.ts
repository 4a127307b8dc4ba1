// A /* SAFETY: */ block directly above a callback argument covers the call in that callback.
import type { device } from '@bindsafe/kernel';

type Listener = (code: number) => void;

export class StatusFeed {
  readonly #listeners: Listener[] = [];

  subscribe(listener: Listener): () => void {
    this.#listeners.push(listener);
    return () => {
      const at = this.#listeners.indexOf(listener);
      if (at >= 0) this.#listeners.splice(at, 1);
    };
  }

  publish(code: number): void {
    for (const l of this.#listeners) l(code);
  }
}

export function relayStatus(feed: StatusFeed, dev: device.Device): number {
  let last = 0;
  const stop = feed.subscribe(
    /* SAFETY: the listener is removed by `stop()` below, before this bus callback returns. */
    (code) => {
      last = code;
      dev.unsafeAsBound().info(`status ${code}`);
    },
  );
  feed.publish(1);
  stop();
  return last;
}
