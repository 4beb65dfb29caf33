import path from 'node:path';
import { noticeKey, type Notice } from '../../../../core/notice';
import { readTextFile } from '../../files/read-file';
import type { CheckedRoot, FileInput, LoadSink } from '../format-loader';
import type { ConfigFile } from './module-config';
import { ModuleLibrary, type ConfigSource } from './module-library';
import { evaluateRootModule, type RootEvaluation, type RootScan } from './root-module';
import { SyntaxCache } from './syntax-cache';
import { classifyFile, folderOf, parseConfigFile } from './terraform-files';
import type { VarFile } from './var-files';

interface Folder {
  configs: ConfigFile[];
  sources: ConfigSource[];
  vars: VarFile[];
  /** Configuration and variables files the scan will still offer; undefined when it did not say. */
  remaining?: number;
  /** At least one configuration file was read (a folder of variables files only is no module). */
  hasConfig: boolean;
  offered: boolean;
}

/**
 * The Terraform files of one scan. A folder is evaluated as a root module as soon
 * as its last file is read, while its syntax tree is young, and the tree is then
 * dropped: holding every tree until the end made a large scan keep them all in
 * memory and copy them through the garbage collector. Whether a folder is a root is only certain at the end
 * (a folder read later may call it as a module), so each evaluation waits in
 * `roots` and is kept or discarded in `finish`. Without the list of files to
 * come (`expect`), every folder is evaluated in `finish`.
 */
export class TerraformScan {
  private readonly folders = new Map<string, Folder>();
  private readonly called = new Set<string>();
  private readonly roots = new Map<string, RootEvaluation & { checked?: CheckedRoot }>();
  private readonly notices: Notice[] = [];
  private readonly seen = new Set<string>();
  private readonly expected = new Map<string, number>();
  private readonly rootScan: RootScan;
  private readonly syntax = new SyntaxCache();

  constructor(
    scanRoot: string,
    varFiles: readonly string[],
    expectedFiles: readonly string[] | undefined,
    private readonly sink: LoadSink,
  ) {
    const offeredNames = new Map<string, Set<string>>();
    for (const file of expectedFiles ?? []) {
      const kind = classifyFile(file, '');
      if (kind === undefined || kind === 'plan') continue;
      const dir = folderOf(file);
      this.expected.set(dir, (this.expected.get(dir) ?? 0) + 1);
      if (kind !== 'config' && kind !== 'config-json') continue;
      const names = offeredNames.get(dir) ?? new Set<string>();
      names.add(file.slice(file.lastIndexOf('/') + 1));
      offeredNames.set(dir, names);
    }
    const notice = (item: Notice): void => this.notice(item);
    this.rootScan = {
      scanRoot,
      library: new ModuleLibrary(scanRoot, notice, {
        onFileRead: (file) => sink.addFile?.(file),
        offeredNames,
        syntax: this.syntax,
      }),
      userVars: readUserVarFiles(scanRoot, varFiles, notice),
    };
  }

  addConfig(file: FileInput, json: boolean): void {
    const dir = folderOf(file.path);
    const folder = this.folder(dir);
    if (!this.rootScan.library.has(dir)) {
      const found: Notice[] = [];
      folder.configs.push(parseConfigFile(file.path, file.text, json, found, this.syntax));
      folder.sources.push({ path: file.path, text: file.text, json });
      found.forEach((item) => this.notice(item));
    }
    folder.hasConfig = true;
    this.countDown(dir, folder);
  }

  addVars(file: FileInput): void {
    const dir = folderOf(file.path);
    const folder = this.folder(dir);
    folder.vars.push({ path: file.path, text: file.text });
    this.countDown(dir, folder);
  }

  /** Evaluates the folders not done yet, then adds the resources of every folder that is a root module. */
  finish(): void {
    const rest = [...this.folders.keys()].filter((dir) => !this.folders.get(dir)!.offered).sort();
    for (const dir of rest) this.offer(dir);
    for (const dir of rest) this.recordCalls(dir);
    for (const dir of rest) this.evaluateIfRoot(dir);
    for (const dir of [...this.roots.keys()].sort()) {
      if (this.called.has(dir)) continue;
      const evaluation = this.roots.get(dir)!;
      if (evaluation.checked) evaluation.checked.keep();
      else for (const resource of evaluation.resources) this.sink.addResource(resource);
      for (const item of evaluation.notices) this.notice(item);
    }
    for (const item of this.notices) this.sink.addNotice(item);
  }

  private folder(dir: string): Folder {
    let folder = this.folders.get(dir);
    if (!folder) {
      const remaining = this.expected.get(dir);
      folder = { configs: [], sources: [], vars: [], remaining, hasConfig: false, offered: false };
      this.folders.set(dir, folder);
    }
    return folder;
  }

  private countDown(dir: string, folder: Folder): void {
    if (folder.remaining === undefined) return;
    folder.remaining--;
    if (folder.remaining > 0) return;
    this.offer(dir);
    this.recordCalls(dir);
    this.evaluateIfRoot(dir);
  }

  /** Hands the folder's parsed files to the library, unless it read them ahead for a module call. */
  private offer(dir: string): void {
    const folder = this.folders.get(dir)!;
    folder.offered = true;
    const { library } = this.rootScan;
    if (folder.hasConfig && !library.has(dir)) library.offer(dir, folder.configs, folder.sources);
    folder.configs = [];
    folder.sources = [];
  }

  /** The local folders the folder calls as modules: those are no root modules. */
  private recordCalls(dir: string): void {
    if (!this.folders.get(dir)!.hasConfig) return;
    const { library } = this.rootScan;
    for (const call of library.config(dir)?.moduleCalls.values() ?? []) {
      const source = call.source?.type === 'literal' ? call.source.value : undefined;
      if (typeof source !== 'string' || !/^\.\.?([/\\]|$)/.test(source)) continue;
      const resolved = library.resolve(dir, dir, [call.name], source);
      if ('dir' in resolved && resolved.dir !== dir) this.called.add(resolved.dir);
    }
  }

  private evaluateIfRoot(dir: string): void {
    const folder = this.folders.get(dir)!;
    if (!folder.hasConfig || this.called.has(dir) || /(^|\/)\.terraform(\/|$)/.test(dir)) return;
    const { library } = this.rootScan;
    if (!library.config(dir)) return;
    const evaluation = evaluateRootModule(this.rootScan, dir, folder.vars);
    const checked = this.sink.checkRoot?.(evaluation.resources);
    this.roots.set(dir, checked ? { resources: [], notices: evaluation.notices, checked } : evaluation);
    library.release(dir);
  }

  /** One notice per kind, place and text: a module used by many roots would repeat its notices. */
  private notice(item: Notice): void {
    const key = noticeKey(item);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.notices.push(item);
  }
}

function readUserVarFiles(
  scanRoot: string,
  files: readonly string[],
  notice: (item: Notice) => void,
): VarFile[] {
  const result: VarFile[] = [];
  for (const file of files) {
    const absolute = path.resolve(scanRoot, file);
    const read = readTextFile(absolute, file);
    if ('notice' in read) notice(read.notice);
    else if ('binary' in read)
      notice({ kind: 'skipped', path: file, message: 'variables file is binary; not read' });
    else result.push({ path: file, text: read.text });
  }
  return result;
}
