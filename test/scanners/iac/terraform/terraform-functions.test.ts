import path from 'node:path';
import { child, str, toPlain } from '../../../../src/scanners/iac/model/node';
import { evalHcl, outsideFolder, scanProject } from './tf-project';

describe('Terraform collection functions', () => {
  it.each([
    ['merge({a = 1, b = 1}, {b = 2}, null)', { a: 1, b: 2 }],
    ['concat([1], [2, 3], [])', [1, 2, 3]],
    ['lookup({a = 1}, "a")', 1],
    ['lookup({a = 1}, "b", "dflt")', 'dflt'],
    ['coalesce(null, "", "x", "y")', 'x'],
    ['coalescelist([], [1], [2])', [1]],
    ['compact(["a", "", null, "b"])', ['a', 'b']],
    ['contains(["a", "b"], "b")', true],
    ['contains(["a", "b"], "c")', false],
    ['distinct(["a", "b", "a", {x = 1}, {x = 1}])', ['a', 'b', { x: 1 }]],
    ['element(["a", "b", "c"], 4)', 'b'],
    ['flatten([[1, [2]], 3, []])', [1, 2, 3]],
    ['length("héllo")', 5],
    ['length({a = 1, b = 2})', 2],
    ['keys({b = 1, a = 2})', ['a', 'b']],
    ['values({b = 1, a = 2})', [2, 1]],
    ['tomap({a = "x"})', { a: 'x' }],
    ['tolist(["a"])', ['a']],
    ['toset(["b", "a", "b"])', ['a', 'b']],
    ['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
    ['setunion(["a"], ["b", "a"])', ['a', 'b']],
    ['setintersection(["a", "b"], ["b", "c"])', ['b']],
    ['setsubtract(["a", "b"], ["b"])', ['a']],
    ['one([])', null],
    ['one(["x"])', 'x'],
    ['sum([1, 2, 3.5])', 6.5],
    ['alltrue([true, true])', true],
    ['anytrue([false, true])', true],
    ['range(3)', [0, 1, 2]],
    ['range(1, 10, 4)', [1, 5, 9]],
    ['range(3, 0)', [3, 2, 1]],
    ['reverse([1, 2])', [2, 1]],
    ['sort(["b", "a", "c"])', ['a', 'b', 'c']],
    ['index(["a", "b"], "b")', 1],
    ['slice(["a", "b", "c"], 1, 3)', ['b', 'c']],
    ['chunklist([1, 2, 3], 2)', [[1, 2], [3]]],
    ['transpose({a = ["1", "2"], b = ["1"]})', { '1': ['a', 'b'], '2': ['a'] }],
    ['matchkeys(["i-1", "i-2"], ["a", "b"], ["b"])', ['i-2']],
    [
      'setproduct(["a"], [1, 2])',
      [
        ['a', 1],
        ['a', 2],
      ],
    ],
  ])('%s', (source, expected) => {
    expect(evalHcl(source)).toEqual(expected);
  });

  it('fails where Terraform fails, which try() and can() catch', () => {
    expect(() => evalHcl('lookup({}, "k")')).toThrow(/no key/);
    expect(() => evalHcl('one([1, 2])')).toThrow(/at most one/);
    expect(evalHcl('try(lookup({}, "k"), "fallback")')).toBe('fallback');
    expect(evalHcl('try(m.missing, m.present)', { m: { present: 1 } })).toBe(1);
    expect(evalHcl('can(m.missing)', { m: {} })).toBe(false);
    expect(evalHcl('can(m.present)', { m: { present: 1 } })).toBe(true);
    expect(() => evalHcl('try(m.a, m.b)', { m: {} })).toThrow(/try/);
  });

  it('keeps known parts known when only an element is unknown', () => {
    expect(evalHcl('merge({a = 1}, {b = x})', {}, ['x'])).toEqual({ a: 1, b: { unknown: 'x' } });
    expect(evalHcl('length([x, 2])', {}, ['x'])).toBe(2);
    expect(evalHcl('join(",", ["a", x])', {}, ['x'])).toEqual({ unknown: 'x' });
    expect(evalHcl('jsonencode({a = [x]})', {}, ['x'])).toEqual({ unknown: 'x' });
    expect(evalHcl('try(x, "f")', {}, ['x'])).toEqual({ unknown: 'x' });
    expect(evalHcl('coalesce(null, x, "f")', {}, ['x'])).toEqual({ unknown: 'x' });
  });
});

describe('Terraform string functions', () => {
  it.each([
    ['format("%s-%03d-%.2f-%t-%q-%v", "a", 7, 3.14159, true, "q", 5)', 'a-007-3.14-true-"q"-5'],
    [
      'format("%-5s|%5s|%x|%X|%o|%b|%e", "ab", "cd", 255, 255, 8, 5, 1234.5)',
      'ab   |   cd|ff|FF|10|101|1.234500e+03',
    ],
    ['format("%[2]s %[1]s %%", "a", "b")', 'b a %'],
    ['format("%#v", {b = 1, a = "x"})', '{"a":"x","b":1}'],
    ['formatlist("%s=%s", ["a", "b"], "v")', ['a=v', 'b=v']],
    ['join("-", ["a", "b"], ["c"])', 'a-b-c'],
    ['split(",", "a,b,,c")', ['a', 'b', '', 'c']],
    ['replace("a-b-c", "-", "_")', 'a_b_c'],
    ['replace("hello world", "/o(\\\\w)?/", "0$1")', 'hell0 w0rld'],
    ['lower("ABC")', 'abc'],
    ['upper("abc")', 'ABC'],
    ['title("hello world")', 'Hello World'],
    ['substr("hello", 1, 3)', 'ell'],
    ['substr("hello", -3, -1)', 'llo'],
    ['trimspace("  x \\n")', 'x'],
    ['trim("?!hi?!", "!?")', 'hi'],
    ['trimprefix("arn:aws:x", "arn:")', 'aws:x'],
    ['trimsuffix("file.tf", ".tf")', 'file'],
    ['chomp("line\\n\\n")', 'line'],
    ['startswith("arn:aws", "arn:")', true],
    ['endswith("arn:aws", "gcp")', false],
    ['strcontains("abc", "b")', true],
    ['strrev("abc")', 'cba'],
    ['indent(2, "a\\nb")', 'a\n  b'],
    ['regex("[a-z]+", "123abc456")', 'abc'],
    ['regex("(\\\\d+)-(\\\\d+)", "10-20")', ['10', '20']],
    ['regex("(?P<year>\\\\d{4})", "in 2024")', { year: '2024' }],
    ['regexall("\\\\d", "a1b2")', ['1', '2']],
    ['tostring(5)', '5'],
    ['tonumber("5")', 5],
    ['tobool("true")', true],
  ])('%s', (source, expected) => {
    expect(evalHcl(source)).toEqual(expected);
  });

  it('gives an unknown for a regular expression that could backtrack exponentially', () => {
    expect(evalHcl('regex("(a+)+$", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!")')).toEqual({
      unknown: expect.stringContaining('nested repetition'),
    });
  });
});

describe('Terraform encoding, numeric, hashing and network functions', () => {
  it.each([
    ['jsonencode({b = [1, true, null], a = "<x>"})', '{"a":"\\u003cx\\u003e","b":[1,true,null]}'],
    ['jsondecode("{\\"a\\": [1, {\\"b\\": null}]}")', { a: [1, { b: null }] }],
    ['yamldecode("a: 1\\nb: [x, y]\\n")', { a: 1, b: ['x', 'y'] }],
    ['yamlencode({"__proto__" = "kept", a = 1})', '__proto__: kept\na: 1\n'],
    ['jsonencode({"__proto__" = {b = 1}})', '{"__proto__":{"b":1}}'],
    ['jsondecode("{\\"__proto__\\": 1}")["__proto__"]', 1],
    ['base64encode("hello")', 'aGVsbG8='],
    ['base64decode("aGVsbG8=")', 'hello'],
    ['urlencode("a b&c")', 'a+b%26c'],
    // Half a surrogate pair is the replacement character, as UTF-8 writes it; a whole pair is itself.
    ['urlencode("a\\ud800b\\udc00")', 'a%EF%BF%BDb%EF%BF%BD'],
    ['urlencode("\\ud83d\\udd12")', '%F0%9F%94%92'],
    ['csvdecode("a,b\\n1,2\\n")', [{ a: '1', b: '2' }]],
    ['abs(-3)', 3],
    ['ceil(1.2)', 2],
    ['floor(1.8)', 1],
    ['max(1, 5, 3)', 5],
    ['min(4, 2)', 2],
    ['pow(2, 10)', 1024],
    ['signum(-5)', -1],
    ['parseint("ff", 16)', 255],
    ['log(8, 2)', 3],
    ['md5("a")', '0cc175b9c0f1b6a831c399e269772661'],
    ['sha256("a")', 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb'],
    ['sha1("a")', '86f7e437faa5a7fce15d1ddcb9eaeaea377667b8'],
    ['base64sha256("a")', 'ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs='],
    ['cidrsubnet("10.0.0.0/16", 8, 2)', '10.0.2.0/24'],
    ['cidrsubnet("172.16.0.0/12", 4, 15)', '172.31.0.0/16'],
    ['cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)', 'fd00:fd12:3456:7800:a200::/72'],
    ['cidrhost("10.12.112.0/20", 16)', '10.12.112.16'],
    ['cidrhost("10.12.112.0/20", -2)', '10.12.127.254'],
    ['cidrnetmask("172.16.0.0/12")', '255.240.0.0'],
    ['cidrhost("255.255.255.0/24", 255)', '255.255.255.255'],
    ['cidrsubnet("0.0.0.0/0", 1, 1)', '128.0.0.0/1'],
    ['cidrhost("::ffff:10.0.0.0/120", 5)', '::ffff:a00:5'],
    [
      'cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)',
      ['10.1.0.0/20', '10.1.16.0/20', '10.1.32.0/24', '10.1.48.0/20'],
    ],
  ])('%s', (source, expected) => {
    expect(evalHcl(source)).toEqual(expected);
  });

  it.each([
    '256.0.0.0/8',
    '01.0.0.0/8',
    '1.2.3/8',
    '1.2.3.4.5/8',
    '1..3.4/8',
    '1.2.3.4a/8',
    '1234.0.0.0/8',
    '.1.2.3/8',
  ])('refuses the malformed IPv4 prefix %s', (prefix) => {
    expect(() => evalHcl(`cidrsubnet("${prefix}", 8, 1)`)).toThrow('is not a valid CIDR prefix');
  });

  it('gives unknowns for values known only at apply time, and for functions it does not evaluate', () => {
    expect(evalHcl('timestamp()')).toEqual({ unknown: expect.stringContaining('timestamp') });
    expect(evalHcl('uuid()')).toEqual({ unknown: expect.stringContaining('uuid') });
    expect(evalHcl('not_a_function(1)')).toEqual({ unknown: expect.stringContaining('not_a_function') });
  });
});

describe('Terraform file functions', () => {
  it('reads files and templates inside the scan root, relative to the root module', () => {
    const { model } = scanProject({
      'stack/main.tf': [
        'resource "aws_iam_policy" "p" {',
        '  policy = file("${path.module}/policy.json")',
        '  description = templatefile("templates/desc.tpl", { name = "ops", items = ["a", "b"] })',
        '  name = fileexists("policy.json") ? "present" : "absent"',
        '}',
        '',
      ].join('\n'),
      'stack/policy.json': '{"Version":"2012-10-17"}',
      'stack/templates/desc.tpl': 'Team ${name}:%{ for i in items } ${i}%{ endfor }',
    });
    expect(toPlain(model.resources[0]!.body)).toEqual({
      policy: '{"Version":"2012-10-17"}',
      description: 'Team ops: a b',
      name: 'present',
    });
  });

  it('refuses files outside the scan root', () => {
    const { model } = scanProject({
      'main.tf':
        'resource "aws_iam_policy" "p" {\n  policy = file("../../../../etc/passwd")\n  name = file("/etc/hostname")\n}\n',
    });
    const body = model.resources[0]!.body;
    expect(child(body, 'policy')).toMatchObject({
      kind: 'unknown',
      reason: expect.stringContaining('outside the scan root'),
    });
    expect(child(body, 'name')).toMatchObject({
      kind: 'unknown',
      reason: expect.stringContaining('outside the scan root'),
    });
  });

  it('refuses a file inside the scan root that links outside it, and says so', () => {
    const outside = outsideFolder({ 'secret.json': '{"Statement":[]}' });
    const { model } = scanProject(
      { 'main.tf': 'resource "aws_iam_policy" "p" {\n  policy = file("policy.json")\n}\n' },
      { links: { 'policy.json': path.join(outside, 'secret.json') } },
    );
    expect(child(model.resources[0]!.body, 'policy')).toMatchObject({
      kind: 'unknown',
      reason:
        'could not evaluate: policy.json leads out of the scan root through a symbolic link and is not read',
    });
  });

  it('reads a local module file relative to the root module, with path.module', () => {
    const { model } = scanProject({
      'main.tf': 'module "m" { source = "./mod" }\n',
      'mod/main.tf': 'resource "aws_iam_policy" "p" { policy = file("${path.module}/p.json") }\n',
      'mod/p.json': '{}',
    });
    expect(str(child(model.resources[0]!.body, 'policy'))).toBe('{}');
  });

  it('gives path.module relative to each root that calls a module, for every instance', () => {
    const { model } = scanProject({
      'common/tag/main.tf': 'resource "aws_s3_bucket" "b" { bucket = path.module }\n',
      'app/main.tf':
        'module "m" {\n  source   = "../common/tag"\n  for_each = toset(["a", "b"])\n}\nresource "aws_s3_bucket" "own" { bucket = path.module }\n',
      'envs/prod/main.tf': 'module "m" { source = "../../common/tag" }\n',
    });
    const buckets = Object.fromEntries(
      model.resources.map((resource) => [
        `${resource.file} ${resource.address}`,
        str(child(resource.body, 'bucket')),
      ]),
    );
    expect(buckets).toEqual({
      'common/tag/main.tf module.m["a"].aws_s3_bucket.b': '../common/tag',
      'common/tag/main.tf module.m["b"].aws_s3_bucket.b': '../common/tag',
      'app/main.tf aws_s3_bucket.own': '.',
      'common/tag/main.tf module.m.aws_s3_bucket.b': '../../common/tag',
    });
  });
});
