import type { auxiliary } from '@bindsafe/kernel';

export interface ChildHolder {
  readonly child: auxiliary.Registration;
  readonly label: string;
}

export function detach(holder: ChildHolder): string {
  void holder.child.drop();
  return `${holder.label}: ${holder.child.name} detached`;
}
