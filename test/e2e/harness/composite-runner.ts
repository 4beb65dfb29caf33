import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { evaluateCondition, interpolate, type Contexts, type StatusFunctions } from './expressions';
import { readOutputFile } from './runner-files';

export type Env = Record<string, string | undefined>;

const STEP_TIMEOUT_MS = 3 * 60 * 1000;

interface ActionStep {
  id?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

interface ActionFile {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  outputs?: Record<string, { value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

/** A stand-in for a third-party action a composite uses (no real one can run here). */
export type StandIn = (
  inputs: Record<string, string>,
  env: Env,
) => { outputs?: Record<string, string>; failed?: string };

export interface StepResult {
  id?: string;
  kind: 'run' | 'uses';
  outcome: 'success' | 'failure' | 'skipped';
  code: number;
  stdout: string;
  stderr: string;
  env?: Env;
}

export interface CompositeResult {
  code: number;
  outputs: Record<string, string>;
  steps: StepResult[];
  stdout: string;
}

/**
 * Runs a composite action as the runner does: inputs with their defaults form the `inputs` context;
 * `${{ }}` is resolved in `if:`, `env:` and `with:` only (never inside `run:`); each `run:` step gets the
 * job's environment plus its own `env:`, and no INPUT_* variables; outputs come from steps' GITHUB_OUTPUT.
 */
export async function runComposite(
  actionDir: string,
  withInputs: Record<string, string>,
  jobEnv: Env,
  standIns: Record<string, StandIn>,
  runner: { temp: string; token: string },
): Promise<CompositeResult> {
  const action = parse(readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as ActionFile;
  if (action.runs.using !== 'composite') throw new Error('not a composite action');
  const github = {
    token: runner.token,
    run_id: jobEnv.GITHUB_RUN_ID,
    action_path: actionDir,
    workspace: jobEnv.GITHUB_WORKSPACE,
  };
  const base: Contexts = { github, runner: { temp: runner.temp, os: 'Linux' }, steps: {} };
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    const status: StatusFunctions = { success: true, failure: false, cancelled: false };
    inputs[name] = withInputs[name] ?? interpolate(String(spec.default ?? ''), base, status);
  }
  for (const name of Object.keys(withInputs)) if (!(name in inputs)) throw new Error(`unknown input ${name}`);
  const contexts: Contexts = { ...base, inputs };
  const steps: StepResult[] = [];
  let failed = false;
  for (const step of action.runs.steps) {
    const status: StatusFunctions = { success: !failed, failure: failed, cancelled: false };
    if (!evaluateCondition(step.if, contexts, status)) {
      steps.push({
        id: step.id,
        kind: step.run !== undefined ? 'run' : 'uses',
        outcome: 'skipped',
        code: 0,
        stdout: '',
        stderr: '',
      });
      continue;
    }
    const result =
      step.run !== undefined
        ? await runStep(step, contexts, status, jobEnv, actionDir, runner.temp)
        : useStep(step, contexts, status, jobEnv, standIns);
    steps.push(result.step);
    if (step.id)
      (contexts.steps as Record<string, unknown>)[step.id] = {
        outputs: result.outputs,
        outcome: result.step.outcome,
        conclusion: result.step.outcome,
      };
    if (result.step.outcome === 'failure') failed = true;
  }
  const outputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.outputs ?? {})) {
    outputs[name] = interpolate(spec.value, contexts, {
      success: !failed,
      failure: failed,
      cancelled: false,
    });
  }
  const failing = steps.find((step) => step.outcome === 'failure');
  return {
    code: failing ? failing.code || 1 : 0,
    outputs,
    steps,
    stdout: steps.map((step) => step.stdout).join(''),
  };
}

async function runStep(
  step: ActionStep,
  contexts: Contexts,
  status: StatusFunctions,
  jobEnv: Env,
  actionDir: string,
  temp: string,
) {
  if (step.shell !== 'bash')
    throw new Error(`step ${step.id ?? step.run}: only shell: bash is used by our actions`);
  if (/\$\{\{/.test(step.run!))
    throw new Error(`step ${step.id ?? ''}: an expression inside run: is an injection risk`);
  const stepDir = mkdtempSync(path.join(temp, 'step-'));
  const outputFile = path.join(stepDir, 'output');
  writeFileSync(outputFile, '');
  const script = path.join(stepDir, 'script.sh');
  writeFileSync(script, step.run!);
  const mapped = Object.fromEntries(
    Object.entries(step.env ?? {}).map(([name, value]) => [
      name,
      interpolate(String(value), contexts, status),
    ]),
  );
  const env: Env = {
    ...Object.fromEntries(Object.entries(jobEnv).filter(([name]) => !name.startsWith('INPUT_'))),
    GITHUB_ACTION_PATH: actionDir,
    GITHUB_OUTPUT: outputFile,
    ...mapped,
  };
  // Asynchronous: the loopback GitHub answering this step lives in the same process.
  const child = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    const shell = spawn('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', script], {
      env: env as NodeJS.ProcessEnv,
      cwd: jobEnv.GITHUB_WORKSPACE,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    shell.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    shell.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => shell.kill('SIGKILL'), STEP_TIMEOUT_MS);
    shell.on('error', reject);
    shell.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        code: code ?? 1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
  const code = child.code;
  return {
    step: {
      id: step.id,
      kind: 'run' as const,
      outcome: code === 0 ? ('success' as const) : ('failure' as const),
      code,
      stdout: child.stdout,
      stderr: child.stderr,
      env,
    },
    outputs: readOutputFile(outputFile),
  };
}

function useStep(
  step: ActionStep,
  contexts: Contexts,
  status: StatusFunctions,
  jobEnv: Env,
  standIns: Record<string, StandIn>,
) {
  const name = step.uses!.split('@')[0]!;
  const standIn = standIns[name];
  if (!standIn) throw new Error(`no stand-in for ${step.uses}`);
  const inputs = Object.fromEntries(
    Object.entries(step.with ?? {}).map(([key, value]) => [
      key,
      interpolate(String(value), contexts, status),
    ]),
  );
  const result = standIn(inputs, jobEnv);
  return {
    step: {
      id: step.id,
      kind: 'uses' as const,
      outcome: result.failed ? ('failure' as const) : ('success' as const),
      code: result.failed ? 1 : 0,
      stdout: result.failed ?? '',
      stderr: '',
    },
    outputs: result.outputs ?? {},
  };
}
