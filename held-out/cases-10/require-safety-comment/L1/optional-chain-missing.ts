// An optional device in a config object; the optional-chained unsafe call has no SAFETY comment.
import type { pci } from '@bindsafe/kernel';

export interface Config {
  readonly pdev?: pci.Device;
  readonly banner: string;
}

export function banner(cfg: Config): void {
  const dev = cfg.pdev?.asRef();
  dev?.unsafeAsBound().info(cfg.banner); // expect: bindsafe/require-safety-comment
}
