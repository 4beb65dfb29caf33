import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { getInput } from '../../../src/core/inputs';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}

const action = parse(
  readFileSync(path.join(__dirname, '../../../actions/cloud-audit/action.yml'), 'utf8'),
) as {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
};

describe('actions/cloud-audit/action.yml', () => {
  const steps = action.runs.steps;
  const audit = steps.find((step) => step.id === 'audit')!;

  it('is a composite whose audit step runs the bundle with no expression inside a script', () => {
    expect(action.runs.using).toBe('composite');
    expect(audit.run).toBe('node "$GITHUB_ACTION_PATH/../../dist/cloud-audit/index.js"');
    for (const step of steps) expect(step.run ?? '').not.toContain('${{');
  });

  it('hands every input to the bundle as a CLOUDGATE_ variable that the input reader understands', () => {
    const names = Object.keys(action.inputs);
    for (const name of [
      'provider',
      'role-to-assume',
      'audience',
      'client-id',
      'tenant-id',
      'subscription-ids',
      'workload-identity-provider',
      'service-account',
      'project-ids',
      'iac-path',
      'terraform-state',
      'aws-region',
      'regions',
      'organization-role',
      'accounts',
      'checks',
      'skip-checks',
      'frameworks',
      'shard',
      'fail-on',
      'comment',
      'sarif-upload',
      'category',
      'github-token',
    ]) {
      expect(names).toContain(name);
    }
    // artifact-name is for the upload step, not the bundle.
    const bundled = names.filter((name) => name !== 'artifact-name');
    for (const name of bundled) {
      const variable = `CLOUDGATE_${name.toUpperCase().replace(/-/g, '_')}`;
      expect(audit.env?.[variable]).toBe(`\${{ inputs.${name} }}`);
      expect(getInput({ [variable]: ' value ' }, name)).toBe('value');
    }
    expect(Object.keys(audit.env ?? {}).length).toBe(bundled.length);
    // Each provider's identity inputs are required by the input reader for that provider only.
    for (const name of ['role-to-assume', 'client-id', 'tenant-id', 'workload-identity-provider'])
      expect(action.inputs[name]!.required).toBe(false);
    expect(action.inputs.audience!.default).toBe('');
  });

  it('exposes the gate outputs and pins every action it uses to a full commit SHA', () => {
    for (const output of ['gate', 'blocking', 'total', 'sarif-file', 'report-file'])
      expect(action.outputs[output]!.value).toBe(`\${{ steps.audit.outputs.${output} }}`);
    const uses = steps.filter((step) => step.uses);
    expect(uses.length).toBeGreaterThan(0);
    for (const step of uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40} *$/);
  });
});
