/** Panel settings: a helper that fills defaults in place (for probe) and a validator that only reads. */
export interface PanelSettings {
  width?: number;
  height?: number;
  refreshHz?: number;
}

export function fillDefaults(s: PanelSettings): Required<PanelSettings> {
  s.width ??= 1920;
  s.height ??= 1080;
  s.refreshHz ??= 60;
  return s as Required<PanelSettings>;
}

export function validate(s: Readonly<PanelSettings>): string[] {
  const problems: string[] = [];
  if ((s.refreshHz ?? 0) > 240) problems.push('refresh too high');
  if ((s.width ?? 0) % 2 !== 0) problems.push('odd width');
  return problems;
}
