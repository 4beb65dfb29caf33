import { noticeKey, type Notice } from '../../../../core/notice';
import type { Resource } from '../../model/resource';
import { toResource } from './emit-resources';
import { createFunctionHost } from './function-host';
import { ModuleInstance, type Named, type RootContext } from './module-instance';
import type { ModuleLibrary } from './module-library';
import { automaticVarFiles, readVarFiles, type VarFile } from './var-files';
import { EvalLimitError, LIMITS, moduleBudget } from './values';

/** What every root module of one scan shares. */
export interface RootScan {
  scanRoot: string;
  library: ModuleLibrary;
  /** Variables files named by the user, applied after each root's own. */
  userVars: VarFile[];
}

export interface RootEvaluation {
  resources: Resource[];
  /** Kept with the resources: they are reported only if the folder turns out to be a root module. */
  notices: Notice[];
}

/** Evaluates one root module with its variables files, its modules included. */
export function evaluateRootModule(scan: RootScan, rootDir: string, varFiles: VarFile[]): RootEvaluation {
  const result: RootEvaluation = { resources: [], notices: [] };
  const config = scan.library.config(rootDir);
  if (!config) return result;
  // Every instance of a module evaluates its expressions again; what goes wrong at one place is said once.
  const said = new Set<string>();
  const notice = (item: Notice): void => {
    const key = noticeKey(item);
    if (said.has(key)) return;
    said.add(key);
    result.notices.push(item);
  };
  const values = readVarFiles([...automaticVarFiles(varFiles), ...scan.userVars], result.notices);
  const inputs = new Map<string, () => Named>(
    [...values].map(([name, value]) => [name, () => ({ value, refs: [] })]),
  );
  const context: RootContext = {
    rootDir,
    host: createFunctionHost(scan.scanRoot, rootDir, (name) =>
      notice({
        kind: 'warning',
        message: `function ${name}() is not evaluated by cloudgate; values that use it are unknown`,
      }),
    ),
    budget: moduleBudget(),
    notice,
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
    const message = `Terraform evaluation stopped early: ${why}; ${notScanned(instance.notEvaluated())}`;
    notice({ kind: 'skipped', path: rootDir || '.', message });
  }
  for (const resourceInstance of instance.instances()) {
    const resource = toResource(resourceInstance, rootDir);
    if (resource) result.resources.push(resource);
  }
  return result;
}

/** The most blocks a notice names of those an evaluation stopped early left out. */
const NAMED_NOT_SCANNED = 10;

function notScanned(blocks: string[]): string {
  if (blocks.length === 0) return 'some resources are not scanned';
  const named = blocks.slice(0, NAMED_NOT_SCANNED).join(', ');
  const more = blocks.length - NAMED_NOT_SCANNED;
  return `not scanned: ${named}${more > 0 ? `, and ${more} more` : ''}`;
}
