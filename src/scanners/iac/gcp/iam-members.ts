import type { ModelNode } from '../model/node';
import { readText } from './gcp-settings';
import { referencesIn } from './references';

/** Who a member string names, by its IAM prefix. */
export type MemberKind =
  | 'allUsers'
  | 'allAuthenticatedUsers'
  | 'user'
  | 'serviceAccount'
  | 'group'
  | 'domain'
  | 'principal'
  | 'principalSet'
  | 'convenience'
  | 'other';

export interface Member {
  /** The member as written; undefined when only known at apply time. */
  text?: string;
  /** 'unknown' when the value is known only at apply time and its source does not tell. */
  kind: MemberKind | 'unknown';
  node: ModelNode;
}

const PREFIXES: [string, MemberKind][] = [
  ['user:', 'user'],
  ['serviceAccount:', 'serviceAccount'],
  ['group:', 'group'],
  ['domain:', 'domain'],
  ['principal://', 'principal'],
  ['principalSet://', 'principalSet'],
  ['projectOwner:', 'convenience'],
  ['projectEditor:', 'convenience'],
  ['projectViewer:', 'convenience'],
];

export function memberKind(text: string): MemberKind {
  const value = text.trim();
  if (value === 'allUsers') return 'allUsers';
  if (value === 'allAuthenticatedUsers') return 'allAuthenticatedUsers';
  // A deleted principal keeps its kind: `deleted:serviceAccount:...?uid=...`.
  const bare = value.startsWith('deleted:') ? value.slice('deleted:'.length) : value;
  return PREFIXES.find(([prefix]) => bare.startsWith(prefix))?.[1] ?? 'other';
}

/**
 * A member value: written out, or computed from a `google_service_account`
 * (its `email` or `member` attribute), which makes it a service account even
 * though the exact address is only known at apply time.
 */
export function readMember(node: ModelNode): Member {
  const text = readText(node);
  if (text !== undefined && text !== 'unknown') return { text, kind: memberKind(text), node };
  const fromServiceAccount = referencesIn(node).some((reference) =>
    /(^|\.)google_service_account\.[\w-]+(\[[^\]]*\])?$/.test(reference),
  );
  return { kind: fromServiceAccount ? 'serviceAccount' : 'unknown', node };
}

export function isPublicMember(member: Member): boolean {
  return member.kind === 'allUsers' || member.kind === 'allAuthenticatedUsers';
}

/** A person or a workload identity, as opposed to a group, a domain or everyone. */
export function isIndividual(member: Member): boolean {
  return member.kind === 'user' || member.kind === 'serviceAccount';
}

/**
 * The Compute Engine default service account (`<number>-compute@developer...`) and
 * the App Engine default service account (`<project>@appspot...`): created with the
 * project, shared by every workload that does not name its own.
 */
export function isDefaultServiceAccountEmail(email: string): boolean {
  const address = email.replace(/^(deleted:)?serviceAccount:/, '').replace(/\?uid=.*$/, '');
  return (
    /^\d+-compute@developer\.gserviceaccount\.com$/.test(address) ||
    /@appspot\.gserviceaccount\.com$/.test(address)
  );
}

/** Google-managed service agents act for GCP services; their grants come with the service, not from the user. */
export function isServiceAgent(text: string): boolean {
  const address = text.replace(/^serviceAccount:/, '');
  return /^service-\d+@/.test(address) || /@(cloudservices|cloudbuild)\.gserviceaccount\.com$/.test(address);
}

/** How a message names a member. */
export function describeMember(member: Member): string {
  if (member.text !== undefined) return member.text;
  return member.kind === 'serviceAccount'
    ? 'a service account created in this configuration'
    : 'a member known at apply time';
}
