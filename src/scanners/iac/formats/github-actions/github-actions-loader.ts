import type { FileInput, FormatLoader, LoadSink } from '../format-loader';
import { child, entries, str, type MapNode, type ModelNode } from '../../model/node';
import { reportYamlErrors } from '../yaml-files';
import { triggerNames } from './workflows';

const WORKFLOW_PATH = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i;
const ACTION_NAME = /^action\.ya?ml$/i;

export function isWorkflowPath(path: string): boolean {
  return WORKFLOW_PATH.test(path);
}

/**
 * Workflows under .github/workflows, action metadata files (action.yml anywhere), and YAML elsewhere
 * that has the shape of either (example workflows, templates): a top-level `on` and `jobs`, or `runs.using`.
 */
export const githubActionsLoader: FormatLoader = {
  format: 'github-actions',
  accepts(file) {
    if (isWorkflowPath(file.path) || ACTION_NAME.test(file.basename)) return true;
    if (!['yml', 'yaml'].includes(file.extension)) return false;
    return (
      (/^jobs\s*:/m.test(file.text) && /^["']?on["']?\s*:/m.test(file.text)) ||
      (/^runs\s*:/m.test(file.text) && /\busing\s*:/.test(file.text))
    );
  },
  load(file: FileInput, sink: LoadSink): boolean {
    const parsed = file.yaml();
    const root = parsed.documents[0]?.root;
    const byPath = isWorkflowPath(file.path) || ACTION_NAME.test(file.basename);
    const kind = root?.kind === 'map' ? shapeOf(root, isWorkflowPath(file.path)) : undefined;
    if (!kind || !root || root.kind !== 'map') {
      if (!byPath) return false;
      reportYamlErrors(file, parsed, sink);
      if (parsed.errors.length === 0) {
        const what = isWorkflowPath(file.path)
          ? 'a workflow without `on` and `jobs`'
          : 'an action without `runs.using`';
        sink.addNotice({ kind: 'skipped', path: file.path, message: `${what}; not scanned` });
      }
      return true;
    }
    reportYamlErrors(file, parsed, sink);
    if (kind === 'action') addAction(file, root, sink);
    else addWorkflow(file, root, sink);
    return true;
  },
};

function shapeOf(root: MapNode, underWorkflows: boolean): 'workflow' | 'action' | undefined {
  if (child(root, 'runs')?.kind === 'map' && child(root, 'runs.using')) return 'action';
  const jobs = child(root, 'jobs');
  if (jobs?.kind === 'map' && (underWorkflows || root.entries.has('on'))) return 'workflow';
  return undefined;
}

function addWorkflow(file: FileInput, root: MapNode, sink: LoadSink): void {
  const stem = file.basename.replace(/\.ya?ml$/i, '');
  const triggers = triggerNames(child(root, 'on')).join(',');
  const workflowAddress = `workflow:${stem}`;
  sink.addResource({
    type: 'github-workflow',
    address: workflowAddress,
    platform: 'github-actions',
    format: 'github-actions',
    file: file.path,
    range: root.range,
    body: root,
    meta: { workflow: stem, name: str(child(root, 'name')), triggers },
  });
  for (const [jobId, job] of entries(child(root, 'jobs'))) {
    if (job.kind !== 'map') continue;
    sink.addResource({
      type: 'github-workflow-job',
      address: `${workflowAddress}/job:${jobId}`,
      platform: 'github-actions',
      format: 'github-actions',
      file: file.path,
      range: jobRange(job),
      body: job,
      meta: { workflow: stem, job: jobId, triggers },
    });
  }
}

function addAction(file: FileInput, root: MapNode, sink: LoadSink): void {
  const folder = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/')) : '.';
  sink.addResource({
    type: 'github-action',
    address: `action:${folder}`,
    platform: 'github-actions',
    format: 'github-actions',
    file: file.path,
    range: root.range,
    body: root,
    meta: { name: str(child(root, 'name')), using: str(child(root, 'runs.using')) },
  });
}

/** From the job's key line, so suppressions written above `build:` apply to the whole job. */
function jobRange(job: ModelNode): ModelNode['range'] {
  const key = job.keyRange;
  return key ? { ...job.range, startLine: key.startLine, startColumn: key.startColumn } : job.range;
}
