import type { FileInput, LoadSink } from './format-loader';
import type { YamlParseResult } from '../parsers/yaml';

export function isYamlLike(file: FileInput): boolean {
  return ['yaml', 'yml', 'json'].includes(file.extension) || file.extension === '';
}

/** Each broken document of a stream becomes a notice; the intact ones are still scanned. */
export function reportYamlErrors(file: FileInput, parsed: YamlParseResult, sink: LoadSink): void {
  for (const error of parsed.errors) {
    sink.addNotice({
      kind: 'parse-error',
      path: file.path,
      line: error.line,
      column: error.column,
      message: `invalid YAML: ${error.message}`,
    });
  }
}
