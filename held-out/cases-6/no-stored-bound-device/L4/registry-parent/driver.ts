// An auxiliary sensor child binds its adev.parent() (a Device<Bound>) into an imported module-level DI container. [class 3]
import type { auxiliary } from '@bindsafe/kernel';
import { container } from './registry.js';

export const driver: auxiliary.Driver<{ readonly id: number }> = {
  name: 'held-aux-di',
  idTable: [{ modname: 'held_hub', name: 'sensor' }],
  probe(adev) {
    const parent = adev.parent();
    container.bind(parent); // expect: bindsafe/no-stored-bound-device
    return { id: adev.id };
  },
};
