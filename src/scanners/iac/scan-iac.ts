import path from 'node:path';
import { runRules } from '../../core/engine';
import type { Location } from '../../core/location';
import { emptyReport, type Report } from '../../core/report';
import { applyInlineSuppressions } from '../../core/inline-suppressions';
import { noteWork, settleWarmUp } from '../../core/warm-up';
import { FileInput, type FormatLoader, type LoadSink } from './formats/format-loader';
import { FORMAT_LOADERS } from './formats/index';
import { IacModel } from './model/iac-model';
import type { IacRule } from './model/violation';
import { ParseLimitError } from './parsers/parse-limits';
import type { ReadResult } from './files/read-file';
import { TextBatch } from './files/text-batch';
import { underRoot, walk } from './files/walk';
import { compareNotices } from '../../core/merge-reports';
import { IAC_RULES } from './rules/index';
import { RootChecks } from './root-checks';
import type { Resource } from './model/resource';

export interface IacScanOptions {
  /** Absolute or relative to the working directory. */
  root: string;
  /** Inside the root; the whole root when empty. */
  paths?: string[];
  exclude?: string[];
  rules?: readonly IacRule[];
  loaders?: readonly FormatLoader[];
  /** Keep only the files this predicate accepts (sharding). */
  fileFilter?: (relativePath: string) => boolean;
  /** For expiry dates of suppressions; tests pin it. */
  today?: Date;
  /**
   * Keep every Terraform resource in the returned model, checking the whole model at the end.
   * By default only a scan without rules does: one with rules checks each root module as soon as
   * it is evaluated and keeps its findings, not its resources.
   */
  keepModel?: boolean;
}

export interface IacScanResult {
  report: Report;
  /** Without `keepModel`, Terraform root modules' resources are not in it. */
  model: IacModel;
}

/** Walks, parses, runs the rules and applies inline suppressions. Config and baseline filters come after. */
export function scanIac(options: IacScanOptions): IacScanResult {
  const started = Date.now();
  const root = path.resolve(options.root);
  const rules = options.rules ?? IAC_RULES;
  const loaders = options.loaders ?? FORMAT_LOADERS;
  const report = emptyReport(['iac']);
  const model = new IacModel();
  const walked = walk({ root, paths: options.paths, exclude: options.exclude });
  report.notices.push(...walked.notices);
  const engine = { snippetFor: snippetReader(model) };
  const rootChecks =
    (options.keepModel ?? rules.length === 0) ? undefined : new RootChecks(rules, model, engine);
  const sink: LoadSink = {
    addResource: (resource) => model.addResource(resource),
    addNotice: (notice) => report.notices.push(notice),
    addFile: (file) => {
      if (!model.file(file.path)) model.addFile(file);
    },
    ...(rootChecks ? { checkRoot: (resources: Resource[]) => rootChecks.add(resources) } : {}),
  };
  const files = options.fileFilter ? walked.files.filter(options.fileFilter) : walked.files;
  for (const loader of loaders) loader.expect?.(files);
  let scannedFiles = 0;
  for (const { relative, read } of readAhead(root, files)) {
    if (loadFile(root, relative, read, loaders, model, sink)) scannedFiles++;
    rootChecks?.checkPending();
  }
  settleWarmUp();
  for (const loader of loaders) runGuarded(() => loader.finish?.(sink), sink, undefined);
  const result = rootChecks ? rootChecks.finish() : runRules(rules, model, engine);
  report.notices.push(...result.notices);
  const suppressed = applyInlineSuppressions(result.findings, rules, {
    lineText: (file, line) => model.lineText(file, line),
    fileText: (file) => model.file(file)?.text,
    resourceLines: (file, address) => model.resourceLines(file, address),
    today: options.today ?? new Date(),
  });
  report.findings = suppressed.findings;
  report.notices.push(...suppressed.notices);
  report.notices.sort(compareNotices);
  report.rules = rules.map((rule) => rule.meta);
  report.stats = {
    files: scannedFiles,
    resources: model.resources.length + (rootChecks?.checkedResources ?? 0),
    rulesRun: rules.length,
    durationMs: Date.now() - started,
  };
  return { report, model };
}

const MAX_SNIPPET = 240;

/**
 * The text a finding's fingerprint is computed from: its line, read once per line. A minified
 * file holds everything on one line, so there only the part the finding points at is used.
 */
