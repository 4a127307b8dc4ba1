// Attaches one child per enabled port row; the registrations are made in a forEach and kept nowhere.
import { auxiliary, type device } from '@bindsafe/kernel';
import type { PortRow } from './table.js';

export function attachAll(parent: device.Device<device.Bound>, rows: readonly PortRow[]): number {
  const enabled = rows.filter((row) => row.enabled);
  enabled.forEach((row) => {
    auxiliary.Registration.new(parent, row.role, row.port, 'nic_ports');
  });
  return enabled.length;
}
