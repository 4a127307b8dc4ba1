// A builder in its own module: makes the children and returns the object that holds them.
import { auxiliary, type device } from '@bindsafe/kernel';

export interface Topology {
  readonly gfx: auxiliary.Registration;
  readonly audio?: auxiliary.Registration;
}

export function buildTopology(parent: device.Device<device.Bound>, options: { audio?: boolean } = {}): Topology {
  const gfx = auxiliary.Registration.new(parent, 'held-topo-gfx', 0, 'held_topo');
  if (!options.audio) return { gfx };
  return { gfx, audio: auxiliary.Registration.new(parent, 'held-topo-audio', 0, 'held_topo') };
}
