import { readdirSync } from 'node:fs';
import path from 'node:path';
import { FRAMEWORKS, isFrameworkId } from '../../../../src/compliance/frameworks';
import { ruleCatalog } from '../../../../src/pipeline/rule-catalog';
import { AZURE_COLLECTORS } from '../../../../src/scanners/cloud/collectors/azure/datasets';
import { GCP_COLLECTORS } from '../../../../src/scanners/cloud/collectors/gcp/datasets';
import { AZURE_DRIFT, DRIFT_RULES, GCP_DRIFT } from '../../../../src/scanners/cloud/drift/index';
import { sourcesCover } from '../../../../src/scanners/cloud/drift/address-ranges';
import { portEntries, portsCover } from '../../../../src/scanners/cloud/drift/port-entries';

const RULES_DIR = path.join(__dirname, '../../../../src/scanners/cloud/drift/rules');

describe('drift rules of Google Cloud and Azure', () => {
  it('lists nine rules, AWS first, each once in the rule catalog', () => {
    expect(DRIFT_RULES.map((meta) => meta.id)).toEqual(
      ['aws', 'gcp', 'azure'].flatMap((cloud) =>
        ['setting-changed', 'unmanaged-resource', 'missing-resource'].map((slug) => `${cloud}-drift-${slug}`),
      ),
    );
    const catalog = ruleCatalog().map((meta) => meta.id);
    for (const meta of DRIFT_RULES)
      expect([meta.id, catalog.filter((id) => id === meta.id).length]).toEqual([meta.id, 1]);
  });

  it.each(['gcp', 'azure'])('keeps one folder per %s drift rule', (cloud) => {
    const folders = readdirSync(path.join(RULES_DIR, cloud), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${cloud}-drift-${entry.name}`)
      .sort();
    expect(
      DRIFT_RULES.filter((meta) => meta.platform === cloud)
        .map((meta) => meta.id)
        .sort(),
    ).toEqual(folders);
  });

  it.each(DRIFT_RULES.filter((meta) => meta.platform !== 'aws').map((meta) => [meta.id, meta] as const))(
    '%s has complete metadata, with the severity and compliance of its AWS counterpart',
    (id, meta) => {
      const aws = DRIFT_RULES.find((other) => other.id === id.replace(/^(gcp|azure)-/, 'aws-'))!;
      expect(meta.platform).toBe(id.split('-')[0]);
      expect(meta.scanner).toBe('audit');
      expect(meta.category).toBe('drift');
      expect(meta.severity).toBe(aws.severity);
      expect(meta.compliance).toEqual(aws.compliance);
      expect(meta.description.length).toBeGreaterThan(60);
      expect(meta.description).not.toMatch(/\bAWS\b/);
      for (const link of meta.links) expect(link).toMatch(/^https:\/\//);
      for (const [framework, controls] of Object.entries(meta.compliance)) {
        expect(isFrameworkId(framework)).toBe(true);
        const known = (FRAMEWORKS as Record<string, { controls: Record<string, string> }>)[framework]!
          .controls;
        for (const control of controls ?? []) expect(Object.hasOwn(known, control)).toBe(true);
      }
    },
  );

  it('reads only datasets the collectors provide, and covers the kinds it promises', () => {
    for (const kind of GCP_DRIFT.kinds)
      for (const key of kind.needs) expect(Object.hasOwn(GCP_COLLECTORS, key)).toBe(true);
    for (const kind of AZURE_DRIFT.kinds)
      for (const key of kind.needs) expect(Object.hasOwn(AZURE_COLLECTORS, key)).toBe(true);
    expect(GCP_DRIFT.kinds.flatMap((kind) => kind.types).sort()).toEqual([
      'google_compute_firewall',
      'google_compute_subnetwork',
      'google_sql_database_instance',
      'google_storage_bucket',
    ]);
    expect(AZURE_DRIFT.kinds.flatMap((kind) => kind.types).sort()).toEqual([
      'azurerm_key_vault',
      'azurerm_mssql_firewall_rule',
      'azurerm_mssql_server',
      'azurerm_network_security_group',
      'azurerm_network_security_rule',
      'azurerm_storage_account',
    ]);
  });
});

describe('protocol and port entries', () => {
  it('spells Google and Azure protocols and port lists alike', () => {
    expect(portEntries('6', ['22', '8000-8080'])).toEqual(['tcp:22', 'tcp:8000-8080']);
    expect(portEntries('Tcp', ['*'])).toEqual(['tcp:*']);
    expect(portEntries('*', [])).toEqual(['all:*']);
    expect(portEntries('udp', ['0-65535'])).toEqual(['udp:*']);
  });

  it.each([
    [['tcp:22'], 'tcp:22', true],
    [['tcp:8000-8080'], 'tcp:8080', true],
    [['tcp:8000-8080'], 'tcp:7999-8080', false],
    [['tcp:*'], 'tcp:1-1024', true],
    [['tcp:22'], 'tcp:*', false],
    [['all:*'], 'udp:53', true],
    [['tcp:22'], 'udp:22', false],
    [['tcp:22'], 'tcp:not-a-port', false],
  ])('%j covers %s: %s', (declared, entry, covered) => {
    expect(portsCover(declared, entry)).toBe(covered);
  });
});

describe('source address ranges', () => {
  it.each([
    [['10.0.0.0/16'], '10.0.1.0/24', true],
    [['10.0.0.0/16'], '10.1.0.0/24', false],
    [['10.0.0.0/16'], '0.0.0.0/0', false],
    [['35.235.240.0/20'], '35.235.240.7', true],
    [['0.0.0.0/0'], '*', true],
    [['*'], '198.51.100.0/24', true],
    [['AzureFrontDoor.Backend'], 'AzureFrontDoor.Backend', true],
    [['10.0.0.0/8'], 'VirtualNetwork', false],
    [['10.0.0.0/8'], '999.1.1.1/8', false],
  ])('%j covers %s: %s', (declared, entry, covered) => {
    expect(sourcesCover(declared, entry)).toBe(covered);
  });
});
