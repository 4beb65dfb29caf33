import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ConfigError,
  defaultConfig,
  loadConfig,
  parseConfig,
  resolveBaselinePath,
  ruleIdsAndAliases,
  selectRules,
  type CloudgateConfig,
} from '../../src/core/config';
import { editDistance, isCalendarDate, suggestion } from '../../src/core/config-schema';
import { UserError } from '../../src/core/errors';
import type { RuleMeta } from '../../src/core/rule';
import { IAC_RULES } from '../../src/scanners/iac/rules/index';

function meta(id: string, aliases: string[] = []): { meta: RuleMeta } {
  return {
    meta: {
      id,
      title: id,
      severity: 'high',
      description: '',
      remediation: '',
      links: [],
      scanner: 'iac',
      platform: 'kubernetes',
      category: 'workload',
      compliance: {},
      aliases,
    },
  };
}

const RULES = [
  meta('k8s-privileged-container', ['CKV_K8S_16', 'AVD-KSV-0017']),
  meta('k8s-host-network', ['CKV_K8S_19']),
  meta('k8s-image-latest-tag', ['CKV_K8S_14']),
];
const KNOWN = ruleIdsAndAliases(RULES);

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'cloudgate-config-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function writeConfig(text: string, name = '.cloudgate.yml'): string {
  const file = path.join(root, name);
  writeFileSync(file, text);
  return file;
}

