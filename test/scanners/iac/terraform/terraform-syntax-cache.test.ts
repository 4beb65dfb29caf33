import { rmSync } from 'node:fs';
import { writeTree } from '../../../helpers/temp-tree';
import type { HclFile } from '../../../../src/scanners/iac/parsers/hcl/ast';
import { parseHcl } from '../../../../src/scanners/iac/parsers/hcl/parser';
import {
  SyntaxCache,
  type SyntaxCacheLimits,
} from '../../../../src/scanners/iac/formats/terraform/syntax-cache';
import { createTerraformLoader } from '../../../../src/scanners/iac/formats/terraform/terraform-loader';
import { toPlain } from '../../../../src/scanners/iac/model/node';
import { scanIac } from '../../../../src/scanners/iac/scan-iac';

const created: string[] = [];
afterAll(() => created.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A cache whose parses are counted by text. */
function countingCache(limits?: SyntaxCacheLimits) {
  const cache = new SyntaxCache(limits);
  const parses: string[] = [];
  const parse = (text: string, json = false): HclFile =>
    cache.parse(text, json, () => {
      parses.push(text);
      return parseHcl(text);
    });
  return { parse, parses };
}

/** A 20-character attribute line whose value names it. */
const line = (name: string) => `${name} = "${name.padEnd(13, '.')}"\n`;

describe('syntax trees shared by files with the same text', () => {
  it('keeps the tree of a text that comes a second time, for every copy after', () => {
    const { parse, parses } = countingCache();
    const first = parse('a = 1\n');
    const second = parse('a = 1\n');
    expect(second).not.toBe(first);
    expect(parse('a = 1\n')).toBe(second);
    expect(parse('a = 1\n')).toBe(second);
    expect(parses).toEqual(['a = 1\n', 'a = 1\n']);
    parse('a = 2\n');
    expect(parses).toHaveLength(3);
  });

  it('keeps HCL and JSON trees of the same text apart', () => {
    const { parse, parses } = countingCache();
    for (let index = 0; index < 3; index++) parse('{}', false);
    parse('{}', true);
    expect(parses).toHaveLength(3);
  });

  it('drops the least recently used trees beyond its budget of characters', () => {
    const { parse, parses } = countingCache({ treeChars: 100, seenChars: 1000 });
    const twice = (name: string) => [1, 2].forEach(() => parse(line(name)));
    ['a', 'b', 'c', 'd', 'e'].forEach(twice);
    expect(line('a')).toHaveLength(20);
    twice('f'); // 120 characters of trees: a goes
    parse(line('b')); // kept, and now the most recent
    twice('g'); // c goes, not b
    parses.length = 0;
    parse(line('b'));
    parse(line('a'));
    parse(line('c'));
    expect(parses).toEqual([line('a'), line('c')]);
  });

  it('forgets the oldest texts seen once beyond their budget', () => {
    const { parse, parses } = countingCache({ treeChars: 100, seenChars: 40 });
    ['a', 'b', 'c'].forEach((name) => parse(line(name))); // 60 characters seen: a is forgotten
    parses.length = 0;
    for (let index = 0; index < 4; index++) parse(line('a'));
    expect(parses).toEqual([line('a'), line('a')]);
  });

  it('never keeps the tree of a text larger than a quarter of its budget', () => {
    const { parse, parses } = countingCache({ treeChars: 100, seenChars: 1000 });
    const large = `${line('a')}${line('b')}`;
    for (let index = 0; index < 3; index++) parse(large);
    expect(parses).toEqual([large, large, large]);
  });
});

describe('Terraform stacks that share files', () => {
  const network =
    'resource "aws_security_group" "web" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = [var.ssh_from]\n  }\n}\n\nlocals {\n  broken = [1,\n}\n';
  const variables = 'variable "ssh_from" {}\n';

  it('evaluates each copy with its own variables and reports its syntax errors under its own path', () => {
    const root = writeTree(
      {
        'prod/network.tf': network,
        'prod/variables.tf': variables,
        'prod/terraform.tfvars': 'ssh_from = "10.0.0.0/8"\n',
        'dev/network.tf': network,
        'dev/variables.tf': variables,
        'dev/terraform.tfvars': 'ssh_from = "0.0.0.0/0"\n',
      },
      created,
      'cloudgate-shared-files-',
    );
    const result = scanIac({ root, rules: [], loaders: [createTerraformLoader()] });
    const cidrs = result.model.resources.map((resource) => ({
      file: resource.file,
      line: resource.range.startLine,
      cidrs: (toPlain(resource.body) as { ingress: { cidr_blocks: string[] }[] }).ingress[0]!.cidr_blocks,
    }));
    expect(cidrs).toEqual([
      { file: 'dev/network.tf', line: 1, cidrs: ['0.0.0.0/0'] },
      { file: 'prod/network.tf', line: 1, cidrs: ['10.0.0.0/8'] },
    ]);
    const syntaxErrors = result.report.notices.filter((notice) => notice.kind === 'parse-error');
    const linesIn = (path: string) =>
      syntaxErrors.filter((notice) => notice.path === path).map((notice) => notice.line);
    expect(linesIn('dev/network.tf')).toContain(12);
    expect(linesIn('prod/network.tf')).toEqual(linesIn('dev/network.tf'));
    expect(syntaxErrors).toHaveLength(2 * linesIn('dev/network.tf').length);
  });
});
