import type { SourceFile } from '../../model/source-file';
import { readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Notice } from '../../../../core/notice';
import { readTextFile } from '../../files/read-file';
import { toRelative } from '../../files/walk';
import { ParseLimitError } from '../../parsers/parse-limits';
import { buildModuleConfig, type ConfigFile, type ModuleConfig } from './module-config';
import type { SyntaxCache } from './syntax-cache';
import { CONFIG_FILE_NAME, joinFolder, parseConfigFile } from './terraform-files';

export type SourceResolution = { dir: string } | { why: string };

/** A configuration file's text, kept so a folder whose syntax tree was dropped can be parsed again. */
export interface ConfigSource {
  path: string;
  text: string;
  json: boolean;
}

export interface ModuleLibraryOptions {
  /** Told of every module file read from disk, so suppressions and fingerprints can read its lines. */
  onFileRead?: (file: SourceFile) => void;
  /** The configuration files the scan offers, by folder: a folder read ahead of the walk reads only these. */
  offeredNames?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Trees of the texts parsed recently, shared with the scan's own parsing. */
  syntax?: SyntaxCache;
}

/**
 * Module folders by path, parsed once while they are in use. Folders the walk
 * offered come from memory; a folder the scan will offer later is read ahead
 * (only the files the scan offers), and one it never offers (a scan of part of
 * a tree, .terraform/modules) is read from disk, never outside the scan root.
 * A root module's syntax tree is dropped once it is evaluated (`release`), so a
 * large scan does not hold every tree at once; its text stays, should another
 * folder call it as a module after all.
 */
export class ModuleLibrary {
  private readonly configs = new Map<string, ModuleConfig | undefined>();
  private readonly sources = new Map<string, ConfigSource[]>();
  private readonly parsed = new Map<string, ConfigFile[]>();
  private readonly installed = new Map<string, Map<string, string>>();
  /** Why a folder read from disk gave no files, for the notice of a module call that names it. */
  private readonly emptyReasons = new Map<string, string>();
  /** Local sources by calling folder, joined once: every instance of a module resolves its calls. */
  private readonly localSources = new Map<string, Map<string, string | undefined>>();

  private readonly onFileRead: (file: SourceFile) => void;
  private readonly offeredNames: ReadonlyMap<string, ReadonlySet<string>>;
  private readonly syntax?: SyntaxCache;

  constructor(
    private readonly scanRoot: string,
    private readonly notice: (notice: Notice) => void,
    options: ModuleLibraryOptions = {},
  ) {
    this.onFileRead = options.onFileRead ?? (() => undefined);
    this.offeredNames = options.offeredNames ?? new Map();
    this.syntax = options.syntax;
  }

  /** A folder the walk offered, parsed as it was read. */
  offer(dir: string, files: ConfigFile[], sources: ConfigSource[]): void {
    this.parsed.set(dir, files);
    this.sources.set(dir, sources);
    this.configs.delete(dir);
  }

  /** Whether the folder's files are in hand already (offered, or read ahead for a module call). */
  has(dir: string): boolean {
    return this.sources.has(dir) || this.configs.has(dir);
  }

  config(dir: string): ModuleConfig | undefined {
    if (this.configs.has(dir)) return this.configs.get(dir);
    const files = this.parsed.get(dir) ?? this.reparse(dir) ?? this.readFolder(dir);
    this.parsed.delete(dir);
    const found: Notice[] = [];
    const config = files && files.length > 0 ? buildModuleConfig(dir, files, found) : undefined;
    found.forEach(this.notice);
    this.configs.set(dir, config);
    return config;
  }

  /** Drops a folder's syntax tree and configuration; its text stays for `config` to parse again. */
  release(dir: string): void {
    this.configs.delete(dir);
    this.parsed.delete(dir);
  }

  /** Where a module call's source is: a local folder, or the copy `terraform init` put in .terraform/modules. */
  resolve(callerDir: string, rootDir: string, keyPath: string[], source: string): SourceResolution {
    if (/^\.\.?[/\\]/.test(source) || source === '.' || source === '..') {
      const dir = this.localFolder(callerDir, source);
      if (dir === undefined)
        return { why: `has the source ${JSON.stringify(source)}, outside the scan root` };
      if (!this.config(dir)) {
        const why = this.emptyReasons.get(dir) ?? 'a folder without Terraform files';
        return { why: `has the source ${JSON.stringify(source)}, ${why}` };
      }
      return { dir };
    }
    const installedDir = this.installedModules(rootDir).get(keyPath.join('.'));
    if (installedDir !== undefined && this.config(installedDir)) return { dir: installedDir };
    return {
      why: `comes from ${JSON.stringify(source)}, which is not downloaded (run terraform init before scanning to include it)`,
    };
  }

