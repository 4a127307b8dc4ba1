// Helper module: a module-level LRU of probed devices.
import type { device, pci } from '@bindsafe/kernel';
import { Lru } from './lru.js';

export const recentDevices = new Lru<string, pci.Device<device.Core>>(8);
