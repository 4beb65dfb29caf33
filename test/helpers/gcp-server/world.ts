/** One project of the loopback Google Cloud: its API answers by path (no query). */
export interface ProjectSeed {
  projectId: string;
  projectNumber: string;
  name?: string;
  /** `compute/v1/projects/<id>/global/firewalls` -> body (the API's path, no leading slash). A body with one array is a paged list. */
  resources: Record<string, unknown>;
}

/** A misconfiguration a seed plants on purpose: the check that must report it and the resource. */
export interface Expectation {
  check: string;
  resource: string;
}

export interface GcpSeed {
  projects: ProjectSeed[];
  expectations: Expectation[];
}

/** The workload identity provider the loopback STS stands for, with the condition it enforces. */
export interface WorkloadIdentityTrust {
  /** `projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>`. */
  provider: string;
  /** The attribute condition, as the claim it pins: `assertion.repository == '<owner>/<repo>'`. */
  repository: string;
  /** Service accounts the pool identity may impersonate. */
  serviceAccounts: string[];
}

export interface GcpFault {
  path: RegExp;
  status: number;
  reason: string;
  message?: string;
  times?: number;
}

export interface GcpCall {
  method: string;
  path: string;
  /** Which token was presented: the federated one, a service account's, or none. */
  principal?: string;
  status: number;
}

export class GcpWorld {
  readonly calls: GcpCall[] = [];
  readonly exchanges: { subject: string; audience: string }[] = [];
  faults: GcpFault[] = [];

  constructor(
    readonly seed: GcpSeed,
    readonly trust: WorkloadIdentityTrust,
  ) {}

  project(id: string): ProjectSeed | undefined {
    return this.seed.projects.find((project) => project.projectId === id);
  }

  fault(path: string): GcpFault | undefined {
    const fault = this.faults.find((candidate) => candidate.path.test(path) && candidate.times !== 0);
    if (fault && fault.times !== undefined) fault.times--;
    return fault;
  }
}
