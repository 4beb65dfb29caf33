import path from 'node:path';
import { evaluateGate, type GateResult } from '../gate';
import type { Report } from '../report';
import { SEVERITIES } from '../severity';
import { runUrl, tokenIsReadOnly, type GitHubContext } from './context';
import type { GitRunner } from './git';
import { createGitHubClient } from './octokit';
import { publishReport } from './publish';
import type { PublishResult, PublishTarget, PullRequestTarget } from './publish-types';
import type { ReportingInputs } from './reporting-inputs';
import { writeRunContext } from './run-context';
import type { RunnerIO } from './runner-io';

export interface GateAndPublishInput {
  report: Report;
  inputs: ReportingInputs;
  context: GitHubContext;
  io: RunnerIO;
  title: string;
  baseFingerprints?: ReadonlySet<string>;
  /** The pull request to report on, when it is not the run's own (the report action in a workflow_run). */
  pullRequest?: PullRequestTarget;
  /** Leave the pull request and code scanning alone (a shard: the report action publishes for all). */
  skipPublishing?: string;
  commitStatus?: boolean;
  git?: GitRunner;
  fileLines?: (path: string) => string[] | undefined;
  /** A scanner's section below the report in the summary comment and the job summary (see PublishSettings). */
  appendix?: string;
}

/**
 * Decides the gate, publishes the report, saves the run context beside it (for the report action) and
 * sets the step's outputs; shared by every action.
 */
export async function gateAndPublish(
  input: GateAndPublishInput,
): Promise<{ gate: GateResult; published: PublishResult }> {
  const { report, inputs, context, io } = input;
  const gate = evaluateGate(report, {
    failOn: inputs.failOn,
    scope: inputs.scope,
    ...(input.baseFingerprints ? { baseFingerprints: input.baseFingerprints } : {}),
  });
  if (inputs.token) io.mask(inputs.token);
  const client = inputs.token
    ? createGitHubClient({ token: inputs.token, apiUrl: context.apiUrl, log: io.log })
    : undefined;
  const published = await publishReport(
    {
      report,
      gate,
      settings: {
        title: input.title,
        comment: input.skipPublishing ? 'none' : inputs.comment,
        sarifUpload: input.skipPublishing ? false : inputs.sarifUpload,
        category: inputs.category,
        maxComments: inputs.maxComments,
        waitForProcessingSeconds: inputs.waitForProcessingSeconds,
        outputDir: inputs.outputDir,
        commitStatus: input.commitStatus === true && !input.skipPublishing,
        ...(input.appendix ? { appendix: input.appendix } : {}),
      },
      target: publishTarget(context, input.pullRequest),
    },
    {
      io,
      ...(client ? { client } : {}),
      ...(input.git ? { git: input.git } : {}),
      ...(input.fileLines ? { fileLines: input.fileLines } : {}),
    },
  );
  if (input.skipPublishing) io.log.info(input.skipPublishing);
  const pull = input.pullRequest ?? context.pullRequest;
  writeRunContext(inputs.outputDir, {
    repository: `${context.repository.owner}/${context.repository.repo}`,
    ...(pull ? { pullRequest: { number: pull.number, headSha: pull.headSha, baseSha: pull.baseSha } } : {}),
    ...(input.baseFingerprints ? { baseFingerprints: [...input.baseFingerprints].sort() } : {}),
  });
  setOutputs(io, gate, published);
  return { gate, published };
}

/** Where results of this run belong: the commit and ref for code scanning, the pull request, the token's reach. */
export function publishTarget(context: GitHubContext, pullRequest?: PullRequestTarget): PublishTarget {
  const { owner, repo } = context.repository;
  const pull = pullRequest ?? context.pullRequest;
  const ownRun = pullRequest === undefined && context.eventName === 'pull_request';
  const readOnly = pullRequest === undefined && tokenIsReadOnly(context);
  return {
    owner,
    repo,
    // A pull_request run analyses the merge commit on refs/pull/N/merge; anything reporting on a pull
    // request from elsewhere (workflow_run, pull_request_target) analyses its head.
    commitSha: pull && !ownRun ? pull.headSha : context.sha,
    ref: pull && !ownRun ? `refs/pull/${pull.number}/head` : context.ref,
    ...(pull ? { pullRequest: { number: pull.number, headSha: pull.headSha, baseSha: pull.baseSha } } : {}),
    ...(readOnly
      ? {
          readOnlyReason:
            context.actor === 'dependabot[bot]'
              ? 'Dependabot pull requests get a read-only token'
              : 'This pull request comes from a fork, so GitHub gave its workflow a read-only token',
        }
      : {}),
    checkoutUri: `file://${context.workspace}`,
    runUrl: runUrl(context),
    repositoryUrl: `${context.serverUrl}/${owner}/${repo}`,
  };
}

function setOutputs(io: RunnerIO, gate: GateResult, published: PublishResult): void {
  for (const severity of SEVERITIES) io.setOutput(severity, String(gate.counts[severity]));
  io.setOutput('total', String(SEVERITIES.reduce((sum, severity) => sum + gate.counts[severity], 0)));
  io.setOutput('blocking', String(gate.blocking.length));
  io.setOutput('gate', gate.passed ? 'passed' : 'failed');
  io.setOutput('sarif-file', published.sarifFile);
  io.setOutput('report-file', published.reportFile);
  io.setOutput('output-dir', path.dirname(published.reportFile));
  io.setOutput('sarif-id', published.sarifId ?? '');
}