function snippetReader(model: IacModel): (location: Location) => string {
  const linesByFile = new Map<string, Map<number, string>>();
  return (location) => {
    if (location.kind !== 'file') return '';
    let lines = linesByFile.get(location.path);
    if (!lines) linesByFile.set(location.path, (lines = new Map()));
    let text = lines.get(location.range.startLine);
    if (text === undefined) {
      text = model.lineText(location.path, location.range.startLine);
      lines.set(location.range.startLine, text);
    }
    if (text.length <= MAX_SNIPPET) return text;
    const from = location.range.startColumn - 1;
    return text.slice(from, from + MAX_SNIPPET);
  };
}

/** Files read ahead of the one being loaded: at most this many, */
const READ_AHEAD_FILES = 256;
/**
 * and no more text than this (one large file is still read alone). Over 128 KiB, the batch's text
 * is one string the garbage collector never copies (`TextBatch`).
 */
const READ_AHEAD_BYTES = 512 * 1024;

/**
 * Each file with what reading it gave, read a batch ahead. Reads made one at a time, between the
 * parsing and evaluation of other files, took about a fifth longer: the system calls find the kernel's
 * paths cold. A batch at a time keeps memory to half a mebibyte or so of text.
 */
function* readAhead(
  root: string,
  files: readonly string[],
): Generator<{ relative: string; read: ReadResult }> {
  const batch = new TextBatch(READ_AHEAD_BYTES);
  for (let next = 0; next < files.length;) {
    const first = next;
    while (next < files.length && batch.size < READ_AHEAD_FILES && batch.bytes < READ_AHEAD_BYTES) {
      const relative = files[next++]!;
      batch.add(underRoot(root, relative), relative);
    }
    const reads = batch.take();
    for (let index = 0; index < reads.length; index++)
      yield { relative: files[first + index]!, read: reads[index]! };
  }
}

function loadFile(
  root: string,
  relative: string,
  read: ReadResult,
  loaders: readonly FormatLoader[],
  model: IacModel,
  sink: LoadSink,
): boolean {
  const absolute = underRoot(root, relative);
  if ('notice' in read) {
    sink.addNotice(read.notice);
    return false;
  }
  if ('binary' in read) {
    if (/\.(ya?ml|json|tf|tofu|hcl|tfvars)$/i.test(relative)) {
      sink.addNotice({
        kind: 'skipped',
        path: relative,
        message: 'binary content in a text format; not scanned',
      });
    }
    return false;
  }
  const file = new FileInput(relative, absolute, read.text);
  for (const loader of loaders) {
    if (!loader.accepts(file)) continue;
    const taken = runGuarded(() => loader.load(file, sink), sink, relative);
    if (taken === undefined || taken) {
      noteWork(loader.format, file.text.length);
      model.addFile(file);
      return taken === true;
    }
  }
  reportUnclaimed(file, sink);
  return false;
}

/** A loader that throws (a parse limit or a bug) costs only its file: it becomes a notice. */
function runGuarded<T>(action: () => T, sink: LoadSink, file: string | undefined): T | undefined {
  try {
    return action();
  } catch (error) {
    const limit = error instanceof ParseLimitError || error instanceof RangeError;
    const message = limit
      ? `not scanned: ${error instanceof RangeError ? 'nesting too deep to parse' : (error as Error).message}`
      : `could not be read: ${(error as Error).message} (this is a bug in cloudgate; please report it)`;
    sink.addNotice({ kind: limit ? 'skipped' : 'parse-error', ...(file ? { path: file } : {}), message });
    return undefined;
  }
}

/** A .yaml file no loader took: its syntax errors are still worth reporting, and so is the skip. */
function reportUnclaimed(file: FileInput, sink: LoadSink): void {
  if (!['yaml', 'yml'].includes(file.extension)) return;
  let errors;
  try {
    errors = file.yaml().errors;
  } catch (error) {
    sink.addNotice({ kind: 'skipped', path: file.path, message: `not scanned: ${(error as Error).message}` });
    return;
  }
  for (const error of errors) {
    sink.addNotice({
      kind: 'parse-error',
      path: file.path,
      line: error.line,
      column: error.column,
      message: `invalid YAML: ${error.message}`,
    });
  }
  if (errors.length === 0) {
    sink.addNotice({
      kind: 'skipped',
      path: file.path,
      message: 'YAML that no scanner recognises (not Kubernetes, CloudFormation or a workflow)',
    });
  }
}
