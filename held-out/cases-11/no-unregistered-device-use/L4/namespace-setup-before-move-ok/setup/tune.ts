// Setup helpers that run on an UnregisteredDevice before it is registered.
import type { drm } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../../cases/_shared/aux-drm.js';

export interface TuneOptions {
  readonly frames?: number;
  readonly boost?: boolean;
}

export function tune(udev: drm.UnregisteredDevice<AuxDrm>, { frames = 30, boost = false }: TuneOptions = {}): number {
  udev.data.frames = boost ? frames * 2 : frames;
  return udev.data.frames;
}

export function tag(udev: drm.UnregisteredDevice<AuxDrm>): string {
  return `${udev.name}:${udev.data.frames}`;
}
