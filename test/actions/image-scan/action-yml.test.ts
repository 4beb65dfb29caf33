import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { getInput } from '../../../src/core/inputs';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

const read = (file: string) =>
  parse(readFileSync(path.join(__dirname, '../../..', file), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, { value: string }>;
    runs: { using: string; steps: Step[] };
  };
const action = read('actions/image-scan/action.yml');
/** Read by the composite itself, not by the bundle. */
const COMPOSITE_ONLY = ['cache-db'];

describe('actions/image-scan/action.yml', () => {
  const steps = action.runs.steps;
  const scan = steps.find((step) => step.id === 'scan')!;

  it('is a composite whose scan step runs the bundle with no expression inside a script', () => {
    expect(action.runs.using).toBe('composite');
    expect(scan.run).toBe('node "$GITHUB_ACTION_PATH/../../dist/image-scan/index.js"');
    for (const step of steps) expect(step.run ?? '').not.toContain('${{');
  });

  it('hands every input the bundle reads to it as CLOUDGATE_<NAME>, the spelling getInput prefers', () => {
    const names = Object.keys(action.inputs).filter((name) => !COMPOSITE_ONLY.includes(name));
    expect(names.length).toBeGreaterThan(20);
    const mapped: Record<string, string> = {};
    for (const name of names) {
      const variable = `CLOUDGATE_${name.toUpperCase().replace(/-/g, '_')}`;
      expect(scan.env?.[variable]).toBe(`\${{ inputs.${name} }}`);
      mapped[variable] = ` ${name} value `;
    }
    expect(Object.keys(scan.env ?? {}).sort()).toEqual(Object.keys(mapped).sort());
    for (const name of names) expect(getInput(mapped, name)).toBe(`${name} value`);
  });

  it('maps the inputs it shares with the IaC action under the same names', () => {
    const iac = read('actions/iac/action.yml').runs.steps.find((step) => step.id === 'scan')!;
    const shared = Object.keys(iac.env ?? {}).filter((name) => name in (scan.env ?? {}));
    expect(shared).toEqual(
      expect.arrayContaining(['CLOUDGATE_FAIL_ON', 'CLOUDGATE_COMMENT', 'CLOUDGATE_GITHUB_TOKEN']),
    );
    for (const name of shared) expect(scan.env?.[name]).toBe(iac.env?.[name]);
  });

  it('keeps its documented outputs and those of the other actions, each from the scan step', () => {
    const outputs = Object.keys(action.outputs);
    expect(outputs).toEqual(
      expect.arrayContaining([
        'findings',
        'blocking',
        'passed',
        'sarif-file',
        'report-file',
        'gate',
        'total',
      ]),
    );
    for (const name of outputs)
      expect(action.outputs[name]?.value).toBe(`\${{ steps.scan.outputs.${name} }}`);
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
