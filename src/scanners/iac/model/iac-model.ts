import type { IacFormat, Resource } from './resource';
import { LineIndex, type SourceFile } from './source-file';

/** Most rules ask a root module for types it lacks: one empty list answers all of them. */
const NO_RESOURCES: readonly Resource[] = Object.freeze([]);

/**
 * The resources of one scan, across files, so cross-resource rules can see them together; or those
 * of one Terraform root module checked on its own, reading the same files (`sibling`).
 */
export class IacModel {
  readonly resources: Resource[] = [];
  private readonly byTypeIndex = new Map<string, Resource[]>();
  private readonly byFormatIndex = new Map<IacFormat, Resource[]>();
  private byAddress?: Map<string, { start: number; end: number }>;
  /** Lines of resources checked apart and not kept (`keepLines`), for suppressions written on them. */
  private readonly keptLines = new Map<string, { start: number; end: number }>();
  private readonly views = new Map<string, unknown>();

  constructor(private readonly files = new Map<string, { file: SourceFile; lines?: LineIndex }>()) {}

  /** A model of other resources that reads this one's files: one root module checked on its own. */
  sibling(resources: readonly Resource[]): IacModel {
    const model = new IacModel(this.files);
    for (const resource of resources) model.addResource(resource);
    return model;
  }

  /** Keeps the first and last line of a resource that is not in the model, for `resourceLines`. */
  keepLines(resource: Resource): void {
    this.keptLines.set(`${resource.file}\0${resource.address}`, {
      start: resource.range.startLine,
      end: resource.range.endLine,
    });
  }

  addFile(file: SourceFile): void {
    this.files.set(file.path, { file });
  }

  addResource(resource: Resource): void {
    this.resources.push(resource);
    this.byAddress = undefined;
    if (this.views.size > 0) this.views.clear();
    const list = this.byTypeIndex.get(resource.type);
    if (list) list.push(resource);
    else this.byTypeIndex.set(resource.type, [resource]);
    const sameFormat = this.byFormatIndex.get(resource.format);
    if (sameFormat) sameFormat.push(resource);
    else this.byFormatIndex.set(resource.format, [resource]);
  }

  /**
   * Computes a view of the model once per scan: many rules read the same joined
   * resources. Views are dropped when a resource is added, so they never go stale.
   */
  view<T>(key: string, compute: () => T): T {
    let computed = this.views.get(key) as T | undefined;
    if (computed === undefined && !this.views.has(key)) this.views.set(key, (computed = compute()));
    return computed as T;
  }

  /**
   * The resources of one type, in the order they were added; read-only, shared with the model.
   * Rules call it hundreds of thousands of times a scan, so it takes no rest array.
   */
  ofType(type: string): readonly Resource[] {
    return this.byTypeIndex.get(type) ?? NO_RESOURCES;
  }

  /** The resources of these types, type after type; one type's list is shared with the model. */
  ofTypes(types: readonly string[]): readonly Resource[] {
    if (types.length === 1) return this.ofType(types[0]!);
    return types.flatMap((type) => this.byTypeIndex.get(type) ?? NO_RESOURCES);
  }

  /** The resources of one format, in the order they were added; read-only, like ofType's lists. */
  ofFormat(format: IacFormat): readonly Resource[] {
    return this.byFormatIndex.get(format) ?? [];
  }

  file(path: string): SourceFile | undefined {
    return this.files.get(path)?.file;
  }

  filePaths(): string[] {
    return [...this.files.keys()];
  }

  /** First and last line of a resource, for suppressions written on or inside it. */
  resourceLines(path: string, address: string): { start: number; end: number } | undefined {
    this.byAddress ??= new Map(
      this.resources.map((resource) => [
        `${resource.file}\0${resource.address}`,
        { start: resource.range.startLine, end: resource.range.endLine },
      ]),
    );
    const key = `${path}\0${address}`;
    return this.byAddress.get(key) ?? this.keptLines.get(key);
  }

  /** The text of a line of a scanned file, or '' when unknown. */
  lineText(path: string, line: number): string {
    const entry = this.files.get(path);
    if (!entry) return '';
    entry.lines ??= new LineIndex(entry.file.text);
    return entry.lines.line(line);
  }
}
