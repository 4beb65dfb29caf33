import { GetDetectorCommand, GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import type { CollectEnv } from './collect-env';
import type { Collected } from './collected';

export interface GuardDutyDetector {
  id: string;
  /** `ENABLED` or `DISABLED`. */
  status: Collected<string>;
}

export async function collectGuardDutyDetectors(env: CollectEnv): Promise<GuardDutyDetector[]> {
  const guardduty = env.client(GuardDutyClient);
  const ids = await env.pages('guardduty:ListDetectors', env.region, async (token) => {
    const output = await guardduty.send(
      new ListDetectorsCommand({ MaxResults: 50, ...(token ? { NextToken: token } : {}) }),
    );
    return { items: output.DetectorIds ?? [], next: output.NextToken };
  });
  const detectors: GuardDutyDetector[] = [];
  for (const id of ids) {
    const detector = await env.attempt('guardduty:GetDetector', env.region, () =>
      guardduty.send(new GetDetectorCommand({ DetectorId: id })),
    );
    detectors.push({
      id,
      status: detector.ok ? { ok: true, value: detector.value.Status ?? 'DISABLED' } : detector,
    });
  }
  return detectors;
}
