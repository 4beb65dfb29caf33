import type { ModelNode } from '../model/node';
import type { IacModel } from '../model/iac-model';
import type { Resource } from '../model/resource';
import { encodedDocument } from '../formats/terraform/index';
import { at, entriesOf, isCloudFormation, label, properties } from './aws-resource';
import { parsePolicyDocument, parsePolicyDocumentBlocks, type PolicyDocument } from './iam-policy';
import { referencedBy, scopeOf } from './resource-links';

export type PolicyKind = 'identity' | 'trust' | 'resource';
export type PolicyHolder = 'user' | 'group' | 'role' | 'managed';

export interface PolicyDocumentView {
  /** The resource whose lines hold the statements: the policy's owner, or the policy-document data source it uses. */
  resource: Resource;
  /** The resource the policy belongs to (a role, a bucket policy). */
  owner: Resource;
  kind: PolicyKind;
  /** For resource policies: the service that evaluates them (`s3`, `sqs`, `kms` ...). */
  service?: string;
  /** For identity policies: whom it is granted to. */
  holder?: PolicyHolder;
  document: PolicyDocument;
  /** The argument or property that holds the document, as written: `assume_role_policy`, `Policies[0].PolicyDocument`. */
  name: string;
}

interface Source {
  type: string;
  /** A `*` segment iterates the entries of a list (CloudFormation `Policies`, Terraform `inline_policy` blocks). */
  path: string;
  kind: PolicyKind;
  service?: string;
  holder?: PolicyHolder;
}

const SOURCES: Source[] = [
  { type: 'aws_iam_policy', path: 'policy', kind: 'identity', holder: 'managed' },
  { type: 'aws_iam_role_policy', path: 'policy', kind: 'identity', holder: 'role' },
  { type: 'aws_iam_user_policy', path: 'policy', kind: 'identity', holder: 'user' },
  { type: 'aws_iam_group_policy', path: 'policy', kind: 'identity', holder: 'group' },
  { type: 'aws_iam_role', path: 'inline_policy.*.policy', kind: 'identity', holder: 'role' },
  { type: 'aws_iam_role', path: 'assume_role_policy', kind: 'trust' },
  { type: 'aws_s3_bucket_policy', path: 'policy', kind: 'resource', service: 's3' },
  { type: 'aws_s3_bucket', path: 'policy', kind: 'resource', service: 's3' },
  { type: 'aws_sqs_queue_policy', path: 'policy', kind: 'resource', service: 'sqs' },
  { type: 'aws_sqs_queue', path: 'policy', kind: 'resource', service: 'sqs' },
  { type: 'aws_sns_topic_policy', path: 'policy', kind: 'resource', service: 'sns' },
  { type: 'aws_sns_topic', path: 'policy', kind: 'resource', service: 'sns' },
  { type: 'aws_kms_key', path: 'policy', kind: 'resource', service: 'kms' },
  { type: 'aws_kms_key_policy', path: 'policy', kind: 'resource', service: 'kms' },
  { type: 'aws_ecr_repository_policy', path: 'policy', kind: 'resource', service: 'ecr' },
  { type: 'aws_secretsmanager_secret_policy', path: 'policy', kind: 'resource', service: 'secretsmanager' },
  { type: 'aws_secretsmanager_secret', path: 'policy', kind: 'resource', service: 'secretsmanager' },
  { type: 'aws_efs_file_system_policy', path: 'policy', kind: 'resource', service: 'efs' },
  { type: 'AWS::IAM::Policy', path: 'PolicyDocument', kind: 'identity', holder: 'managed' },
  { type: 'AWS::IAM::ManagedPolicy', path: 'PolicyDocument', kind: 'identity', holder: 'managed' },
  { type: 'AWS::IAM::RolePolicy', path: 'PolicyDocument', kind: 'identity', holder: 'role' },
  { type: 'AWS::IAM::UserPolicy', path: 'PolicyDocument', kind: 'identity', holder: 'user' },
  { type: 'AWS::IAM::GroupPolicy', path: 'PolicyDocument', kind: 'identity', holder: 'group' },
  { type: 'AWS::IAM::Role', path: 'Policies.*.PolicyDocument', kind: 'identity', holder: 'role' },
  { type: 'AWS::IAM::User', path: 'Policies.*.PolicyDocument', kind: 'identity', holder: 'user' },
  { type: 'AWS::IAM::Group', path: 'Policies.*.PolicyDocument', kind: 'identity', holder: 'group' },
  { type: 'AWS::IAM::Role', path: 'AssumeRolePolicyDocument', kind: 'trust' },
  { type: 'AWS::S3::BucketPolicy', path: 'PolicyDocument', kind: 'resource', service: 's3' },
  { type: 'AWS::SQS::QueuePolicy', path: 'PolicyDocument', kind: 'resource', service: 'sqs' },
  { type: 'AWS::SNS::TopicPolicy', path: 'PolicyDocument', kind: 'resource', service: 'sns' },
  { type: 'AWS::KMS::Key', path: 'KeyPolicy', kind: 'resource', service: 'kms' },
  { type: 'AWS::ECR::Repository', path: 'RepositoryPolicyText', kind: 'resource', service: 'ecr' },
  {
    type: 'AWS::SecretsManager::ResourcePolicy',
    path: 'ResourcePolicy',
    kind: 'resource',
    service: 'secretsmanager',
  },
  { type: 'AWS::EFS::FileSystem', path: 'FileSystemPolicy', kind: 'resource', service: 'efs' },
];

