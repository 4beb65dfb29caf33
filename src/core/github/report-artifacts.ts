import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors';
import type { Report } from '../report';
import { parseReportJson } from '../report-json';
import { parseRunContext, RUN_CONTEXT_FILE, type RunContext } from './run-context';
import { REPORT_FILE } from './write-outputs';

/** Artifacts of other jobs are untrusted: bounded in size, count and depth, and never followed through links. */
export const MAX_ARTIFACT_REPORT_BYTES = 32 * 1024 * 1024;
const MAX_FILES = 1000;
const MAX_DEPTH = 4;

export interface ArtifactReport {
  source: string;
  report: Report;
  context?: RunContext;
}

/**
 * The reports (and context files) that scan jobs saved as artifacts, as actions/download-artifact laid
 * them out (one folder per artifact). Each is validated strictly; one bad file refuses the lot.
 */
export function readArtifactReports(folder: string): ArtifactReport[] {
  const files = existsSync(folder) ? listFiles(folder) : [];
  const reports = files.filter((file) => path.basename(file) === REPORT_FILE);
  if (reports.length === 0) {
    throw new UserError(
      `no ${REPORT_FILE} found under ${folder}`,
      "Save each scan job's output-dir as an artifact (the iac action's artifact-name input does it) and download them into reports-path.",
    );
  }
  return reports.map((file) => {
    const source = path.relative(folder, file) || REPORT_FILE;
    const report = parseReportJson(readFileSync(file, 'utf8'), {
      maxBytes: MAX_ARTIFACT_REPORT_BYTES,
      source,
    });
    const contextFile = path.join(path.dirname(file), RUN_CONTEXT_FILE);
    const context = files.includes(contextFile)
      ? parseRunContext(readFileSync(contextFile, 'utf8'), path.relative(folder, contextFile))
      : undefined;
    return { source, report, ...(context ? { context } : {}) };
  });
}

function listFiles(folder: string): string[] {
  const found: string[] = [];
  const visit = (dir: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      throw new UserError(`cannot read the reports folder ${dir}: ${(error as Error).message}`);
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (lstatSync(full).isSymbolicLink()) continue;
      if (entry.isDirectory() && depth < MAX_DEPTH) visit(full, depth + 1);
      else if (entry.isFile() && (entry.name === REPORT_FILE || entry.name === RUN_CONTEXT_FILE))
        found.push(full);
      if (found.length > MAX_FILES)
        throw new UserError(`more than ${MAX_FILES} report files under ${folder}`);
    }
  };
  visit(folder, 0);
  return found;
}

/** The pull request the artifacts were made for: every artifact must name the same one. */
export function agreedPullRequest(
  artifacts: ArtifactReport[],
  repository: string,
): RunContext['pullRequest'] {
  const pulls = new Set<string>();
  let agreed: RunContext['pullRequest'];
  for (const { context, source } of artifacts) {
    if (!context) continue;
    if (context.repository.toLowerCase() !== repository.toLowerCase()) {
      throw new UserError(
        `${source} was made for ${context.repository}, not ${repository}: refusing to publish it`,
      );
    }
    if (context.pullRequest) {
      pulls.add(JSON.stringify(context.pullRequest));
      agreed = context.pullRequest;
    }
  }
  if (pulls.size > 1)
    throw new UserError(
      'the artifacts name different pull requests or commits: refusing to publish them together',
    );
  return agreed;
}

/** Base fingerprints of all shards, for fail-on-scope new; undefined when no artifact carries any. */
export function mergedBaseFingerprints(artifacts: ArtifactReport[]): Set<string> | undefined {
  const lists = artifacts
    .map((artifact) => artifact.context?.baseFingerprints)
    .filter((list): list is string[] => list !== undefined);
  return lists.length > 0 ? new Set(lists.flat()) : undefined;
}
