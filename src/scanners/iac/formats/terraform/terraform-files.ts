import type { Notice } from '../../../../core/notice';
import { jsonToBody } from '../../parsers/hcl/json-syntax';
import type { HclError, HclFile } from '../../parsers/hcl/ast';
import { parseHcl } from '../../parsers/hcl/parser';
import { parsePlainJson } from '../../model/json-nodes';
import { parseYaml } from '../../parsers/yaml';
import { TERRAFORM_JSON_SCHEMA } from './json-schema';
import type { ConfigFile } from './module-config';
import type { SyntaxCache } from './syntax-cache';

export type TerraformFileKind = 'config' | 'config-json' | 'vars' | 'vars-json' | 'plan';

/** Names of configuration files: Terraform's `.tf` and `.tf.json`, and OpenTofu's `.tofu` and `.tofu.json`. */
export const CONFIG_FILE_NAME = /\.(tf|tofu)(\.json)?$/i;

/** What a file is to Terraform, from its name (and, for plans, the start of its text). */
export function classifyFile(path: string, text: string): TerraformFileKind | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.tf') || lower.endsWith('.tofu')) return 'config';
  if (lower.endsWith('.tf.json') || lower.endsWith('.tofu.json')) return 'config-json';
  if (lower.endsWith('.tfvars')) return 'vars';
  if (lower.endsWith('.tfvars.json')) return 'vars-json';
  if (lower.endsWith('.json') && isPlanJson(text)) return 'plan';
  return undefined;
}

const TOFU_FILE = /^(.*)\.tofu(\.json)?$/i;
const TF_FILE = /^(.*)\.tf(\.json)?$/i;

/**
 * A folder's configuration files as OpenTofu reads them: where `x.tofu` and `x.tf` are both present it
 * reads `x.tofu` alone (and `x.tofu.json` instead of `x.tf.json`), so that one module can hold a file for
 * each tool. Terraform itself reads no `.tofu` file, so a folder without one is read the same by both.
 * Each file left out is reported with the file that takes its place.
 */
export function withTofuPrecedence<T extends { path: string }>(files: T[], notices: Notice[]): T[] {
  const tofuFiles = new Map<string, string>();
  for (const file of files) {
    const match = TOFU_FILE.exec(file.path);
    if (match) tofuFiles.set(`${match[1]}${match[2] ? '.json' : ''}`, file.path);
  }
  if (tofuFiles.size === 0) return files;
  return files.filter((file) => {
    const match = TF_FILE.exec(file.path);
    const replacement = match && tofuFiles.get(`${match[1]}${match[2] ? '.json' : ''}`);
    if (!replacement) return true;
    const name = basenameOf(replacement);
    notices.push({
      kind: 'skipped',
      path: file.path,
      message: `not scanned: ${name} takes its place, as OpenTofu reads ${name} and leaves this file out`,
    });
    return false;
  });
}

/** `terraform show -json` output (a plan or a state) starts with its format and Terraform versions. */
function isPlanJson(text: string): boolean {
  const head = text.slice(0, 2048);
  return /^\s*\{/.test(head) && head.includes('"format_version"') && head.includes('"terraform_version"');
}

export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** The path from one folder to another, both relative to the scan root; '.' when they are the same. */
export function relativeFolder(from: string, to: string): string {
  const fromParts = from ? from.split('/') : [];
  const toParts = to ? to.split('/') : [];
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common])
    common++;
  const parts = [...fromParts.slice(common).map(() => '..'), ...toParts.slice(common)];
  return parts.length === 0 ? '.' : parts.join('/');
}

/**
 * A folder relative to the scan root, from a folder and a path relative to it (`../modules/x`,
 * either slash); undefined when the path leads out of the scan root. Both are already relative, so
 * this resolves `.` and `..` itself instead of a join and a normalise per module call.
 */
export function joinFolder(from: string, relative: string): string | undefined {
  const parts = from ? from.split('/') : [];
  for (const segment of relative.split(/[/\\]/)) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') parts.push(segment);
    else if (parts.pop() === undefined) return undefined;
  }
  return parts.join('/');
}

export function basenameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Parses a .tf or .tf.json file; syntax errors become notices and the rest of the file is kept.
 * With a cache, a text parsed before in the scan reuses its tree.
 */
export function parseConfigFile(
  path: string,
  text: string,
  json: boolean,
  notices: Notice[],
  cache?: SyntaxCache,
): ConfigFile {
  const parse = () => (json ? parseJsonConfig(text) : parseHcl(text));
  const { body, errors } = cache ? cache.parse(text, json, parse) : parse();
  for (const error of errors) {
    notices.push({
      kind: 'parse-error',
      path,
      line: error.line,
      column: error.column,
      message: `invalid ${json ? 'Terraform JSON' : 'HCL'}: ${error.message}`,
    });
  }
  return { path, body };
}

function parseJsonConfig(text: string): HclFile {
  const errors: HclError[] = [];
  let root = parsePlainJson(text);
  if (!root) {
    const parsed = parseYaml(text);
    // One JSON syntax error makes the parser report several; the first is the one to fix.
    errors.push(...parsed.errors.slice(0, 1));
    root = parsed.documents[0]?.root;
  }
  return { body: root ? jsonToBody(root, TERRAFORM_JSON_SCHEMA, errors) : emptyBody(), errors };
}

function emptyBody(): ConfigFile['body'] {
  const range = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
  return { attributes: [], blocks: [], range };
}