export const POLICY_DOCUMENT_DATA_TYPE = 'data.aws_iam_policy_document';

const POLICY_DOCUMENT_DATA_TYPES = [POLICY_DOCUMENT_DATA_TYPE];

/** A source path split once at its `*` segments. */
interface SourcePath {
  head: string;
  tail?: string;
}

const sourcePaths = new Map<string, SourcePath>();

function sourcePath(path: string): SourcePath {
  let parsed = sourcePaths.get(path);
  if (!parsed) {
    const [head, ...rest] = path.split('.*.');
    parsed = rest.length === 0 ? { head: head! } : { head: head!, tail: rest.join('.') };
    sourcePaths.set(path, parsed);
  }
  return parsed;
}

/** Each written value at a source path, with the name to report it by. */
function valuesAt(resource: Resource, path: string): { node: ModelNode; name: string }[] {
  const { head, tail } = sourcePath(path);
  const base = at(properties(resource), head);
  if (tail === undefined) return base ? [{ node: base, name: head }] : [];
  return entriesOf(base).flatMap((entry, index) => {
    const node = at(entry, tail);
    const name = isCloudFormation(resource) ? `${head}[${index}].${tail}` : `${head}.${tail}`;
    return node ? [{ node, name }] : [];
  });
}

/**
 * Every policy document of the scan, with what kind of policy it is, where its
 * statements are written, and whom it applies to. A Terraform policy built by an
 * `aws_iam_policy_document` data source is read from the data source's blocks;
 * one no resource of the scan uses is read on its own. A `jsonencode({...})` policy
 * is read from the structure it encodes, so a statement keeps its own line and
 * stays readable when only a leaf is unknown (`Resource = "${aws_s3_bucket.b.arn}/*"`).
 */
export function policyDocuments(model: IacModel): PolicyDocumentView[] {
  return model.view('aws:policy-documents', () => collect(model));
}

