import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { readInput } from '../../../src/actions/image-scan/inputs';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

const actionFile = path.join(__dirname, '../../../actions/image-scan/action.yml');
const action = parse(readFileSync(actionFile, 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
};

describe('actions/image-scan/action.yml', () => {
  const steps = action.runs.steps;
  const scan = steps.find((step) => step.id === 'scan')!;

  it('is a composite whose scan step runs the bundle with no expression inside a script', () => {
    expect(action.runs.using).toBe('composite');
    expect(scan.run).toBe('node "$GITHUB_ACTION_PATH/../../dist/image-scan/index.js"');
    for (const step of steps) expect(step.run ?? '').not.toContain('${{');
  });

  it('hands every input to the bundle through env, under the name the bundle reads', () => {
    const names = Object.keys(action.inputs);
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) {
      const variable = `INPUT_${name.toUpperCase().replace(/-/g, '_')}`;
      expect(scan.env?.[variable]).toBe(`\${{ inputs.${name} }}`);
      expect(readInput({ [variable]: ' value ' }, name)).toBe('value');
    }
  });

  it('pins every action it uses to a full commit SHA and caches the Trivy databases', () => {
    const uses = steps.filter((step) => step.uses);
    expect(uses.length).toBeGreaterThan(0);
    for (const step of uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    const cache = uses.find((step) => step.uses!.startsWith('actions/cache@'));
    expect(cache?.with?.path).toContain('/db');
    expect(cache?.with?.path).toContain('/java-db');
  });
});
