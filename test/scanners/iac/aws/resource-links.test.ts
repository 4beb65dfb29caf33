import { refersTo } from '../../../../src/scanners/iac/aws/resource-links';
import type { Resource } from '../../../../src/scanners/iac/model/resource';

function terraformResource(address: string): Resource {
  return {
    type: 'aws_s3_bucket',
    address,
    platform: 'aws',
    format: 'terraform',
    file: 'main.tf',
    range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
    body: {
      kind: 'map',
      entries: new Map(),
      range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
    },
    meta: {},
  };
}

describe('refersTo', () => {
  it.each([
    ['aws_s3_bucket.b', 'aws_s3_bucket.b', true],
    ['aws_s3_bucket.b[0]', 'aws_s3_bucket.b[0]', true],
    // Without an index, a reference means every instance of the resource.
    ['aws_s3_bucket.b', 'aws_s3_bucket.b[0]', true],
    ['aws_s3_bucket.b', 'aws_s3_bucket.b["logs"]', true],
    ['module.m["a"].aws_s3_bucket.b', 'module.m["a"].aws_s3_bucket.b[1]', true],
    ['aws_s3_bucket.b[1]', 'aws_s3_bucket.b[0]', false],
    ['aws_s3_bucket.c', 'aws_s3_bucket.b[0]', false],
    // A key that holds brackets of its own is not cut apart.
    ['aws_s3_bucket.b["x', 'aws_s3_bucket.b["x[1]"]', false],
    ['aws_s3_bucket.b', 'aws_s3_bucket.b["x[1]"]', false],
    ['aws_s3_bucket', 'aws_s3_bucket[x[y]', true],
  ])('%s refers to %s: %s', (reference, address, expected) => {
    expect(refersTo(reference, terraformResource(address))).toBe(expected);
  });
});
