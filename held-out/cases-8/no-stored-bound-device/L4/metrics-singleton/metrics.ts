// Helper module: a module-level metrics service whose observe() keeps each IoMem in a #private Map.
import type { platform } from '@bindsafe/kernel';

class MetricsService {
  readonly #sources = new Map<string, platform.IoMem>();

  observe(name: string, io: platform.IoMem): void {
    this.#sources.set(name, io);
  }

  sample(): number[] {
    return [...this.#sources.values()].map((io) => io.read32(0));
  }
}

export const metrics = new MetricsService();
