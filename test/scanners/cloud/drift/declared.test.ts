import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../../../../src/core/errors';
import { readStateFile, stateResources } from '../../../../src/scanners/cloud/drift/declared/state-json';
import { readDeclaredInfrastructure } from '../../../../src/scanners/cloud/drift/index';

const FIXTURES = path.join(__dirname, '../../../fixtures/drift');

function failure(read: () => unknown): UserError {
  try {
    read();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('declared infrastructure from a Terraform project and its state', () => {
  it('joins each AWS resource of the code with its state entry, with file and line', () => {
    const declared = readDeclaredInfrastructure({
      root: FIXTURES,
      iacPath: path.join(FIXTURES, 'project'),
      statePath: path.join(FIXTURES, 'state.json'),
    });
    expect(declared.hasState).toBe(true);
    expect(declared.account).toBe('400000000004');
    expect(declared.incomplete).toBeUndefined();
    expect(declared.stateOnly).toEqual([]);
    expect(declared.resources).toHaveLength(13);
    expect(declared.resources.every((resource) => resource.state !== undefined)).toBe(true);
    const block = declared.resources.find(
      (resource) => resource.address === 'aws_s3_bucket_public_access_block.app',
    )!;
    expect(block.source.file).toBe('project/storage.tf');
    expect(block.source.range.startLine).toBe(5);
  });

  it('reads the prior state of a plan, child modules included', () => {
    const fromPlan = readStateFile(path.join(FIXTURES, 'plan.json'));
    const fromState = readStateFile(path.join(FIXTURES, 'state.json'));
    expect(fromPlan.map((entry) => entry.address)).toEqual(fromState.map((entry) => entry.address));
    const nested = stateResources(
      {
        format_version: '1.0',
        values: {
          root_module: {
            child_modules: [
              {
                resources: [
                  {
                    address: 'module.a.aws_s3_bucket.b',
                    mode: 'managed',
                    type: 'aws_s3_bucket',
                    values: { id: 'b' },
                  },
                  {
                    address: 'module.a.data.aws_caller_identity.c',
                    mode: 'data',
                    type: 'aws_caller_identity',
                  },
                ],
              },
            ],
          },
        },
      },
      'nested.json',
    );
    expect(nested).toEqual([
      { address: 'module.a.aws_s3_bucket.b', type: 'aws_s3_bucket', values: { id: 'b' } },
    ]);
    expect(stateResources({ format_version: '1.0' }, 'empty.json')).toEqual([]);
  });

  it.each([
    ['not-json.json', /^Terraform state file .*not-json\.json is not valid JSON$/],
    ['wrong-shape.json', /^Terraform state file .*wrong-shape\.json is a raw state \(terraform\.tfstate\)/],
    ['missing.json', /^Terraform state file .*missing\.json cannot be read$/],
  ])('names the file in a clear error for %s', (file, message) => {
    const error = failure(() =>
      readDeclaredInfrastructure({
        iacPath: path.join(FIXTURES, 'project'),
        statePath: path.join(FIXTURES, file),
      }),
    );
    expect(error.message).toMatch(message);
    expect(error.hint).toContain('terraform show -json');
  });

  it('rejects JSON of the wrong shape without quoting its content', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'drift-shape-'));
    try {
      const cases: [unknown, RegExp][] = [
        [{ password: 'hunter2-secret' }, /no format_version/],
        [[1, 2, 3], /no format_version/],
        [{ format_version: '1.0', values: 'hunter2-secret' }, /no readable "values" section/],
        [{ format_version: '1.0', values: { root_module: { resources: 'hunter2-secret' } } }, /not lists/],
        [
          { format_version: '1.0', values: { root_module: { resources: [{ type: 'aws_s3_bucket' }] } } },
          /without address/,
        ],
      ];
      for (const [content, message] of cases) {
        const file = path.join(folder, 'state.json');
        writeFileSync(file, JSON.stringify(content));
        const error = failure(() => readStateFile(file, 'infra/state.json'));
        expect(error.message).toMatch(message);
        expect(error.message).toContain('infra/state.json');
        expect(error.describe()).not.toContain('hunter2');
      }
      writeFileSync(path.join(folder, 'broken.json'), '{"secret": "hunter2-secret", ');
      expect(failure(() => readStateFile(path.join(folder, 'broken.json'))).describe()).not.toContain(
        'hunter2',
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('says so when the project folder does not exist or lies outside the root', () => {
    expect(
      failure(() => readDeclaredInfrastructure({ iacPath: path.join(FIXTURES, 'nowhere') })).message,
    ).toMatch(/Terraform project folder .*nowhere does not exist/);
    expect(
      failure(() => readDeclaredInfrastructure({ iacPath: FIXTURES, root: path.join(FIXTURES, 'project') }))
        .message,
    ).toMatch(/is outside/);
  });

  it('marks a project whose code could not be read completely', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'drift-broken-'));
    try {
      writeFileSync(path.join(folder, 'main.tf'), 'resource "aws_s3_bucket" "a" {\n  bucket = "a"\n}\n');
      writeFileSync(path.join(folder, 'broken.tf'), 'resource "aws_s3_bucket" "b" {\n  bucket = \n');
      const declared = readDeclaredInfrastructure({ iacPath: folder });
      expect(declared.incomplete).toMatch(/^the Terraform code was not read completely \(broken\.tf/);
      expect(declared.hasState).toBe(false);
      expect(declared.account).toBeUndefined();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
