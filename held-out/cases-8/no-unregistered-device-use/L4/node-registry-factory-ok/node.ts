// A DRM node wrapper made by a static factory that moves the UnregisteredDevice once.
import { drm, type auxiliary, type device } from '@bindsafe/kernel';
import type { AuxDrm } from '../../../../cases/_shared/aux-drm.js';

export class Node {
  private constructor(readonly registration: drm.Registration<AuxDrm>, readonly label: string) {}

  static register(parent: auxiliary.Device<device.Bound>, udev: drm.UnregisteredDevice<AuxDrm>, label: string): Node {
    return new Node(drm.Registration.new(parent, udev, { core: parent.asRef(), label }, 0), label);
  }

  get name(): string {
    return this.registration.device().name;
  }
}
