import type { Notice } from '../../../../core/notice';
import type { IacModel } from '../../../iac/model/iac-model';
import type { Resource } from '../../../iac/model/resource';
import type { StateResource } from './state-json';

/** A Terraform resource of the project: its HCL declaration, and what the state last recorded for it. */
export interface DeclaredResource {
  type: string;
  address: string;
  /** The declaration in the code; every drift finding on this resource points into it. */
  source: Resource;
  /** Last applied values; undefined when there is no state or the resource was never applied. Sensitive. */
  state?: Record<string, unknown>;
}

/** What a Terraform project declares, ready to compare with a live account. Built by `readDeclaredInfrastructure`. */
export interface DeclaredInfrastructure {
  /** Resources of the code (format `terraform`) of the platform read (AWS by default), in address order. */
  resources: DeclaredResource[];
  /** Managed resources the state knows that the code does not show (a module that was not downloaded). */
  stateOnly: StateResource[];
  /** The model the resources come from, for references between them and for line texts. */
  model: IacModel;
  /** Whether a state (or plan) was given: then a resource missing from it is one not applied yet. */
  hasState: boolean;
  /** The AWS account, Google Cloud project or Azure subscription the state names, when it names exactly one. */
  account?: string;
  /** Why the code may not show every managed resource (parse errors, modules not read); unmanaged is then not assessed. */
  incomplete?: string;
  /** Problems met while reading the code (parse errors, skipped modules), relative to the root. */
  notices: Notice[];
}
