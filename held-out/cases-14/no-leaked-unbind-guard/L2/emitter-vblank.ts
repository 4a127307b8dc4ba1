// A typed event emitter fans vblank events out to listeners; one listener bumps a registration-data counter. [class 7]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

type Events = { vblank: [crtc: number]; hotplug: [connected: boolean] };

class Emitter<E extends Record<string, unknown[]>> {
  readonly #listeners: { [K in keyof E]?: Set<(...args: E[K]) => void> } = {};

  on<K extends keyof E>(event: K, listener: (...args: E[K]) => void): () => void {
    const set = (this.#listeners[event] ??= new Set());
    set.add(listener);
    return () => void set.delete(listener);
  }

  emit<K extends keyof E>(event: K, ...args: E[K]): void {
    for (const listener of this.#listeners[event] ?? []) listener(...args);
  }
}

export const display = new Emitter<Events>();

export function countVblanks(dev: GpuDevice): void {
  using guard = dev.unbindGuard();
  guard?.registrationDataWith((_parent, data) => {
    display.on('vblank', (crtc) => void (data.counters[`vblank${crtc}`] = (data.counters[`vblank${crtc}`] ?? 0) + 1)); // expect: bindsafe/no-leaked-unbind-guard
  });
}
