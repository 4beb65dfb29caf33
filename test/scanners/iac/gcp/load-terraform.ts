import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IacModel } from '../../../../src/scanners/iac/model/iac-model';
import type { Resource } from '../../../../src/scanners/iac/model/resource';
import { scanIac } from '../../../../src/scanners/iac/scan-iac';

const temporary: string[] = [];

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** Writes the files into a fresh folder and loads them into a model, without rules. */
export function loadFiles(files: Record<string, string>): IacModel {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cloudgate-gcp-'));
  temporary.push(root);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text);
  const { model, report } = scanIac({ root, rules: [], today: new Date('2026-06-01T00:00:00Z') });
  const problems = report.notices.filter((notice) => notice.kind === 'parse-error');
  if (problems.length > 0) throw new Error(`fixture does not parse: ${JSON.stringify(problems)}`);
  return model;
}

export function loadTerraform(text: string): IacModel {
  return loadFiles({ 'main.tf': text });
}

export function resource(model: IacModel, address: string): Resource {
  const found = model.resources.find((candidate) => candidate.address === address);
  if (!found)
    throw new Error(`no resource ${address}; have ${model.resources.map((r) => r.address).join(', ')}`);
  return found;
}
