import { datasetAccessGrants, storageAclGrants } from '../../../../src/scanners/iac/gcp/acl-grants';
import { hierarchyGrants, iamGrants, type Grant } from '../../../../src/scanners/iac/gcp/iam-bindings';
import { isDefaultServiceAccountEmail, memberKind } from '../../../../src/scanners/iac/gcp/iam-members';
import { loadTerraform } from './load-terraform';

function summary(grant: Grant): string {
  const line = grant.member.node.keyRange?.startLine ?? grant.member.node.range.startLine;
  return `${grant.scope} ${grant.mechanism} ${String(grant.role)} ${grant.member.text ?? `<${grant.member.kind}>`} cond=${String(grant.conditional)} @${grant.resource.address}:${line}`;
}

describe('iamGrants', () => {
  const model = loadTerraform(`
variable "member" {
  type = string
}

resource "google_service_account" "ci" {
  account_id = "ci"
}

resource "google_project_iam_member" "owner" {
  project = "acme"
  role    = "roles/owner"
  member  = "serviceAccount:\${google_service_account.ci.email}"
}

resource "google_project_iam_binding" "viewers" {
  project = "acme"
  role    = "roles/viewer"
  members = ["group:auditors@acme.example", var.member]
}

resource "google_project_iam_member" "seed" {
  project = "acme"
  role    = "projects/acme/roles/limitedStorageReader"
  member  = "serviceAccount:reader@acme.iam.gserviceaccount.com"
  condition {
    title      = "allowed-bucket"
    expression = "resource.name.startsWith(\\"projects/_/buckets/allowed-bucket\\")"
  }
}

data "google_iam_policy" "folder" {
  binding {
    role    = "roles/editor"
    members = ["user:jane@acme.example"]
  }
}

resource "google_folder_iam_policy" "folder" {
  folder      = "folders/42"
  policy_data = data.google_iam_policy.folder.policy_data
}

data "google_iam_policy" "unused" {
  binding {
    role    = "roles/pubsub.viewer"
    members = ["allUsers"]
  }
}

resource "google_storage_bucket_iam_policy" "inline" {
  bucket      = "acme-data"
  policy_data = jsonencode({ bindings = [{ role = "roles/storage.objectViewer", members = ["allAuthenticatedUsers"] }] })
}
`);
  const grants = iamGrants(model).map(summary).sort();

  it('resolves members, bindings, data-source policies and inline JSON policies', () => {
    expect(grants).toEqual(
      [
        'project member roles/owner <serviceAccount> cond=false @google_project_iam_member.owner:13',
        'project binding roles/viewer group:auditors@acme.example cond=false @google_project_iam_binding.viewers:19',
        'project binding roles/viewer <unknown> cond=false @google_project_iam_binding.viewers:19',
        'project member projects/acme/roles/limitedStorageReader serviceAccount:reader@acme.iam.gserviceaccount.com cond=true @google_project_iam_member.seed:25',
        'folder policy roles/editor user:jane@acme.example cond=false @data.google_iam_policy.folder:35',
        'unattached policy roles/pubsub.viewer allUsers cond=false @data.google_iam_policy.unused:47',
        'bucket policy roles/storage.objectViewer allAuthenticatedUsers cond=false @google_storage_bucket_iam_policy.inline:53',
      ].sort(),
    );
  });

  it('keeps project, folder and organization grants apart from resource grants', () => {
    expect(
      hierarchyGrants(model)
        .map((grant) => grant.scope)
        .sort(),
    ).toEqual(['folder', 'project', 'project', 'project', 'project']);
  });

  it('names the policy resource that applies a data source binding', () => {
    const folderGrant = iamGrants(model).find((grant) => grant.scope === 'folder');
    expect(folderGrant?.via?.address).toBe('google_folder_iam_policy.folder');
  });
});

describe('ACL and dataset access grants', () => {
  const model = loadTerraform(`
resource "google_storage_bucket_acl" "legacy" {
  bucket      = "acme-legacy"
  role_entity = ["OWNER:user-admin@acme.example", "READER:allUsers"]
}

resource "google_storage_object_acl" "report" {
  bucket         = "acme-legacy"
  object         = "report.pdf"
  predefined_acl = "authenticatedRead"
}

resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  access {
    role          = "READER"
    special_group = "allAuthenticatedUsers"
  }
  access {
    role          = "WRITER"
    user_by_email = "etl@acme.iam.gserviceaccount.com"
  }
}
`);

  it('reads role entities and predefined ACLs as members', () => {
    expect(
      storageAclGrants(model)
        .map((grant) => `${String(grant.role)} ${grant.member.kind} ${grant.member.text}`)
        .sort(),
    ).toEqual([
      'OWNER user user-admin@acme.example',
      'READER allUsers allUsers',
      'authenticatedRead allAuthenticatedUsers allAuthenticatedUsers',
    ]);
  });

  it('reads dataset access entries, telling service accounts from users by their address', () => {
    expect(
      datasetAccessGrants(model)
        .map((grant) => `${String(grant.role)} ${grant.member.kind}`)
        .sort(),
    ).toEqual(['READER allAuthenticatedUsers', 'WRITER serviceAccount']);
  });
});

describe('members', () => {
  it('classifies IAM member prefixes, deleted principals included', () => {
    expect(
      [
        'allUsers',
        'user:a@b.c',
        'deleted:serviceAccount:x@y.iam.gserviceaccount.com?uid=1',
        'principalSet://iam.googleapis.com/x',
        'projectOwner:acme',
        'weird',
      ].map(memberKind),
    ).toEqual(['allUsers', 'user', 'serviceAccount', 'principalSet', 'convenience', 'other']);
  });

  it('recognises the Compute Engine and App Engine default service accounts', () => {
    expect(
      isDefaultServiceAccountEmail('serviceAccount:123456789012-compute@developer.gserviceaccount.com'),
    ).toBe(true);
    expect(isDefaultServiceAccountEmail('acme-prod@appspot.gserviceaccount.com')).toBe(true);
    expect(isDefaultServiceAccountEmail('ci@acme-prod.iam.gserviceaccount.com')).toBe(false);
  });
});

describe('inline policy documents', () => {
  const model = loadTerraform(`
resource "google_service_account" "ci" {
  account_id = "ci"
}

resource "google_project_iam_policy" "project" {
  project = "acme"
  policy_data = jsonencode({
    bindings = [
      {
        role    = "roles/owner"
        members = [
          "user:jane@acme.example",
          google_service_account.ci.member,
        ]
      },
      {
        role      = "roles/viewer"
        members   = ["group:all@acme.example"]
        condition = { title = "weekdays", expression = "request.time.getDayOfWeek() < 5" }
      },
    ]
  })
}
`);

  it('gives every member of a jsonencode document its own line, also when it is known only at apply time', () => {
    expect(iamGrants(model).map(summary)).toEqual([
      'project policy roles/owner user:jane@acme.example cond=false @google_project_iam_policy.project:13',
      'project policy roles/owner <serviceAccount> cond=false @google_project_iam_policy.project:14',
      'project policy roles/viewer group:all@acme.example cond=true @google_project_iam_policy.project:19',
    ]);
  });
});
