import path from 'node:path';
import type { Notice } from '../../../../core/notice';
import { readTextFile } from '../../files/read-file';
import type { FileInput, FormatLoader, LoadSink } from '../format-loader';
import { toResource } from './emit-resources';
import { createFunctionHost } from './function-host';
import { ModuleInstance, type Named, type RootContext } from './module-instance';
import { ModuleLibrary } from './module-library';
import type { ConfigFile } from './module-config';
import { loadPlan } from './plan-json';
import { classifyFile, folderOf, parseConfigFile } from './terraform-files';
import { automaticVarFiles, readVarFiles, type VarFile } from './var-files';
import { EvalLimitError, LIMITS } from './values';

export interface TerraformLoaderOptions {
  /**
   * Variables files named by the user (`--var-file`), absolute or relative to the
   * scan root. They apply to every root module of the scan, after the files
   * Terraform loads by itself.
   */
  varFiles?: string[];
}

interface ScanState {
  scanRoot?: string;
  configFiles: Map<string, ConfigFile[]>;
  varFiles: Map<string, VarFile[]>;
}

function newState(): ScanState {
  return { configFiles: new Map(), varFiles: new Map() };
}

/**
 * Terraform: every .tf and .tf.json file of a folder together is one module, so
 * files are only collected while the scan walks; `finish` evaluates each root
 * module (a folder no other folder calls as a module) with its variables files,
 * its local and downloaded modules, and adds a resource per instance. Plan JSON
 * files are complete on their own and load at once. State is reset after every
 * scan, so one loader serves scan after scan.
 */
export function createTerraformLoader(options: TerraformLoaderOptions = {}): FormatLoader {
  let state = newState();
  return {
    format: 'terraform',
    accepts: (file) => classifyFile(file.path, file.text) !== undefined,
    load(file: FileInput, sink: LoadSink): boolean {
      state.scanRoot ??= scanRootOf(file);
      const kind = classifyFile(file.path, file.text);
      if (kind === 'plan') return loadPlan(file, sink);
      if (kind === 'vars' || kind === 'vars-json') {
        push(state.varFiles, folderOf(file.path), { path: file.path, text: file.text });
        return true;
      }
      if (kind !== 'config' && kind !== 'config-json') return false;
      const notices: Notice[] = [];
      const parsed = parseConfigFile(file.path, file.text, kind === 'config-json', notices);
      for (const notice of notices) sink.addNotice(notice);
      push(state.configFiles, folderOf(file.path), parsed);
      return true;
    },
    finish(sink: LoadSink): void {
      const current = state;
      state = newState();
      if (current.scanRoot !== undefined) evaluateScan(current, current.scanRoot, options, sink);
    },
  };
}

export const terraformLoader = createTerraformLoader();

function scanRootOf(file: FileInput): string {
  const relative = file.path.split('/').join(path.sep);
  const absolute = path.resolve(file.absolutePath);
  return absolute.endsWith(relative)
    ? absolute.slice(0, absolute.length - relative.length) || path.sep
    : path.dirname(absolute);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface ScanContext {
  scanRoot: string;
  library: ModuleLibrary;
  userVars: VarFile[];
  notices: Notice[];
  notice(notice: Notice): void;
  unsupported(name: string): void;
}

function evaluateScan(
  state: ScanState,
  scanRoot: string,
  options: TerraformLoaderOptions,
  sink: LoadSink,
): void {
  const notices: Notice[] = [];
  const seen = new Set<string>();
  const notice = (item: Notice): void => {
    const key = `${item.kind}:${item.path}:${item.line}:${item.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    notices.push(item);
  };
  const scan: ScanContext = {
    scanRoot,
    library: new ModuleLibrary(scanRoot, state.configFiles, notices, (file) => sink.addFile?.(file)),
    userVars: readUserVarFiles(scanRoot, options.varFiles ?? [], notices),
    notices,
    notice,
    unsupported: (name) =>
      notice({
        kind: 'warning',
        message: `function ${name}() is not evaluated by cloudgate; values that use it are unknown`,
      }),
  };
  for (const rootDir of rootModules(state, scan.library)) evaluateRoot(scan, state, rootDir, sink);
  for (const item of notices) sink.addNotice(item);
}

/** Evaluates one root module with its variables files and adds its resources. */
function evaluateRoot(scan: ScanContext, state: ScanState, rootDir: string, sink: LoadSink): void {
  const config = scan.library.config(rootDir);
  if (!config) return;
  const values = readVarFiles(
    [...automaticVarFiles(state.varFiles.get(rootDir) ?? []), ...scan.userVars],
    scan.notices,
  );
  const inputs = new Map<string, () => Named>(
    [...values].map(([name, value]) => [name, () => ({ value, refs: [] })]),
  );
  const context: RootContext = {
    rootDir,
    host: createFunctionHost(scan.scanRoot, rootDir, scan.unsupported),
    budget: { steps: LIMITS.maxSteps },
    notice: scan.notice,
    loadModule: (caller, call, source) => {
      if (caller.keyPath.length >= LIMITS.maxModuleDepth) {
        caller.moduleNotice(
          call,
          `is nested more than ${LIMITS.maxModuleDepth} modules deep (a module that calls itself?)`,
        );
        return undefined;
      }
      const resolved = scan.library.resolve(
        caller.config.dir,
        rootDir,
        [...caller.keyPath, call.name],
        source,
      );
      if ('dir' in resolved) return scan.library.config(resolved.dir);
      caller.moduleNotice(call, resolved.why);
      return undefined;
    },
  };
  const instance = new ModuleInstance(config, context, '', inputs, []);
  try {
    instance.evaluateAll();
  } catch (error) {
    if (!(error instanceof EvalLimitError || error instanceof RangeError)) throw error;
    const why = error instanceof EvalLimitError ? (error as Error).message : 'references nest too deeply';
    const message = `Terraform evaluation stopped early: ${why}; some resources are not scanned`;
    scan.notice({ kind: 'skipped', path: rootDir || '.', message });
  }
  for (const resourceInstance of instance.instances()) {
    const resource = toResource(resourceInstance, rootDir);
    if (resource) sink.addResource(resource);
  }
}

/** Folders with configuration that no other scanned folder calls as a local module, and not inside .terraform. */
function rootModules(state: ScanState, library: ModuleLibrary): string[] {
  const called = new Set<string>();
  for (const dir of state.configFiles.keys()) {
    for (const call of library.config(dir)?.moduleCalls.values() ?? []) {
      const source = call.source?.type === 'literal' ? call.source.value : undefined;
      if (typeof source !== 'string' || !/^\.\.?([/\\]|$)/.test(source)) continue;
      const resolved = library.resolve(dir, dir, [call.name], source);
      if ('dir' in resolved && resolved.dir !== dir) called.add(resolved.dir);
    }
  }
  return [...state.configFiles.keys()]
    .filter((dir) => !called.has(dir) && !/(^|\/)\.terraform(\/|$)/.test(dir))
    .sort();
}

function readUserVarFiles(scanRoot: string, files: string[], notices: Notice[]): VarFile[] {
  const result: VarFile[] = [];
  for (const file of files) {
    const absolute = path.resolve(scanRoot, file);
    const read = readTextFile(absolute, file);
    if ('notice' in read) notices.push(read.notice);
    else if ('binary' in read)
      notices.push({ kind: 'skipped', path: file, message: 'variables file is binary; not read' });
    else result.push({ path: file, text: read.text });
  }
  return result;
}
