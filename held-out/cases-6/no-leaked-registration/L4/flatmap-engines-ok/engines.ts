// Engine children for the crypto accelerator, one per (cluster, engine) pair, made with `flatMap`.
import { auxiliary, type device } from '@bindsafe/kernel';

export interface ClusterSpec {
  readonly id: number;
  readonly engines: readonly string[];
}

export function makeEngines(parent: device.Device<device.Bound>, clusters: readonly ClusterSpec[]): auxiliary.Registration[] {
  return clusters.flatMap((c) => c.engines.map((e, i) => auxiliary.Registration.new(parent, e, c.id * 8 + i, 'held6_sec')));
}