  private localFolder(callerDir: string, source: string): string | undefined {
    let bySource = this.localSources.get(callerDir);
    if (!bySource) this.localSources.set(callerDir, (bySource = new Map()));
    if (bySource.has(source)) return bySource.get(source);
    const dir = joinFolder(callerDir, source);
    bySource.set(source, dir);
    return dir;
  }

  /** The key -> folder table `terraform init` writes to .terraform/modules/modules.json. */
  private installedModules(rootDir: string): Map<string, string> {
    const cached = this.installed.get(rootDir);
    if (cached) return cached;
    const table = new Map<string, string>();
    this.installed.set(rootDir, table);
    const relative = path.posix.join(rootDir || '.', '.terraform/modules/modules.json');
    const read = readTextFile(path.join(this.scanRoot, relative), relative);
    if (!('text' in read)) return table;
    try {
      const parsed = JSON.parse(read.text) as { Modules?: { Key?: unknown; Dir?: unknown }[] };
      for (const entry of parsed.Modules ?? []) {
        if (typeof entry.Key !== 'string' || typeof entry.Dir !== 'string' || entry.Key === '') continue;
        const dir = joinFolder(rootDir, entry.Dir);
        if (dir !== undefined) table.set(entry.Key, dir);
      }
    } catch (error) {
      this.notice({
        kind: 'parse-error',
        path: relative,
        message: `invalid modules.json: ${(error as Error).message}`,
      });
    }
    return table;
  }

  private reparse(dir: string): ConfigFile[] | undefined {
    const sources = this.sources.get(dir);
    return sources?.flatMap((source) => this.parse(source) ?? []);
  }

  private readFolder(dir: string): ConfigFile[] | undefined {
    const absolute = path.join(this.scanRoot, dir);
    let real: string;
    let names: string[];
    try {
      real = realpathSync(absolute);
      if (toRelative(realpathSync(this.scanRoot), real) === undefined) {
        this.emptyReasons.set(dir, 'a symbolic link to a folder outside the scan root, which is not read');
        return undefined;
      }
      const offered = this.offeredNames.get(dir);
      names = readdirSync(real, { withFileTypes: true })
        .filter((entry) => entry.isFile() && CONFIG_FILE_NAME.test(entry.name))
        .filter((entry) => !offered || offered.has(entry.name))
        .map((entry) => entry.name)
        .sort();
    } catch (error) {
      this.emptyReasons.set(dir, unreadableFolder(error));
      return undefined;
    }
    const sources: ConfigSource[] = [];
    for (const name of names) {
      const relative = dir ? `${dir}/${name}` : name;
      const read = readTextFile(path.join(real, name), relative);
      if ('notice' in read) this.notice(read.notice);
      if (!('text' in read)) continue;
      this.onFileRead({ path: relative, text: read.text });
      sources.push({ path: relative, text: read.text, json: name.toLowerCase().endsWith('.json') });
    }
    this.sources.set(dir, sources);
    return sources.flatMap((source) => this.parse(source) ?? []);
  }

  private parse(source: ConfigSource): ConfigFile | undefined {
    const found: Notice[] = [];
    try {
      return parseConfigFile(source.path, source.text, source.json, found, this.syntax);
    } catch (error) {
      if (!(error instanceof ParseLimitError || error instanceof RangeError)) throw error;
      this.notice({
        kind: 'skipped',
        path: source.path,
        message: `not scanned: ${error instanceof RangeError ? 'nesting too deep to parse' : error.message}`,
      });
      return undefined;
    } finally {
      found.forEach(this.notice);
    }
  }
}

/** Why a module folder could not be listed, in the words of a notice. */
function unreadableFolder(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'which does not exist';
  if (code === 'ENOTDIR') return 'which is not a folder';
  return `a folder that cannot be read (${code ?? (error as Error).message})`;
}
