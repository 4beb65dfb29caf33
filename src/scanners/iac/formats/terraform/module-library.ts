import type { SourceFile } from '../../model/source-file';
import { readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Notice } from '../../../../core/notice';
import { readTextFile } from '../../files/read-file';
import { toRelative } from '../../files/walk';
import { ParseLimitError } from '../../parsers/parse-limits';
import { buildModuleConfig, type ConfigFile, type ModuleConfig } from './module-config';
import { parseConfigFile } from './terraform-files';

export type SourceResolution = { dir: string } | { why: string };

/**
 * Module folders by path, parsed once per scan. Folders the walk offered come
 * from memory; a module folder it did not offer (a scan of part of a tree,
 * .terraform/modules) is read from disk, never outside the scan root.
 */
export class ModuleLibrary {
  private readonly configs = new Map<string, ModuleConfig | undefined>();
  private readonly installed = new Map<string, Map<string, string>>();

  constructor(
    private readonly scanRoot: string,
    private readonly offered: Map<string, ConfigFile[]>,
    private readonly notices: Notice[],
    /** Told of every module file read from disk, so suppressions and fingerprints can read its lines. */
    private readonly onFileRead: (file: SourceFile) => void = () => undefined,
  ) {}

  config(dir: string): ModuleConfig | undefined {
    if (this.configs.has(dir)) return this.configs.get(dir);
    const files = this.offered.get(dir) ?? this.readFolder(dir);
    const config = files && files.length > 0 ? buildModuleConfig(dir, files, this.notices) : undefined;
    this.configs.set(dir, config);
    return config;
  }

  /** Where a module call's source is: a local folder, or the copy `terraform init` put in .terraform/modules. */
  resolve(callerDir: string, rootDir: string, keyPath: string[], source: string): SourceResolution {
    if (/^\.\.?[/\\]/.test(source) || source === '.' || source === '..') {
      const dir = path.posix
        .normalize(path.posix.join(callerDir || '.', source.replace(/\\/g, '/')))
        .replace(/\/$/, '');
      if (dir.startsWith('..'))
        return { why: `has the source ${JSON.stringify(source)}, outside the scan root` };
      const normalized = dir === '.' ? '' : dir;
      if (!this.config(normalized))
        return { why: `has the source ${JSON.stringify(source)}, a folder without Terraform files` };
      return { dir: normalized };
    }
    const installedDir = this.installedModules(rootDir).get(keyPath.join('.'));
    if (installedDir !== undefined && this.config(installedDir)) return { dir: installedDir };
    return {
      why: `comes from ${JSON.stringify(source)}, which is not downloaded (run terraform init before scanning to include it)`,
    };
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
        const dir = path.posix
          .normalize(path.posix.join(rootDir || '.', entry.Dir.replace(/\\/g, '/')))
          .replace(/\/$/, '');
        if (!dir.startsWith('..')) table.set(entry.Key, dir === '.' ? '' : dir);
      }
    } catch (error) {
      this.notices.push({
        kind: 'parse-error',
        path: relative,
        message: `invalid modules.json: ${(error as Error).message}`,
      });
    }
    return table;
  }

  private readFolder(dir: string): ConfigFile[] | undefined {
    const absolute = path.join(this.scanRoot, dir);
    let real: string;
    let names: string[];
    try {
      real = realpathSync(absolute);
      if (toRelative(realpathSync(this.scanRoot), real) === undefined) return undefined;
      names = readdirSync(real, { withFileTypes: true })
        .filter((entry) => entry.isFile() && /\.tf(\.json)?$/i.test(entry.name))
        .map((entry) => entry.name)
        .sort();
    } catch {
      return undefined;
    }
    const files: ConfigFile[] = [];
    for (const name of names) {
      const relative = dir ? `${dir}/${name}` : name;
      const read = readTextFile(path.join(real, name), relative);
      if ('notice' in read) this.notices.push(read.notice);
      if (!('text' in read)) continue;
      this.onFileRead({ path: relative, text: read.text });
      try {
        files.push(parseConfigFile(relative, read.text, name.toLowerCase().endsWith('.json'), this.notices));
      } catch (error) {
        if (!(error instanceof ParseLimitError || error instanceof RangeError)) throw error;
        this.notices.push({
          kind: 'skipped',
          path: relative,
          message: `not scanned: ${error instanceof RangeError ? 'nesting too deep to parse' : error.message}`,
        });
      }
    }
    return files;
  }
}
