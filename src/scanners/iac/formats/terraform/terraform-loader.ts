import path from 'node:path';
import type { FileInput, FormatLoader, LoadSink } from '../format-loader';
import { loadPlan } from './plan-json';
import { classifyFile } from './terraform-files';
import { TerraformScan } from './terraform-scan';

export interface TerraformLoaderOptions {
  /**
   * Variables files named by the user (`--var-file`), absolute or relative to the
   * scan root. They apply to every root module of the scan, after the files
   * Terraform loads by itself.
   */
  varFiles?: string[];
}

/**
 * Terraform: every .tf and .tf.json file of a folder together is one module, and
 * a folder no other folder calls as a module is a root module, evaluated with
 * its variables files and its local and downloaded modules (TerraformScan).
 * Plan JSON files are complete on their own and load at once. State is reset
 * after every scan, so one loader serves scan after scan.
 */
export function createTerraformLoader(options: TerraformLoaderOptions = {}): FormatLoader {
  let expected: readonly string[] | undefined;
  let scan: TerraformScan | undefined;
  const scanFor = (file: FileInput, sink: LoadSink): TerraformScan =>
    (scan ??= new TerraformScan(scanRootOf(file), options.varFiles ?? [], expected, sink));
  return {
    format: 'terraform',
    accepts: (file) => classifyFile(file.path, file.text) !== undefined,
    expect(files) {
      expected = files;
    },
    load(file: FileInput, sink: LoadSink): boolean {
      const kind = classifyFile(file.path, file.text);
      if (kind === 'plan') return loadPlan(file, sink);
      if (kind === 'vars' || kind === 'vars-json') scanFor(file, sink).addVars(file);
      else if (kind === 'config' || kind === 'config-json')
        scanFor(file, sink).addConfig(file, kind === 'config-json');
      else return false;
      return true;
    },
    finish(): void {
      const current = scan;
      scan = undefined;
      expected = undefined;
      current?.finish();
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
