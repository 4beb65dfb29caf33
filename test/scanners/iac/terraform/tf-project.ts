import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseExpressionText, parseHcl } from '../../../../src/scanners/iac/parsers/hcl/parser';
import type { Expression } from '../../../../src/scanners/iac/parsers/hcl/ast';
import { bindNames, type Env, type FunctionHost } from '../../../../src/scanners/iac/formats/terraform/env';
import { evaluate } from '../../../../src/scanners/iac/formats/terraform/evaluator';
import { fromPlain } from '../../../../src/scanners/iac/formats/terraform/functions/json-values';
import { ObjectValue, Unknown, type Value } from '../../../../src/scanners/iac/formats/terraform/values';
import {
  createTerraformLoader,
  type TerraformLoaderOptions,
} from '../../../../src/scanners/iac/formats/terraform/terraform-loader';
import { scanIac, type IacScanResult } from '../../../../src/scanners/iac/scan-iac';
import type { IacRule } from '../../../../src/scanners/iac/model/violation';

const temporary: string[] = [];

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder holding the files, outside any project's scan root; removed after the test file. */
export function outsideFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cloudgate-outside-'));
  temporary.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Writes the files into a fresh folder and scans it with the Terraform loader alone and no rules. */
export function scanProject(
  files: Record<string, string>,
  options: TerraformLoaderOptions & {
    paths?: string[];
    rules?: IacRule[];
    /** Symbolic links to make in the folder, by name: the path each points at. */
    links?: Record<string, string>;
  } = {},
): IacScanResult & { root: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cloudgate-tf-'));
  temporary.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  for (const [name, target] of Object.entries(options.links ?? {})) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    symlinkSync(target, path.join(root, name));
  }
  const result = scanIac({
    root,
    paths: options.paths,
    rules: options.rules ?? [],
    // Tests read the model's resources as well as the findings.
    keepModel: true,
    loaders: [createTerraformLoader(options)],
  });
  return { ...result, root };
}

/** A value as plain data: objects as records, unknowns as `{ unknown: reason }`. */
export function plain(value: Value): unknown {
  if (value instanceof Unknown) return { unknown: value.reason };
  if (Array.isArray(value)) return value.map(plain);
  if (value instanceof ObjectValue)
    return Object.fromEntries([...value.map].map(([key, item]) => [key, plain(item)]));
  return value;
}

const NO_FILES: FunctionHost = {
  readFile: () => {
    throw new Error('no files in expression tests');
  },
  fileExists: () => false,
  unsupported: () => undefined,
};

export function testEnv(names: Record<string, unknown> = {}, unknowns: string[] = []): Env {
  const bound: [string, Value][] = Object.entries(names).map(([name, value]) => [name, fromPlain(value)]);
  for (const name of unknowns) bound.push([name, new Unknown(name)]);
  return {
    resolver: {
      resolve: (root, name) => {
        throw new Error(`no ${root}.${name} in expression tests`);
      },
      isResourceType: () => false,
    },
    host: NO_FILES,
    scope: bindNames(undefined, bound),
    budget: { steps: 1_000_000, floor: 0 },
  };
}

export function expressionOf(source: string): Expression {
  const parsed = parseExpressionText(source);
  if (parsed.errors.length > 0)
    throw new Error(`${source}: ${parsed.errors.map((error) => error.message).join('; ')}`);
  return parsed.expr;
}

/** Evaluates one native-syntax expression with the given names in scope. */
export function evalHcl(
  source: string,
  names: Record<string, unknown> = {},
  unknowns: string[] = [],
): unknown {
  return plain(evaluate(expressionOf(source), testEnv(names, unknowns)));
}

/** Evaluates every top-level attribute of a native-syntax body (heredocs need a body). */
export function evalBody(source: string, names: Record<string, unknown> = {}): Record<string, unknown> {
  const parsed = parseHcl(source);
  if (parsed.errors.length > 0)
    throw new Error(
      parsed.errors.map((error) => `${error.line}:${error.column} ${error.message}`).join('; '),
    );
  const env = testEnv(names);
  return Object.fromEntries(
    parsed.body.attributes.map((attribute) => [attribute.name, plain(evaluate(attribute.expr, env))]),
  );
}