function collect(model: IacModel): PolicyDocumentView[] {
  const views: PolicyDocumentView[] = [];
  // By scope and file, then address: the same document may be reached twice (a data source used by
  // two owners). A module called by several roots has the same file and address in each, so the
  // scope keeps one root's document from hiding another's.
  const byLocation = new Map<string, Map<string, PolicyDocumentView[]>>();
  const usedDataSources = new Set<Resource>();
  const add = (view: PolicyDocumentView) => {
    const location = `${scopeOf(view.resource)}\0${view.resource.file}`;
    let inFile = byLocation.get(location);
    if (!inFile) byLocation.set(location, (inFile = new Map()));
    const known = inFile.get(view.resource.address);
    if (known?.some((other) => sameSlot(other, view))) return;
    if (known) known.push(view);
    else inFile.set(view.resource.address, [view]);
    views.push(view);
  };
  for (const source of SOURCES) {
    for (const owner of model.ofType(source.type)) {
      for (const { node, name } of valuesAt(owner, source.path)) {
        const dataSources = referencedBy(model, owner, source.path, node, POLICY_DOCUMENT_DATA_TYPES);
        for (const dataSource of dataSources) {
          usedDataSources.add(dataSource);
          const document = parsePolicyDocumentBlocks(properties(dataSource));
          if (document) add(sourceView(source, owner, dataSource, name, document));
        }
        if (dataSources.length > 0) continue;
        const document = parsePolicyDocument(encodedDocument(node) ?? node);
        if (document) add(sourceView(source, owner, owner, name, document));
      }
    }
  }
  for (const dataSource of model.ofType(POLICY_DOCUMENT_DATA_TYPE)) {
    if (usedDataSources.has(dataSource)) continue;
    const document = parsePolicyDocumentBlocks(properties(dataSource));
    if (document)
      add({
        resource: dataSource,
        owner: dataSource,
        kind: inferKind(document),
        name: 'statement',
        document,
      });
  }
  for (const file of model.ofFormat('iam-policy')) {
    const document = parsePolicyDocument(file.body);
    if (document)
      add({ resource: file, owner: file, kind: inferKind(document), name: 'Statement', document });
  }
  return views;
}

function sourceView(
  source: Source,
  owner: Resource,
  resource: Resource,
  name: string,
  document: PolicyDocument,
): PolicyDocumentView {
  const base: Omit<PolicyDocumentView, 'resource' | 'document'> = { owner, kind: source.kind, name };
  if (source.service) base.service = source.service;
  if (source.holder) base.holder = source.holder;
  return Object.assign(base, { resource, document });
}

/** Two views of the same resource that read the same property as the same kind of policy. */
function sameSlot(a: PolicyDocumentView, b: PolicyDocumentView): boolean {
  return a.name === b.name && a.kind === b.kind && (a.service ?? '') === (b.service ?? '');
}

/**
 * A document used by nothing in the scan: without principals it is an identity
 * policy; with principals it is a trust policy when it only grants role assumption,
 * else a resource policy.
 */
function inferKind(document: PolicyDocument): PolicyKind {
  const withPrincipal = document.statements.filter(
    (statement) => statement.principal || statement.notPrincipal,
  );
  if (withPrincipal.length === 0) return 'identity';
  const assumesOnly = withPrincipal.every(
    (statement) =>
      statement.action !== undefined &&
      statement.action.values.length > 0 &&
      statement.action.values.every((entry) =>
        /^sts:(AssumeRole|TagSession|SetSourceIdentity)/i.test(entry.value),
      ),
  );
  return assumesOnly ? 'trust' : 'resource';
}

export function identityPolicies(model: IacModel): PolicyDocumentView[] {
  return policyDocuments(model).filter((view) => view.kind === 'identity');
}

/** How a message names a policy: the file, the property of its owner, or the data source and what uses it. */
export function describePolicy(view: PolicyDocumentView): string {
  if (view.resource.format === 'iam-policy') return `policy ${view.resource.file}`;
  if (view.resource !== view.owner)
    return `${view.resource.address} (the ${view.name} of ${label(view.owner)})`;
  if (view.resource.type === POLICY_DOCUMENT_DATA_TYPE) return view.resource.address;
  return `${view.name} of ${label(view.owner)}`;
}
