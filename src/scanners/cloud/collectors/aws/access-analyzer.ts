import {
  AccessAnalyzerClient,
  ListAnalyzersCommand,
  type AnalyzerSummary,
} from '@aws-sdk/client-accessanalyzer';
import type { CollectEnv } from './collect-env';

export function collectAnalyzers(env: CollectEnv): Promise<AnalyzerSummary[]> {
  const analyzer = env.client(AccessAnalyzerClient);
  return env.pages('access-analyzer:ListAnalyzers', env.region, async (token) => {
    const output = await analyzer.send(
      new ListAnalyzersCommand({ maxResults: 100, ...(token ? { nextToken: token } : {}) }),
    );
    return { items: output.analyzers ?? [], next: output.nextToken };
  });
}
