// A fleet-wide VRAM query runs one async task per imported CardHandle under Promise.all and narrows each handle.enter() result with an imported type predicate. [class 5, class 7]
import { pause } from '../../../../cases/_shared/timing.js';
import { isHeld, type CardHandle } from './model/card-handle.js';

export async function vramBySlot(handles: readonly CardHandle[]): Promise<Map<number, number>> {
  const entries = await Promise.all(
    handles.map(async (handle) => {
      await pause(handle.slot);
      using guard = handle.enter();
      const vram = isHeld(guard) ? guard.registrationDataWith((_pdev, data) => data.vramSize) : 0;
      return [handle.slot, vram] as const;
    }),
  );
  return new Map(entries);
}
