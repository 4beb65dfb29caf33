import { parseTemplate } from '../../../parsers/hcl/parser';
import { bindNames, type Env, type Resolver } from '../env';
import { evaluate } from '../evaluator';
import { asObject, EvalError, toStringValue, Unknown, type Value } from '../values';
import type { FunctionTable } from './registry';
import { createHash } from 'node:crypto';

/** A template file sees only the variables it is given, as Terraform specifies. */
const NO_REFERENCES: Resolver = {
  resolve: (root) => {
    throw new EvalError(
      `a template file cannot refer to ${root}; pass the value in templatefile's variables`,
    );
  },
  isResourceType: () => false,
};

function templatefile(args: Value[], env: Env): Value {
  if (env.inTemplate) throw new EvalError('templatefile() cannot be called from inside a template file');
  const path = toStringValue(args[0]!, 'the template path');
  const text = env.host.readFile(path);
  const parsed = parseTemplate(text);
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0]!;
    throw new EvalError(
      `template ${path} has a syntax error at ${first.line}:${first.column}: ${first.message}`,
    );
  }
  const vars = asObject(args[1]!, 'the variables of templatefile()');
  return evaluate(parsed.expr, {
    ...env,
    resolver: NO_REFERENCES,
    scope: bindNames(undefined, vars.map),
    refs: undefined,
    inTemplate: true,
  });
}

function fileDigest(algorithm: string, encoding: 'hex' | 'base64'): FunctionTable[string] {
  return {
    min: 1,
    fn: ([path], env) =>
      createHash(algorithm)
        .update(env.host.readFile(toStringValue(path!)), 'utf8')
        .digest(encoding),
  };
}

export const FILESYSTEM_FUNCTIONS: FunctionTable = {
  file: { min: 1, fn: ([path], env) => env.host.readFile(toStringValue(path!, 'the file path')) },
  filebase64: {
    min: 1,
    fn: ([path], env) => Buffer.from(env.host.readFile(toStringValue(path!)), 'utf8').toString('base64'),
  },
  fileexists: { min: 1, fn: ([path], env) => env.host.fileExists(toStringValue(path!, 'the file path')) },
  templatefile: { min: 2, shallow: true, fn: templatefile },
  filemd5: fileDigest('md5', 'hex'),
  filesha1: fileDigest('sha1', 'hex'),
  filesha256: fileDigest('sha256', 'hex'),
  filesha512: fileDigest('sha512', 'hex'),
  filebase64sha256: fileDigest('sha256', 'base64'),
  filebase64sha512: fileDigest('sha512', 'base64'),
  basename: { min: 1, fn: ([path]) => toStringValue(path!).replace(/\/+$/, '').split('/').pop() ?? '' },
  dirname: {
    min: 1,
    fn: ([path]) => {
      const text = toStringValue(path!);
      const index = text.replace(/\/+$/, '').lastIndexOf('/');
      return index === -1 ? '.' : index === 0 ? '/' : text.slice(0, index);
    },
  },
  abspath: { min: 1, fn: () => new Unknown('abspath() (depends on where Terraform runs)') },
  pathexpand: { min: 1, fn: () => new Unknown('pathexpand() (depends on the home folder)') },
  fileset: { min: 2, fn: () => new Unknown('fileset() (not evaluated by cloudgate)') },
};
