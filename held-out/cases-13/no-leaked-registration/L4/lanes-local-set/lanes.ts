import { auxiliary, type device } from '@bindsafe/kernel';

export function* laneIds(count: number): Generator<number> {
  for (let i = 0; i < count; i++) yield i;
}

/** Opens one child per lane; the caller owns the returned registrations. */
export function openLanes(parent: device.Device<device.Bound>, count: number): auxiliary.Registration[] {
  return [...laneIds(count)].map((lane) => auxiliary.Registration.new(parent, 'lane', lane, 'retimer'));
}
