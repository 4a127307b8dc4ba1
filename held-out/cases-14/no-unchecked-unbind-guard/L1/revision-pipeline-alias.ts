// An iterator pipeline (filter -> probe -> label) over GPU cards; the probe stage keeps the guard in an alias and asserts the alias. [class 6]
import type { GpuDevice } from '../../../cases/_shared/gpu-drm.js';

function* onlyNamed(cards: Iterable<GpuDevice>, prefix: string): Generator<GpuDevice> {
  for (const card of cards) if (card.name.startsWith(prefix)) yield card;
}

function* withRevision(cards: Iterable<GpuDevice>): Generator<readonly [string, number]> {
  for (const card of cards) {
    let revision = 0;
    {
      using maybe = card.unbindGuard();
      revision = maybe!.parent.revision; // expect: bindsafe/no-unchecked-unbind-guard
    }
    yield [card.name, revision] as const;
  }
}

export function labels(cards: Iterable<GpuDevice>): string[] {
  const out: string[] = [];
  for (const [name, revision] of withRevision(onlyNamed(cards, 'held'))) out.push(`${name} rev ${revision}`);
  return out;
}
