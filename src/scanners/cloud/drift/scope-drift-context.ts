import type { Collected } from '../collectors/aws/collected';
import type { DeclaredInfrastructure } from './declared/declared-infrastructure';
import { DriftRecorder, type DriftRuleSet } from './drift-recorder';

/** The datasets of one Google Cloud project or Azure subscription, as the audit collected them. */
export type ScopeDatasets<D> = ReadonlyMap<keyof D & string, Collected<unknown>>;

/** What the comparators see of one project or subscription, and where their results go. */
export class ScopeDriftContext<D> extends DriftRecorder {
  constructor(
    declared: DeclaredInfrastructure,
    private readonly datasets: ScopeDatasets<D>,
    target: { provider: 'gcp' | 'azure'; scope: string; rules: DriftRuleSet },
  ) {
    super(declared, { ...target, scopeLabel: target.provider === 'gcp' ? 'project' : 'subscription' });
  }

  /** A dataset; undefined when it was not collected, or (with a notice naming `what`) when it failed. */
  data<K extends keyof D & string>(key: K, what: string): D[K] | undefined {
    const value = this.datasets.get(key);
    if (!value) return undefined;
    if (value.ok) return value.value as D[K];
    this.notAssessed(this.rules.settingChanged, `${what} in ${this.where}`, value.reason);
    return undefined;
  }

  /** A per-item value (one bucket's policy, one server's firewall rules), or undefined after a notice. */
  use<T>(value: Collected<T> | undefined, what: string): T | undefined {
    if (!value) return undefined;
    if (value.ok) return value.value;
    this.notAssessed(this.rules.settingChanged, `${what} in ${this.where}`, value.reason);
    return undefined;
  }
}

/** The comparison of one kind of Terraform resource of a project or subscription with its live counterpart. */
export interface ScopeDriftKind<D> {
  /** The Terraform types it compares; its datasets are collected only when the project declares one. */
  types: readonly string[];
  needs: readonly (keyof D & string)[];
  compare(context: ScopeDriftContext<D>): void;
}

/** The kinds of `all` the project declares. */
export function kindsDeclared<K extends { types: readonly string[] }>(
  declared: DeclaredInfrastructure,
  all: readonly K[],
): K[] {
  const types = new Set(declared.resources.map((resource) => resource.type));
  return all.filter((kind) => kind.types.some((type) => types.has(type)));
}
