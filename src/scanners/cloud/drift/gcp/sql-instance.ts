import type { sqladmin_v1 } from '@googleapis/sqladmin/build/v1';
import { sourcesCover } from '../address-ranges';
import { identityOf, matchLive, type LiveCandidate } from '../matcher';
import { compareSet, fieldList } from '../set-diff';
import { asBoolean, BOOLEAN_STRICTNESS, compareSettings, type SettingSpec } from '../settings';
import { reportUnmanaged } from '../unmanaged';
import { projectDeclarations, type GcpDriftKind } from './gcp-drift-kind';

type Instance = sqladmin_v1.Schema$DatabaseInstance;

const TYPE = 'google_sql_database_instance';
const IP = 'settings.0.ip_configuration.0';
const SSL_MODES = [
  'ALLOW_UNENCRYPTED_AND_ENCRYPTED',
  'ENCRYPTED_ONLY',
  'TRUSTED_CLIENT_CERTIFICATE_REQUIRED',
];

function candidates(instances: readonly Instance[], project: string): LiveCandidate<Instance>[] {
  return instances.flatMap((instance) =>
    instance.name
      ? [
          {
            item: instance,
            ids: [instance.name, `projects/${project}/instances/${instance.name}`],
            name: instance.name,
            ...(instance.region ? { region: instance.region } : {}),
          },
        ]
      : [],
  );
}

function instanceSpecs(instance: Instance): SettingSpec[] {
  const ip = instance.settings?.ipConfiguration;
  return [
    {
      path: `${IP}.ssl_mode`,
      live: ip?.sslMode ?? undefined,
      strictness: (value) => SSL_MODES.indexOf(String(value)),
    },
    {
      path: `${IP}.require_ssl`,
      live: ip?.requireSsl ?? undefined,
      normalise: asBoolean,
      strictness: BOOLEAN_STRICTNESS,
    },
    {
      path: `${IP}.ipv4_enabled`,
      default: true,
      live: ip?.ipv4Enabled ?? undefined,
      normalise: asBoolean,
      strictness: (value) => (value === false ? 1 : 0),
    },
    {
      path: 'settings.0.backup_configuration.0.enabled',
      default: false,
      live: instance.settings?.backupConfiguration?.enabled ?? false,
      normalise: asBoolean,
      strictness: BOOLEAN_STRICTNESS,
    },
  ];
}

export const sqlInstanceKind: GcpDriftKind = {
  types: [TYPE],
  needs: ['sqlInstances'],
  compare(context) {
    const declarations = projectDeclarations(context, TYPE);
    if (declarations.length === 0) return;
    const instances = context.data('sqlInstances', 'Cloud SQL instances');
    if (!instances) return;
    const all = candidates(instances, context.account);
    const matches = declarations.map((resource) => ({
      resource,
      result: matchLive(identityOf(resource, { ids: ['name', 'id'], name: 'name' }), all),
    }));
    for (const { resource, result } of matches) {
      if (result.kind === 'missing')
        context.missing(
          resource,
          `declares Cloud SQL instance ${result.by}, which does not exist in ${context.where} (deleted outside Terraform, or never applied).`,
          false,
        );
      if (result.kind !== 'matched') continue;
      const instance = result.candidate.item;
      const diffs = compareSettings(resource, instanceSpecs(instance));
      const networks = compareSet(resource, {
        path: `${IP}.authorized_networks`,
        label: 'authorized_networks',
        entries: (value) => fieldList(value, 'value'),
        live: (instance.settings?.ipConfiguration?.authorizedNetworks ?? []).flatMap((network) =>
          network.value ? [network.value] : [],
        ),
        default: [],
        covers: sourcesCover,
      });
      if (networks) diffs.push(networks);
      context.drifted(resource, instance.selfLink ?? instance.name!, diffs);
    }
    reportUnmanaged(context, {
      label: 'Cloud SQL instance',
      type: TYPE,
      matches,
      candidates: all,
      stateIdPaths: ['name', 'id'],
      createdByProvider: () => false,
      resourceId: (candidate) => candidate.item.selfLink ?? candidate.name ?? '',
    });
  },
};