function problemsOf(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message.split('\n');
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('returns the defaults and no path when the root has no config file', () => {
    expect(loadConfig(root, undefined, { knownRuleIds: KNOWN })).toEqual({ config: defaultConfig() });
  });

  it('reads every key of a valid .cloudgate.yml, with each suppression remembering its line', () => {
    writeConfig(
      [
        'rules:',
        '  disable: [k8s-host-network]',
        '  enable:',
        '    - k8s-privileged-container',
        '    - CKV_K8S_14',
        'severity:',
        '  k8s-privileged-container: Medium',
        'exclude:',
        '  - vendor/',
        '  - "**/testdata/**"',
        'suppressions:',
        '  - rule: k8s-privileged-container',
        '    paths: [k8s/legacy/**]',
        '    resources: [DaemonSet/kube-system/*]',
        '    reason: the CNI agent needs the host network stack',
        '    expires: 2030-01-31',
        '  - rule: ckv_k8s_14',
        '    reason: pinned by the registry mirror',
        'fail-on: high',
        'baseline: .cloudgate-baseline.json',
        '',
      ].join('\n'),
    );
    const loaded = loadConfig(root, undefined, { knownRuleIds: KNOWN });
    expect(loaded.path).toBe(path.join(root, '.cloudgate.yml'));
    expect(loaded.config).toEqual<CloudgateConfig>({
      rules: { disable: ['k8s-host-network'], enable: ['k8s-privileged-container', 'CKV_K8S_14'] },
      severity: { 'k8s-privileged-container': 'medium' },
      exclude: ['vendor/', '**/testdata/**'],
      suppressions: [
        {
          rule: 'k8s-privileged-container',
          paths: ['k8s/legacy/**'],
          resources: ['DaemonSet/kube-system/*'],
          reason: 'the CNI agent needs the host network stack',
          expires: '2030-01-31',
          source: '.cloudgate.yml:12',
        },
        { rule: 'ckv_k8s_14', reason: 'pinned by the registry mirror', source: '.cloudgate.yml:17' },
      ],
      failOn: 'high',
      baseline: '.cloudgate-baseline.json',
    });
    expect(resolveBaselinePath(loaded)).toBe(path.join(root, '.cloudgate-baseline.json'));
  });

  it('finds .cloudgate.yaml too, and treats an empty file as the defaults', () => {
    writeConfig('# nothing configured yet\n', '.cloudgate.yaml');
    const loaded = loadConfig(root);
    expect(loaded.path).toBe(path.join(root, '.cloudgate.yaml'));
    expect(loaded.config).toEqual(defaultConfig());
  });

  it('refuses to guess when both .cloudgate.yml and .cloudgate.yaml exist', () => {
    writeConfig('fail-on: high\n');
    writeConfig('fail-on: low\n', '.cloudgate.yaml');
    expect(() => loadConfig(root)).toThrow(/both .*\.cloudgate\.yml and .*\.cloudgate\.yaml exist/);
  });

  it('reads an explicit path and names it as written in messages and suppression sources', () => {
    mkdirSync(path.join(root, 'ci'));
    const file = path.join(root, 'ci', 'gate.yml');
    writeFileSync(
      file,
      'suppressions:\n  - rule: k8s-host-network\n    reason: lab cluster\nbaseline: base.json\n',
    );
    const loaded = loadConfig(root, file, { knownRuleIds: KNOWN });
    expect(loaded.path).toBe(file);
    expect(loaded.config.suppressions[0]?.source).toBe(`${file}:2`);
    expect(resolveBaselinePath(loaded)).toBe(path.join(root, 'ci', 'base.json'));
  });

  it('fails with a UserError when an explicit config file does not exist', () => {
    const missing = path.join(root, 'nope.yml');
    expect(() => loadConfig(root, missing)).toThrow(UserError);
    expect(() => loadConfig(root, missing)).toThrow(`${missing}: config file not found`);
  });

  it('reports every problem of the file at once, each as file:line:col with a suggestion for typos', () => {
    const file = writeConfig(
      [
        'rules:',
        '  disable: [k8s-privilegd-container]',
        '  enabel: [k8s-host-network]',
        'severity:',
        '  k8s-host-network: hihg',
        '  k8s-unknown-thing: low',
        'exclude: vendor/',
        'suppresions: []',
        'suppressions:',
        '  - rule: k8s-host-network',
        '    paths: [a/]',
        '  - rule: k8s-host-network',
        '    reason: lab',
        '    expires: 2024-02-30',
        '  - rule: k8s-host-network',
        '    reason: lab',
        '    until: 2024-01-01',
        '  - paths: [x/]',
        'fail-on: severe',
        '',
      ].join('\n'),
    );
    const shown = file.split(path.sep).join('/');
    expect(problemsOf(() => loadConfig(root, undefined, { knownRuleIds: KNOWN }))).toEqual([
      `${shown}:2:13: unknown rule id "k8s-privilegd-container"; did you mean k8s-privileged-container?`,
      `${shown}:3:3: unknown key "enabel" in \`rules\`; did you mean enable?`,
      `${shown}:5:21: severity of k8s-host-network: "hihg" is not one of critical, high, medium, low, info; did you mean high?`,
      `${shown}:6:3: unknown rule id "k8s-unknown-thing"; \`cloudgate rules\` lists every rule id`,
      `${shown}:7:10: exclude must be a list of strings, e.g. [value1, value2]`,
      `${shown}:8:1: unknown key "suppresions" in the config file; did you mean suppressions?`,
      `${shown}:10:5: suppressions[0] needs a \`reason\` (why the finding is accepted)`,
      `${shown}:14:14: "2024-02-30" is not a date; write it as YYYY-MM-DD (quoted or not)`,
      `${shown}:17:5: unknown key "until" in \`suppressions[2]\`; expected one of rule, paths, resources, reason, expires`,
      `${shown}:18:5: suppressions[3] needs a \`rule\` id`,
      `${shown}:18:5: suppressions[3] needs a \`reason\` (why the finding is accepted)`,
      `${shown}:19:10: \`fail-on\`: "severe" is not one of critical, high, medium, low, info, none`,
    ]);
  });

  it('says that it is not YAML, with the line and column of the syntax error', () => {
    const file = writeConfig('rules:\n  disable: [k8s-host-network\nfail-on: high\n');
    const problems = problemsOf(() => loadConfig(root));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(new RegExp(`^${escape(file)}:\\d+:\\d+: invalid YAML: `));
  });

  it('rejects duplicate keys and a config that is not a map', () => {
    expect(problemsOf(() => parseConfig('fail-on: high\nfail-on: low\n', { file: 'c.yml' }))[0]).toMatch(
      /^c\.yml:2:1: invalid YAML: Map keys must be unique/,
    );
    expect(problemsOf(() => parseConfig('- rules\n', { file: 'c.yml' }))).toEqual([
      'c.yml:1:1: the config file must be a map with the keys rules, severity, exclude, suppressions, fail-on, baseline',
    ]);
  });

  it('checks types: a number where a string is expected, a rule list given as a map', () => {
    const text =
      'rules:\n  disable: {k8s-host-network: true}\nbaseline: 42\nsuppressions:\n  - rule: k8s-host-network\n    reason: ""\n';
    expect(problemsOf(() => parseConfig(text, { file: 'c.yml', knownRuleIds: KNOWN }))).toEqual([
      'c.yml:2:12: rules.disable must be a list of strings, e.g. [value1, value2]',
      'c.yml:3:11: `baseline` must be a non-empty string',
      'c.yml:6:13: suppressions[0].reason must be a non-empty string',
    ]);
  });

  it('refuses a rule both enabled and disabled', () => {
    const text = 'rules:\n  enable: [k8s-host-network]\n  disable: [K8S-HOST-NETWORK]\n';
    expect(problemsOf(() => parseConfig(text, { file: 'c.yml', knownRuleIds: KNOWN }))).toEqual([
      'c.yml:2:3: rule k8s-host-network is both enabled and disabled; keep it in one list',
    ]);
  });

  it('accepts fail-on none, aliases of other tools in any case, and YAML anchors', () => {
    const text = [
      'fail-on: NONE',
      'x-reason: &why accepted until the migration ends',
      'suppressions:',
      '  - { rule: avd-ksv-0017, reason: *why }',
    ].join('\n');
    expect(() => parseConfig(text, { file: 'c.yml', knownRuleIds: KNOWN })).toThrow(/unknown key "x-reason"/);
    const config = parseConfig(text.replace('x-reason', 'baseline'), { file: 'c.yml', knownRuleIds: KNOWN });
    expect(config.failOn).toBe('none');
    expect(config.suppressions[0]).toMatchObject({
      rule: 'avd-ksv-0017',
      reason: 'accepted until the migration ends',
    });
  });

  it('does not check rule ids when no list of known ids is given', () => {
    expect(parseConfig('rules:\n  disable: [whatever-id]\n', { file: 'c.yml' }).rules.disable).toEqual([
      'whatever-id',
    ]);
  });
});

