import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ArtifactStore } from './artifact-store';
import { actionCheckout } from './bundles';
import { runComposite, type CompositeResult, type Env, type StandIn } from './composite-runner';
import { workflowCommands, type WorkflowCommand } from './runner-files';

export interface ActionRun extends CompositeResult {
  summary: string;
  commands: WorkflowCommand[];
  /** The env each run: step got, to check that no INPUT_* leaked in. */
  stepEnvs: Env[];
}

/**
 * Runs one of our composite actions (`.` for the root action.yml, or `actions/<name>`) from a checkout of
 * the action with freshly built bundles, in the given job environment.
 */
export async function useAction(
  action: string,
  withInputs: Record<string, string>,
  jobEnv: Env,
  options: { token: string; store?: ArtifactStore; standIns?: Record<string, StandIn> },
): Promise<ActionRun> {
  const checkout = actionCheckout();
  const store = options.store ?? new ArtifactStore(path.join(jobEnv.RUNNER_TEMP!, 'artifacts'));
  const standIns = { ...store.standIns(), ...options.standIns };
  const result = await runComposite(path.join(checkout, action), withInputs, jobEnv, standIns, {
    temp: jobEnv.RUNNER_TEMP!,
    token: options.token,
  });
  return {
    ...result,
    summary: readFileSync(jobEnv.GITHUB_STEP_SUMMARY!, 'utf8'),
    commands: workflowCommands(result.stdout),
    stepEnvs: result.steps.filter((step) => step.env).map((step) => step.env!),
  };
}
