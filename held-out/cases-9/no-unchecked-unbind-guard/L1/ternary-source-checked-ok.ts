// A conditional picks which device to enter; the result is checked with an early return.
import type { AuxDevice } from '../../../cases/_shared/aux-drm.js';

export const enum Route {
  Main,
  Mirror,
}

export function routedId(main: AuxDevice, mirror: AuxDevice, route: Route): number {
  using guard = route === Route.Main ? main.unbindGuard() : mirror.unbindGuard();
  if (!guard) return -19;
  return guard.parent.id;
}
