import type { Report } from '../core/report';
import { UserError } from '../core/errors';
import { describeGate, evaluateGate, parseFailOn, type FailOn } from '../core/gate';
import { renderJson } from '../core/report-json';
import { renderMarkdown } from '../core/reporters/markdown';
import { emitReportSarif } from '../core/reporters/sarif-text';
import { renderTable } from '../core/reporters/table';
import { EXIT } from './command';
import { useColor, writeOutput, type OutputText } from './output';

export const FORMATS = ['table', 'json', 'sarif', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(text: string | undefined): Format {
  const format = (text ?? 'table') as Format;
  if (!FORMATS.includes(format)) {
    throw new UserError(`unknown format "${text}"`, `Use one of: ${FORMATS.join(', ')}.`);
  }
  return format;
}

export interface EmitOptions {
  format: Format;
  output?: string;
  failOn: FailOn;
  category?: string;
}

/** Renders the report, prints the gate's verdict on stderr and returns the exit code. */
export function emitReport(report: Report, options: EmitOptions): number {
  const gate = evaluateGate(report, { failOn: options.failOn });
  writeOutput(render(report, options, gate), options.output);
  const verdict = describeGate(gate);
  if (options.format !== 'table' || options.output) process.stderr.write(`${verdict}\n`);
  else process.stdout.write(`\n${verdict}\n`);
  return gate.passed ? EXIT.passed : EXIT.gateFailed;
}

function render(report: Report, options: EmitOptions, gate: ReturnType<typeof evaluateGate>): OutputText {
  switch (options.format) {
    case 'json':
      return renderJson(report);
    case 'sarif':
      return (emit) => emitReportSarif(report, { category: options.category }, emit);
    case 'markdown':
      return renderMarkdown(report, { gate });
    case 'table':
      return renderTable(report, { color: !options.output && useColor() });
  }
}

export function failOnOption(text: string | undefined, configured: FailOn | undefined): FailOn {
  return text !== undefined ? parseFailOn(text) : (configured ?? 'high');
}
