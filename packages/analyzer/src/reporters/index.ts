import type { AnalyzeResult } from '../result.js';
import { palette } from './colour.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export const reportFormats = ['stylish', 'json', 'sarif', 'github'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export interface FormatOptions {
  /** Colour (stylish only). */
  readonly colour: boolean;
  /** For stylish: paths beneath it are shown relative to it. */
  readonly cwd: string;
  /** The tool version written into SARIF. */
  readonly version: string;
}

export function isReportFormat(value: string): value is ReportFormat {
  return (reportFormats as readonly string[]).includes(value);
}

/** The report of `result` in `format`, as the text to write (ends with a newline). */
export function formatReport(format: ReportFormat, result: AnalyzeResult, options: FormatOptions): string {
  switch (format) {
    case 'stylish':
      return formatStylish(result, { palette: palette(options.colour), cwd: options.cwd });
    case 'json':
      return formatJson(result);
    case 'sarif':
      return formatSarif(result, options.version);
    case 'github':
      return formatGithub(result);
  }
}
