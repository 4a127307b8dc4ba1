// A module-level registry of watchdog children, read by a debugfs hook.
import { auxiliary, type device } from '@bindsafe/kernel';

const watchdogs = new Map<string, auxiliary.Registration>();

export function registerWatchdog(parent: device.Device<device.Bound>, name: string): string {
  const reg = auxiliary.Registration.new(parent, 'watchdog', watchdogs.size, 'wdt_mux');
  watchdogs.set(name, reg);
  return reg.name;
}

export function watchdogNames(): string[] {
  return [...watchdogs.keys()];
}
