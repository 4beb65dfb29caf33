import { cisKubernetes } from './cis-kubernetes';
import { cisAws } from './cis-aws';
import { cisAws4 } from './cis-aws-4';
import { cisDocker } from './cis-docker';
import { cisGcp } from './cis-gcp';
import { cisAzure } from './cis-azure';
import { nist80053 } from './nist-800-53';
import { soc2 } from './soc2';
import { pciDss } from './pci-dss';
import { hipaa } from './hipaa';

export interface Framework {
  id: string;
  name: string;
  version: string;
  /** Control id -> title. Only the controls a rule maps to need to be listed. */
  controls: Record<string, string>;
}

export const FRAMEWORKS = {
  'cis-kubernetes-1.9': cisKubernetes,
  'cis-aws-3.0': cisAws,
  'cis-aws-4.0.1': cisAws4,
  'cis-docker-1.6': cisDocker,
  'cis-gcp-3.0': cisGcp,
  'cis-azure-3.0': cisAzure,
  'nist-800-53-r5': nist80053,
  'soc2-2017': soc2,
  'pci-dss-4.0': pciDss,
  'hipaa-security-rule': hipaa,
} satisfies Record<string, Framework>;

export type FrameworkId = keyof typeof FRAMEWORKS;

export function isFrameworkId(value: string): value is FrameworkId {
  return Object.hasOwn(FRAMEWORKS, value);
}

export function frameworkLabel(id: FrameworkId): string {
  const framework = FRAMEWORKS[id];
  return `${framework.name} ${framework.version}`;
}
