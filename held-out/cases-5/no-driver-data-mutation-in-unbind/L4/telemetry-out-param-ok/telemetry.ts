// Collects telemetry lines from a device's state into a report the caller owns.
export interface LinkState {
  readonly lanes: number;
  readonly errors: readonly number[];
}

export interface Report {
  readonly lines: string[];
  worst: number;
}

export function collectTelemetry(state: Readonly<LinkState>, report: Report): void {
  state.errors.forEach((count, lane) => {
    report.lines.push(`lane ${lane}: ${count} errors`);
    report.worst = Math.max(report.worst, count);
  });
}
