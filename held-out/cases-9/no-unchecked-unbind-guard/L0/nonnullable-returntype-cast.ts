// [class 8] A register dump casts the guard with NonNullable<ReturnType<…>> inside a switch over a string union.
import type { AuxDevice } from '../../../cases/_shared/aux-drm.js';

type DumpKind = 'id' | 'name' | 'both';

export function dumpParent(dev: AuxDevice, kind: DumpKind): string {
  using guard = dev.unbindGuard() as NonNullable<ReturnType<AuxDevice['unbindGuard']>>; // expect: bindsafe/no-unchecked-unbind-guard
  switch (kind) {
    case 'id':
      return String(guard.parent.id);
    case 'name':
      return guard.parent.name;
    case 'both':
      return `${guard.parent.name}#${guard.parent.id}`;
  }
}
