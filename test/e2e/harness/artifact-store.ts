import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { StandIn } from './composite-runner';

/**
 * Stand-ins for actions/upload-artifact and actions/download-artifact (they need GitHub's artifact
 * service, which cannot run here): artifacts are folders under store/<run id>/<name>, laid out the way
 * download-artifact lays them out (one folder per artifact when several match a pattern).
 */
export class ArtifactStore {
  constructor(readonly root: string) {
    mkdirSync(root, { recursive: true });
  }

  folder(runId: string, name: string): string {
    return path.join(this.root, runId, name);
  }

  names(runId: string): string[] {
    const dir = path.join(this.root, runId);
    return existsSync(dir) ? readdirSync(dir).sort() : [];
  }

  standIns(): Record<string, StandIn> {
    return { 'actions/upload-artifact': this.upload, 'actions/download-artifact': this.download };
  }

  private readonly upload: StandIn = (inputs, env) => {
    const source = inputs.path ?? '';
    if (!inputs.name || !existsSync(source) || readdirSync(source).length === 0) {
      return inputs['if-no-files-found'] === 'error'
        ? { failed: `No files were found with the provided path: ${source}` }
        : {};
    }
    const target = this.folder(env.GITHUB_RUN_ID ?? '0', inputs.name);
    if (existsSync(target)) return { failed: `an artifact named ${inputs.name} already exists in this run` };
    cpSync(source, target, { recursive: true });
    return { outputs: { 'artifact-id': String(Date.now()) } };
  };

  private readonly download: StandIn = (inputs, env) => {
    const runId = inputs['run-id'] || env.GITHUB_RUN_ID || '0';
    if (inputs['run-id'] && !inputs['github-token']) return { failed: 'run-id needs github-token' };
    const pattern = new RegExp(
      `^${(inputs.pattern ?? '*')
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
    );
    const target = inputs.path ?? '';
    for (const name of this.names(runId).filter((candidate) => pattern.test(candidate))) {
      cpSync(this.folder(runId, name), path.join(target, name), { recursive: true });
    }
    return { outputs: { 'download-path': target } };
  };
}
