import type { Notice } from '../../../../core/notice';
import { toPlain } from '../../model/node';
import { parseHcl } from '../../parsers/hcl/parser';
import { parseYaml } from '../../parsers/yaml';
import { safeEvaluate } from './body-eval';
import type { Env, FunctionHost, Resolver } from './env';
import { fromPlain } from './functions/json-values';
import { basenameOf } from './terraform-files';
import { couldNotEvaluate, EvalError, moduleBudget, type Value } from './values';

export interface VarFile {
  path: string;
  text: string;
}

/** Values in a variables file refer to nothing; one that cannot be evaluated is reported in it. */
function variablesFileResolver(path: string, notices: Notice[]): Resolver {
  return {
    resolve: (root, name) => {
      throw new EvalError(`a variables file cannot refer to ${root}.${name}`);
    },
    isResourceType: () => false,
    failed: (expr, why) => void notices.push(couldNotEvaluate(path, expr, why)),
  };
}

const NO_FILES: FunctionHost = {
  readFile: () => {
    throw new EvalError('a variables file cannot read files');
  },
  fileExists: () => false,
  unsupported: () => undefined,
};

/** The files Terraform loads by itself, in its order: terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars(.json) by name. */
export function automaticVarFiles(files: VarFile[]): VarFile[] {
  const rank = (file: VarFile): number => {
    const name = basenameOf(file.path);
    if (name === 'terraform.tfvars') return 0;
    if (name === 'terraform.tfvars.json') return 1;
    return /\.auto\.tfvars(\.json)?$/.test(name) ? 2 : -1;
  };
  return files
    .filter((file) => rank(file) >= 0)
    .sort((a, b) => rank(a) - rank(b) || (basenameOf(a.path) < basenameOf(b.path) ? -1 : 1));
}

/** Values from variables files, later files overriding earlier ones; syntax errors become notices. */
export function readVarFiles(files: VarFile[], notices: Notice[]): Map<string, Value> {
  const values = new Map<string, Value>();
  for (const file of files) {
    if (file.path.toLowerCase().endsWith('.json')) readJson(file, values, notices);
    else readHcl(file, values, notices);
  }
  return values;
}

function readHcl(file: VarFile, values: Map<string, Value>, notices: Notice[]): void {
  const parsed = parseHcl(file.text);
  for (const error of parsed.errors) {
    notices.push({
      kind: 'parse-error',
      path: file.path,
      line: error.line,
      column: error.column,
      message: `invalid HCL: ${error.message}`,
    });
  }
  const env: Env = {
    resolver: variablesFileResolver(file.path, notices),
    host: NO_FILES,
    budget: moduleBudget(),
  };
  for (const attribute of parsed.body.attributes)
    values.set(attribute.name, safeEvaluate(attribute.expr, env));
}

function readJson(file: VarFile, values: Map<string, Value>, notices: Notice[]): void {
  const parsed = parseYaml(file.text);
  for (const error of parsed.errors) {
    notices.push({
      kind: 'parse-error',
      path: file.path,
      line: error.line,
      column: error.column,
      message: `invalid JSON: ${error.message}`,
    });
  }
  const root = parsed.documents[0]?.root;
  if (root?.kind !== 'map') return;
  for (const [name, node] of root.entries) values.set(name, fromPlain(toPlain(node)));
}