describe('docs/configuration.md', () => {
  it('shows an example config that is valid against the real rule catalog', () => {
    const docs = readFileSync(path.join(__dirname, '../../docs/configuration.md'), 'utf8');
    const example = /A complete example:\n\n```yaml\n([\s\S]*?)```/.exec(docs)?.[1];
    expect(example).toBeDefined();
    const config = parseConfig(example!, { file: 'docs', knownRuleIds: ruleIdsAndAliases(IAC_RULES) });
    expect(config.suppressions).toHaveLength(1);
    expect(config.failOn).toBe('high');
  });
});

describe('selectRules', () => {
  it('runs every rule by default', () => {
    expect(selectRules(RULES, defaultConfig())).toEqual(RULES);
  });

  it('drops disabled rules, named by id or by an alias of another tool', () => {
    const config = { ...defaultConfig(), rules: { disable: ['k8s-host-network', 'ckv_k8s_14'] } };
    expect(selectRules(RULES, config).map((rule) => rule.meta.id)).toEqual(['k8s-privileged-container']);
  });

  it('keeps only enabled rules when `enable` is set, minus the disabled ones', () => {
    const config = {
      ...defaultConfig(),
      rules: { enable: ['AVD-KSV-0017', 'k8s-host-network'], disable: ['CKV_K8S_19'] },
    };
    expect(selectRules(RULES, config).map((rule) => rule.meta.id)).toEqual(['k8s-privileged-container']);
  });
});

describe('suggestions and dates', () => {
  it('measures edit distance and suggests only close candidates', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(suggestion('fail_on', ['fail-on', 'baseline'])).toBe('fail-on');
    expect(suggestion('FailOn', ['fail-on', 'baseline'])).toBe('fail-on');
    expect(suggestion('colour', ['fail-on', 'baseline'])).toBeUndefined();
  });

  it('accepts only real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('2024-1-01')).toBe(false);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
