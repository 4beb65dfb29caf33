import { createHash } from 'node:crypto';
import { disambiguate, fingerprint, normaliseSnippet } from '../../src/core/fingerprint';

const INPUT = {
  ruleId: 'aws-s3-bucket-public-read',
  where: 'modules/storage/main.tf',
  resource: 'aws_s3_bucket.assets',
  snippet: '    acl    =   "public-read"  ',
};

/** The documented algorithm, spelled out: SHA-256 of the parts separated by NUL, first 32 hex digits. */
function reference(input: typeof INPUT): string {
  const hash = createHash('sha256');
  for (const part of [input.ruleId, input.where, input.resource]) hash.update(part).update('\0');
  return hash.update(input.snippet.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 32);
}

describe('fingerprint', () => {
  it('keeps the value users already have in their baselines and code scanning alerts', () => {
    expect(fingerprint(INPUT)).toBe('ff35a02de66cd0af8bc507af01781688');
  });

  it('hashes the parts as the documented algorithm does, non-ASCII text included', () => {
    const samples = [
      INPUT,
      { ...INPUT, resource: 'Deployment/café/web — primary', snippet: '\tname: "ünïcode" 😀' },
      { ...INPUT, where: '', resource: '', snippet: '' },
    ];
    for (const sample of samples) expect(fingerprint(sample)).toBe(reference(sample));
  });

  it('ignores re-indentation but not a change of the line', () => {
    expect(fingerprint({ ...INPUT, snippet: 'acl = "public-read"' })).toBe(fingerprint(INPUT));
    expect(fingerprint({ ...INPUT, snippet: 'acl = "private"' })).not.toBe(fingerprint(INPUT));
    expect(normaliseSnippet('  a \t b\n')).toBe('a b');
  });

  it('numbers repeats in order', () => {
    expect(disambiguate(['x', 'y', 'x', 'x'])).toEqual(['x', 'y', 'x:2', 'x:3']);
  });
});
