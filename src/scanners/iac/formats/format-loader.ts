import type { Notice } from '../../../core/notice';
import type { Resource, IacFormat } from '../model/resource';
import type { SourceFile } from '../model/source-file';
import { parseYaml, type YamlOptions, type YamlParseResult } from '../parsers/yaml';

/** A file offered to the format loaders; its YAML is parsed at most once, on demand. */
export class FileInput implements SourceFile {
  private readonly parsedYaml = new Map<YamlOptions['onTag'], YamlParseResult>();

  constructor(
    readonly path: string,
    readonly absolutePath: string,
    readonly text: string,
  ) {}

  get extension(): string {
    const base = this.basename;
    const dot = base.lastIndexOf('.');
    return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
  }

  get basename(): string {
    return this.path.slice(this.path.lastIndexOf('/') + 1);
  }

  /** YAML (and JSON, a subset of it) with positions, parsed once per tag handler. */
  yaml(options: YamlOptions = {}): YamlParseResult {
    let parsed = this.parsedYaml.get(options.onTag);
    if (!parsed) {
      parsed = parseYaml(this.text, options);
      this.parsedYaml.set(options.onTag, parsed);
    }
    return parsed;
  }
}

export interface LoadSink {
  addResource(resource: Resource): void;
  addNotice(notice: Notice): void;
  /** A file a loader read by itself (a module outside the scanned paths), kept for suppressions and fingerprints. */
  addFile?(file: SourceFile): void;
  /**
   * Checks the resources of one Terraform root module as soon as it is evaluated, so that they need
   * not be held until the end of the scan. What was found counts once `keep` is called: a folder read
   * later may call this one as a module, and then it was no root. Without it, the loader adds the
   * resources of every root module with `addResource`.
   */
  checkRoot?(resources: Resource[]): CheckedRoot;
}

/** What a scan found in a root module checked on its own, counted only if kept. */
export interface CheckedRoot {
  keep(): void;
}

export interface FormatLoader {
  format: IacFormat;
  /** Cheap test on the path and text, before any parsing. */
  accepts(file: FileInput): boolean;
  /**
   * The files the scan will offer (relative paths), before the first `load`: a format whose files
   * only make sense together can then finish each group as soon as its last file arrives.
   */
  expect?(files: readonly string[]): void;
  /** Adds the file's resources; returns false when the file turns out not to be this format. */
  load(file: FileInput, sink: LoadSink): boolean;
  /** For formats whose files only make sense together (Terraform modules), after every file was offered. */
  finish?(sink: LoadSink): void;
}
