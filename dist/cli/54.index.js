"use strict";
exports.id = 54;
exports.ids = [54];
exports.modules = {

/***/ 82054:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runAudit = runAudit;
const credential_providers_1 = __webpack_require__(29719);
const node_path_1 = __importDefault(__webpack_require__(76760));
const node_util_1 = __webpack_require__(57975);
const errors_1 = __webpack_require__(74296);
const audit_config_1 = __webpack_require__(91160);
const shard_1 = __webpack_require__(1366);
const audit_aws_1 = __webpack_require__(25880);
const audit_summary_1 = __webpack_require__(24669);
const select_checks_1 = __webpack_require__(46601);
const select_checks_2 = __webpack_require__(31870);
const audit_azure_1 = __webpack_require__(45936);
const azure_credential_1 = __webpack_require__(49098);
const index_1 = __webpack_require__(64473);
const scope_summary_1 = __webpack_require__(62417);
const audit_gcp_1 = __webpack_require__(6284);
const gcp_credential_1 = __webpack_require__(35994);
const index_2 = __webpack_require__(78155);
const index_3 = __webpack_require__(78061);
const index_4 = __webpack_require__(11344);
const report_output_1 = __webpack_require__(99966);
const OPTIONS = {
    regions: { type: 'string', multiple: true },
    checks: { type: 'string', multiple: true },
    'skip-checks': { type: 'string', multiple: true },
    'organization-role': { type: 'string' },
    accounts: { type: 'string', multiple: true },
    profile: { type: 'string' },
    'home-region': { type: 'string' },
    subscriptions: { type: 'string', multiple: true },
    projects: { type: 'string', multiple: true },
    'iac-path': { type: 'string' },
    'terraform-state': { type: 'string' },
    config: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
    'fail-on': { type: 'string' },
    shard: { type: 'string' },
    category: { type: 'string' },
};
const PROVIDERS = ['aws', 'azure', 'gcp'];
/** The audit command's work, loaded only when the command runs. */
async function runAudit(argv) {
    const { values, positionals } = (0, node_util_1.parseArgs)({ args: argv, allowPositionals: true, options: OPTIONS });
    const provider = positionals[0];
    if (!provider || !PROVIDERS.includes(provider) || positionals.length > 1) {
        throw new errors_1.UserError(`cloudgate audit needs a provider: "aws", "azure" or "gcp"${positionals[0] ? `, not "${positionals.join(' ')}"` : ''}`, 'Run cloudgate audit --help.');
    }
    rejectForeignOptions(provider, values);
    const format = (0, report_output_1.parseFormat)(values.format);
    const report = (0, audit_config_1.applyAuditConfig)(await AUDITS[provider](values), {
        root: process.cwd(),
        ...(values.config ? { configPath: node_path_1.default.resolve(values.config) } : {}),
    });
    return (0, report_output_1.emitReport)(report, {
        format,
        output: values.output,
        failOn: (0, report_output_1.failOnOption)(values['fail-on'], undefined),
        category: values.category ?? 'cloudgate-cloud-audit',
    });
}
const list = (entries) => (entries ?? [])
    .flatMap((entry) => entry.split(','))
    .map((entry) => entry.trim())
    .filter(Boolean);
const log = (message) => process.stderr.write(`${message}\n`);
const AUDITS = {
    async aws(values) {
        const endpoint = process.env.CLOUDGATE_AWS_ENDPOINT_URL;
        const drift = declaredInfrastructure(values, 'aws');
        const result = await (0, audit_aws_1.auditAws)({
            credentials: (0, credential_providers_1.fromNodeProviderChain)(values.profile ? { profile: values.profile } : {}),
            homeRegion: values['home-region'] ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
            regions: (0, select_checks_1.parseRegions)(list(values.regions)),
            accounts: (0, select_checks_1.parseAccounts)(list(values.accounts)),
            rules: (0, select_checks_2.selectAuditRules)(index_2.AWS_AUDIT_RULES, list(values.checks), list(values['skip-checks'])),
            ...(values['organization-role'] ? { organizationRole: values['organization-role'] } : {}),
            ...(values.shard ? { shard: (0, shard_1.parseShard)(values.shard) } : {}),
            ...(endpoint ? { connection: { endpoint } } : {}),
            ...(drift ? { drift } : {}),
            log,
        });
        log((0, audit_summary_1.describeAuditRun)(result));
        return result.report;
    },
    async azure(values) {
        const endpoint = process.env.CLOUDGATE_AZURE_ENDPOINT_URL;
        const connection = endpoint ? { endpoint } : {};
        const drift = declaredInfrastructure(values, 'azure');
        const result = await (0, audit_azure_1.auditAzure)({
            credential: (0, azure_credential_1.azureDefaultCredential)(connection),
            subscriptionIds: list(values.subscriptions),
            rules: (0, select_checks_2.selectAuditRules)(index_3.AZURE_AUDIT_RULES, list(values.checks), list(values['skip-checks']), 'azure-audit-'),
            connection,
            ...(values.shard ? { shard: (0, shard_1.parseShard)(values.shard) } : {}),
            ...(drift ? { drift } : {}),
            log,
        });
        log((0, scope_summary_1.describeScopeAuditRun)(result, 'subscription'));
        return result.report;
    },
    async gcp(values) {
        const endpoint = process.env.CLOUDGATE_GCP_ENDPOINT_URL;
        const drift = declaredInfrastructure(values, 'gcp');
        const result = await (0, audit_gcp_1.auditGcp)({
            credential: await (0, gcp_credential_1.gcpDefaultCredential)(),
            projectIds: list(values.projects),
            rules: (0, select_checks_2.selectAuditRules)(index_4.GCP_AUDIT_RULES, list(values.checks), list(values['skip-checks']), 'gcp-audit-'),
            ...(endpoint ? { connection: { endpoint } } : {}),
            ...(values.shard ? { shard: (0, shard_1.parseShard)(values.shard) } : {}),
            ...(drift ? { drift } : {}),
            log,
        });
        log((0, scope_summary_1.describeScopeAuditRun)(result, 'project'));
        return result.report;
    },
};
/** The Terraform project (and state) drift compares with the provider's resources, relative to the working directory. */
function declaredInfrastructure(values, platform) {
    const iacPath = values['iac-path'];
    if (values['terraform-state'] && !iacPath)
        throw new errors_1.UserError('--terraform-state needs --iac-path, the Terraform project the state belongs to');
    if (!iacPath)
        return undefined;
    return (0, index_1.readDeclaredInfrastructure)({
        iacPath: node_path_1.default.resolve(iacPath),
        root: process.cwd(),
        platform,
        ...(values['terraform-state'] ? { statePath: node_path_1.default.resolve(values['terraform-state']) } : {}),
    });
}
const ONLY = {
    regions: 'aws',
    'organization-role': 'aws',
    accounts: 'aws',
    profile: 'aws',
    'home-region': 'aws',
    subscriptions: 'azure',
    projects: 'gcp',
};
/** An option of another provider is a mistake to report, not to ignore (--regions with azure audits everything). */
function rejectForeignOptions(provider, values) {
    for (const [option, owner] of Object.entries(ONLY)) {
        if (owner !== provider && values[option] !== undefined) {
            throw new errors_1.UserError(`--${option} applies to cloudgate audit ${owner}, not ${provider}`, 'Run cloudgate audit --help for the options of each provider.');
        }
    }
}


/***/ }),

/***/ 91160:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.applyAuditConfig = applyAuditConfig;
const apply_filters_1 = __webpack_require__(57761);
const config_1 = __webpack_require__(84489);
const known_rule_ids_1 = __webpack_require__(50423);
/**
 * The repository's `.cloudgate.yml` applied to a live audit: disabled checks go, severities are
 * overridden, and suppressions (by check id or alias, with `resources:` globs over ARNs, ARM ids and GCP
 * resource names, a reason and an expiry) mark accepted findings. One file serves the scans and the audits.
 */
function applyAuditConfig(report, options) {
    const loaded = (0, config_1.loadConfig)(options.root, options.configPath, { knownRuleIds: (0, known_rule_ids_1.knownRuleIds)() });
    // `rules.enable` opts in to IaC rules; audit checks run unless disabled.
    const config = { ...loaded.config, rules: { disable: loaded.config.rules.disable } };
    return (0, apply_filters_1.applyFilters)(report, { config, today: options.today ?? new Date() });
}


/***/ }),

/***/ 25880:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.auditAws = auditAws;
const engine_1 = __webpack_require__(63805);
const report_1 = __webpack_require__(88557);
const call_stats_1 = __webpack_require__(53660);
const collect_account_1 = __webpack_require__(62780);
const limiter_1 = __webpack_require__(9820);
const audit_engine_1 = __webpack_require__(13822);
const index_1 = __webpack_require__(78155);
const detect_aws_drift_1 = __webpack_require__(63736);
const index_2 = __webpack_require__(65073);
const aws_clients_1 = __webpack_require__(86283);
const aws_errors_1 = __webpack_require__(41952);
const audit_regions_1 = __webpack_require__(16072);
const audit_shard_1 = __webpack_require__(64029);
const audit_targets_1 = __webpack_require__(64435);
const audit_plan_1 = __webpack_require__(59310);
/** The live AWS audit: accounts, regions, collection, checks, one report. Shared by the CLI and the action. */
async function auditAws(options) {
    const started = Date.now();
    const clock = options.clock ?? Date.now;
    const rules = options.rules ?? index_1.AWS_AUDIT_RULES;
    const connection = options.connection ?? {};
    const mask = options.mask ?? (() => { });
    const log = options.log ?? (() => { });
    const calls = (0, call_stats_1.emptyCallStats)();
    const targetOptions = {
        observe: (attempts) => {
            calls.calls++;
            calls.retries += attempts - 1;
        },
        credentials: options.credentials,
        homeRegion: options.homeRegion,
        connection,
        accounts: options.accounts ?? [],
        mask,
        clock,
        ...(options.organizationRole ? { organizationRole: options.organizationRole } : {}),
        ...(options.sessionName ? { sessionName: options.sessionName } : {}),
        ...(options.refreshBeforeMs !== undefined ? { refreshBeforeMs: options.refreshBeforeMs } : {}),
    };
    const identity = await (0, audit_targets_1.callerIdentity)(targetOptions);
    const targets = await (0, audit_targets_1.auditTargets)(identity, targetOptions);
    log(`Auditing ${targets.length} AWS account(s) as ${identity.arn} with ${rules.length} checks.`);
    const report = (0, report_1.emptyReport)(['audit']);
    const warnings = [];
    const now = new Date(clock());
    const driftAccount = options.drift ? driftTarget(options.drift, targets, report) : undefined;
    const withoutDrift = { ...options };
    delete withoutDrift.drift;
    const coverage = await (0, limiter_1.mapLimited)(targets, options.concurrency?.accounts ?? 4, (target) => {
        const session = newSession(target, identity, options, connection, calls, clock, (message) => warnings.push({ kind: 'warning', message }));
        const accountOptions = target.account === driftAccount ? options : withoutDrift;
        return auditTarget(target, session, rules, accountOptions, report, now, log);
    });
    report.notices.push(...warnings);
    (0, engine_1.assignUniqueFingerprints)(report.findings);
    const fired = new Set(report.findings.map((finding) => finding.ruleId));
    const metas = [...rules.map((rule) => rule.meta), ...(options.drift ? (0, index_2.driftRuleList)(index_2.AWS_DRIFT_RULES) : [])];
    report.rules = metas.filter((meta) => fired.has(meta.id));
    report.stats.rulesRun = metas.length;
    report.stats.durationMs = Date.now() - started;
    return { report, identity, coverage, calls };
}
/** One account, whose failure (the role cannot be assumed) becomes a notice instead of ending the audit. */
async function auditTarget(target, session, rules, options, report, now, log) {
    try {
        try {
            await target.credentials();
        }
        catch (error) {
            throw new Error(`no credentials through ${target.via} (${(0, aws_errors_1.errorSummary)(error)}); the role must exist there and trust the audit role`);
        }
        return await auditAccount(session, rules, options, report, now, log);
    }
    catch (error) {
        const failure = error instanceof Error ? error.message : String(error);
        report.notices.push({
            kind: 'not-assessed',
            message: `account ${target.account} was not audited: ${failure}`,
        });
        const outcomes = new Map(rules.map((rule) => [rule.meta.id, 'not-assessed']));
        return { account: target.account, regions: [], outcomes, failure };
    }
    finally {
        session.clients.destroy();
        target.close();
    }
}
function newSession(target, identity, options, connection, stats, clock, warn) {
    return {
        account: target.account,
        partition: identity.partition,
        homeRegion: options.homeRegion,
        regions: [],
        clients: new aws_clients_1.AwsClients(target.credentials, connection, (attempts) => (stats.retries += attempts - 1)),
        limiters: new limiter_1.LimiterPool(options.concurrency?.perServiceRegion ?? 5),
        stats,
        clock,
        sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
        maxPages: options.maxPages ?? 200,
        warn,
    };
}
async function auditAccount(session, rules, options, report, now, log) {
    const resolved = await (0, audit_regions_1.resolveRegions)(session, options.regions);
    session.regions = resolved.regions;
    const accountChecks = (0, audit_shard_1.unitInShard)(session.account, options.shard);
    const regions = resolved.regions.filter((region) => (0, audit_shard_1.unitInShard)(`${session.account}/${region}`, options.shard));
    const unavailable = resolved.unavailable.filter((gap) => (0, audit_shard_1.unitInShard)(`${session.account}/${gap.region ?? ''}`, options.shard) || !gap.region);
    if (!accountChecks && regions.length === 0 && unavailable.length === 0)
        return { account: session.account, regions: [], outcomes: new Map() };
    log(`Account ${session.account}: ${accountChecks ? 'account-wide checks and ' : ''}${regions.length} region(s).`);
    const drift = options.drift;
    const plan = (0, audit_plan_1.collectionPlan)(rules, accountChecks, regions, drift ? (0, detect_aws_drift_1.driftNeeds)(drift) : undefined);
    const data = await (0, collect_account_1.collectAccount)(session, plan);
    const evaluation = (0, audit_engine_1.evaluateAccount)(rules, data, {
        partition: session.partition,
        now,
        homeRegion: session.homeRegion,
        regions: resolved.regions,
        accountChecks,
        unavailableRegions: unavailable,
    });
    report.findings.push(...evaluation.findings);
    report.notices.push(...evaluation.notices);
    if (drift) {
        const drifted = (0, detect_aws_drift_1.detectAwsDrift)(drift, data, { partition: session.partition, accountChecks });
        report.findings.push(...drifted.findings);
        report.notices.push(...drifted.notices);
    }
    report.stats.resources += (0, audit_plan_1.countResources)(data);
    return { account: session.account, regions, outcomes: evaluation.outcomes };
}
/** The account the Terraform project deploys to: the one its state names, or the only one audited. */
function driftTarget(drift, targets, report) {
    const accounts = targets.map((target) => target.account);
    const account = drift.account ?? (accounts.length === 1 ? accounts[0] : undefined);
    if (account && accounts.includes(account))
        return account;
    const reason = drift.account
        ? `the Terraform state names account ${drift.account}, which this audit does not cover`
        : `the Terraform project's account is unknown (no state, or a state naming several accounts) and ${accounts.length} accounts are audited; give the state or audit one account`;
    report.notices.push({
        kind: 'not-assessed',
        ruleId: index_2.AWS_DRIFT_RULES.settingChanged.id,
        message: `drift was not assessed: ${reason}`,
    });
    return undefined;
}


/***/ }),

/***/ 59310:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectionPlan = collectionPlan;
exports.countResources = countResources;
/**
 * The datasets the selected checks read, so an audit with a few checks makes only their calls. `extra` adds
 * what drift detection reads, under the same account and region ownership as the checks.
 */
function collectionPlan(rules, accountChecks, regions, extra) {
    const accountKeys = new Set(accountChecks ? (extra?.accountKeys ?? []) : []);
    const regionKeys = new Set(regions.length > 0 ? (extra?.regionKeys ?? []) : []);
    for (const rule of rules) {
        if (rule.scope === 'account') {
            if (accountChecks)
                for (const key of rule.needs)
                    accountKeys.add(key);
        }
        else if (regions.length > 0)
            for (const key of rule.needs)
                regionKeys.add(key);
    }
    return { accountKeys: [...accountKeys].sort(), regionKeys: [...regionKeys].sort(), regions };
}
/** How many resources the audit read: the items of every list it collected, for the report's statistics. */
function countResources(data) {
    let count = 0;
    const add = (value) => {
        if (Array.isArray(value))
            count += value.length;
        else if (value instanceof Map)
            count += value.size;
    };
    for (const value of data.accountWide.values())
        if (value.ok)
            add(value.value);
    for (const datasets of data.regions.values())
        for (const value of datasets.values())
            if (value.ok)
                add(value.value);
    return count;
}


/***/ }),

/***/ 16072:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveRegions = resolveRegions;
const collect_env_1 = __webpack_require__(40564);
const regions_1 = __webpack_require__(47461);
/** The account's enabled regions (ec2:DescribeRegions), intersected with the requested list. */
async function resolveRegions(session, requested) {
    const env = new collect_env_1.CollectEnv(session, session.homeRegion);
    let statuses;
    try {
        statuses = await (0, regions_1.collectRegionStatus)(env);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (requested !== 'all-enabled')
            return { regions: [...requested], unavailable: [] };
        return {
            regions: [session.homeRegion],
            unavailable: [
                {
                    reason: `the enabled regions could not be listed (${reason}); only ${session.homeRegion} was audited`,
                },
            ],
        };
    }
    const enabled = statuses
        .filter(regions_1.isEnabled)
        .map((region) => region.name)
        .sort();
    if (requested === 'all-enabled')
        return { regions: enabled, unavailable: [] };
    const regions = [];
    const unavailable = [];
    for (const name of requested) {
        const status = statuses.find((region) => region.name === name);
        if (status && (0, regions_1.isEnabled)(status))
            regions.push(name);
        else if (status)
            unavailable.push({
                region: name,
                reason: `region ${name} is not enabled in account ${session.account} (${status.optInStatus})`,
            });
        else
            unavailable.push({ region: name, reason: `region ${name} is not a region of this partition` });
    }
    return { regions: regions.sort(), unavailable };
}


/***/ }),

/***/ 64029:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.unitInShard = unitInShard;
const node_crypto_1 = __webpack_require__(77598);
/**
 * Sharding splits the audit into units: each account's account-wide checks (`<account>`) and each of its
 * regions (`<account>/<region>`). A unit lands in a shard by the hash of its name, so adding an account or
 * a region never moves the others.
 */
function unitInShard(unit, shard) {
    if (!shard || shard.count === 1)
        return true;
    return (0, node_crypto_1.createHash)('sha256').update(unit).digest().readUInt32BE(0) % shard.count === shard.index - 1;
}


/***/ }),

/***/ 24669:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.describeAuditRun = describeAuditRun;
/** One line for the log: what was covered and what it cost. */
function describeAuditRun(result) {
    const accounts = result.coverage.length;
    const regions = new Set(result.coverage.flatMap((entry) => entry.regions.map((region) => `${entry.account}/${region}`))).size;
    const outcomes = result.coverage.flatMap((entry) => [...entry.outcomes.values()]);
    const count = (outcome) => outcomes.filter((value) => value === outcome).length;
    const failed = result.coverage.filter((entry) => entry.failure).length;
    return [
        `Audited ${accounts} account(s)${failed ? ` (${failed} could not be audited)` : ''} and ${regions} account-region(s):`,
        `${count('passed')} checks passed, ${count('failed')} failed, ${count('not-assessed')} not assessed;`,
        `${result.report.findings.length} finding(s);`,
        `${result.calls.calls} AWS calls, ${result.calls.retries} retries, ${result.calls.failed} failed.`,
    ].join(' ');
}


/***/ }),

/***/ 64435:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callerIdentity = callerIdentity;
exports.auditTargets = auditTargets;
const client_organizations_1 = __webpack_require__(92503);
const client_sts_1 = __webpack_require__(71695);
const errors_1 = __webpack_require__(74296);
const aws_assume_role_1 = __webpack_require__(34173);
const aws_oidc_1 = __webpack_require__(12355);
const aws_clients_1 = __webpack_require__(86283);
const aws_errors_1 = __webpack_require__(41952);
async function callerIdentity(options) {
    const sts = (0, aws_clients_1.observeAttempts)(new client_sts_1.STSClient((0, aws_clients_1.awsClientConfig)(client_sts_1.STSClient, options.homeRegion, options.credentials, options.connection)), options.observe ?? (() => { }));
    try {
        const output = await sts.send(new client_sts_1.GetCallerIdentityCommand({}));
        const arn = output.Arn ?? '';
        return { account: output.Account ?? '', partition: arn.split(':')[1] || 'aws', arn };
    }
    catch (error) {
        if (error instanceof errors_1.UserError)
            throw error;
        throw new errors_1.UserError(`cloudgate could not identify its AWS credentials: ${(0, aws_errors_1.describeAwsFailure)(error, 'sts:GetCallerIdentity').reason}`, 'Check the credentials (for the CLI: the standard AWS variables, profile or SSO session; for the action: role-to-assume).', aws_oidc_1.CLOUD_AUDIT_DOCS);
    }
    finally {
        sts.destroy();
    }
}
/** The accounts to audit, each with its credentials (the organisation role assumed into member accounts). */
async function auditTargets(identity, options) {
    const own = {
        account: identity.account,
        credentials: options.credentials,
        via: 'the audit credentials',
        close: () => { },
    };
    const role = options.organizationRole;
    if (!role) {
        const others = options.accounts.filter((account) => account !== identity.account);
        if (others.length > 0) {
            throw new errors_1.UserError(`accounts ${others.join(', ')} were requested, but the credentials belong to ${identity.account} and no organization-role was given`, 'Set organization-role to the name of the audit role that exists in every member account.', aws_oidc_1.CLOUD_AUDIT_DOCS);
        }
        return [own];
    }
    const accounts = options.accounts.length > 0 ? [...new Set(options.accounts)] : await organisationAccounts(options);
    return accounts.sort().map((account) => {
        if (account === identity.account)
            return own;
        const credentials = (0, aws_assume_role_1.assumeRoleCredentials)({
            source: options.credentials,
            roleArn: `arn:${identity.partition}:iam::${account}:role/${role}`,
            sessionName: (0, aws_assume_role_1.sessionName)([options.sessionName ?? 'cloudgate-audit']),
            region: options.homeRegion,
            mask: options.mask,
            connection: options.connection,
            ...(options.clock ? { clock: options.clock } : {}),
            ...(options.refreshBeforeMs !== undefined ? { refreshBeforeMs: options.refreshBeforeMs } : {}),
        });
        return { account, credentials, via: `sts:AssumeRole into ${account}`, close: () => credentials.close() };
    });
}
async function organisationAccounts(options) {
    const organizations = (0, aws_clients_1.observeAttempts)(new client_organizations_1.OrganizationsClient((0, aws_clients_1.awsClientConfig)(client_organizations_1.OrganizationsClient, options.homeRegion, options.credentials, options.connection)), options.observe ?? (() => { }));
    const accounts = [];
    try {
        let token;
        do {
            const output = await organizations.send(new client_organizations_1.ListAccountsCommand(token ? { NextToken: token } : {}));
            for (const account of output.Accounts ?? [])
                if (account.Id && (account.State ?? account.Status) === 'ACTIVE')
                    accounts.push(account.Id);
            token = output.NextToken;
        } while (token);
    }
    catch (error) {
        throw new errors_1.UserError(`cloudgate could not list the organisation's accounts: ${(0, aws_errors_1.describeAwsFailure)(error, 'organizations:ListAccounts').reason}`, 'Run the audit with a role of the management account or of a delegated administrator, or list the accounts explicitly with accounts.', aws_oidc_1.CLOUD_AUDIT_DOCS);
    }
    finally {
        organizations.destroy();
    }
    return accounts;
}


/***/ }),

/***/ 86283:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AwsClients = void 0;
exports.awsClientConfig = awsClientConfig;
exports.observeAttempts = observeAttempts;
const client_s3_1 = __webpack_require__(53711);
const client_s3_control_1 = __webpack_require__(12619);
function attemptsOf(value) {
    const attempts = value?.$metadata?.attempts;
    return typeof attempts === 'number' && attempts > 0 ? attempts : 1;
}
/** The configuration every cloudgate SDK client gets: adaptive retry, timeouts, and the endpoint override. */
function awsClientConfig(clientClass, region, credentials, settings) {
    const config = {
        region,
        retryMode: 'adaptive',
        maxAttempts: settings.maxAttempts ?? 6,
        requestHandler: { requestTimeout: settings.requestTimeoutMs ?? 30_000, connectionTimeout: 10_000 },
        ...(credentials ? { credentials } : {}),
    };
    if (clientClass === client_s3_1.S3Client)
        config.followRegionRedirects = true;
    const endpoint = settings.endpoint;
    if (!endpoint)
        return config;
    if (clientClass === client_s3_control_1.S3ControlClient) {
        const url = new URL(endpoint);
        return { ...config, endpointProvider: () => ({ url }) };
    }
    return { ...config, endpoint, ...(clientClass === client_s3_1.S3Client ? { forcePathStyle: true } : {}) };
}
/** Reports each call's attempts; placed outside the retry middleware, so it sees every call once. */
function observeAttempts(client, observe) {
    client.middlewareStack.add((next) => async (args) => {
        try {
            const result = await next(args);
            observe(attemptsOf(result.output));
            return result;
        }
        catch (error) {
            observe(attemptsOf(error));
            throw error;
        }
    }, { step: 'initialize', name: 'cloudgateAttempts' });
    return client;
}
/** One client per class and region for one set of credentials, created on first use and reused. */
class AwsClients {
    credentials;
    settings;
    observe;
    clients = new Map();
    constructor(credentials, settings, observe = () => { }) {
        this.credentials = credentials;
        this.settings = settings;
        this.observe = observe;
    }
    get(clientClass, region) {
        let byRegion = this.clients.get(clientClass);
        if (!byRegion)
            this.clients.set(clientClass, (byRegion = new Map()));
        let client = byRegion.get(region);
        if (!client) {
            client = new clientClass(awsClientConfig(clientClass, region, this.credentials, this.settings));
            observeAttempts(client, this.observe);
            byRegion.set(region, client);
        }
        return client;
    }
    /** Closes the sockets of every client. */
    destroy() {
        for (const byRegion of this.clients.values())
            for (const client of byRegion.values())
                client.destroy();
        this.clients.clear();
    }
}
exports.AwsClients = AwsClients;


/***/ }),

/***/ 41952:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.errorCode = errorCode;
exports.describeAwsFailure = describeAwsFailure;
exports.errorSummary = errorSummary;
const DENIED = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'UnauthorizedOperation',
    'UnauthorizedAccess',
    'AuthorizationError',
    'AuthorizationErrorException',
    'Forbidden',
    'ForbiddenException',
]);
// A call into a region the account has not opted into fails authentication there.
const REGION_DISABLED = new Set([
    'OptInRequired',
    'UnrecognizedClientException',
    'InvalidClientTokenId',
    'AuthFailure',
]);
const THROTTLED = new Set([
    'Throttling',
    'ThrottlingException',
    'ThrottledException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'RequestThrottledException',
    'TooManyRequestsException',
    'SlowDown',
    'LimitExceeded',
    'LimitExceededException',
    'ProvisionedThroughputExceededException',
]);
const NOT_FOUND = /^(NoSuch\w*|\w*NotFound\w*|ResourceNotFoundException)$/;
function errorCode(error) {
    const shape = (typeof error === 'object' && error !== null ? error : {});
    for (const candidate of [shape.Code, shape.code, shape.name]) {
        if (typeof candidate === 'string' && candidate && candidate !== 'Error')
            return candidate;
    }
    return 'UnknownError';
}
/** Classifies an error of an AWS SDK call (`call` is the IAM action, e.g. `ec2:DescribeVpcs`) for a notice. */
function describeAwsFailure(error, call, region) {
    const shape = (typeof error === 'object' && error !== null ? error : {});
    const code = errorCode(error);
    const status = shape.$metadata?.httpStatusCode;
    const attempts = shape.$metadata?.attempts;
    const where = region ? ` in ${region}` : '';
    const detail = conciseMessage(shape.message);
    const kind = classify(code, status);
    const text = {
        denied: `${call} was denied${where} (${code}${detail}); grant it to the audit role (the SecurityAudit managed policy covers it)`,
        'region-disabled': `${call} failed${where} (${code}${detail}); the region is probably not enabled for the account`,
        throttled: `${call} was still throttled${where} after ${attempts ?? 'several'} attempts (${code})`,
        'not-found': `${call} found nothing${where} (${code}${detail})`,
        error: `${call} failed${where} (${code}${status ? `, HTTP ${status}` : ''}${detail})`,
    };
    return { kind, code, reason: text[kind] };
}
function classify(code, status) {
    if (DENIED.has(code))
        return 'denied';
    if (REGION_DISABLED.has(code))
        return 'region-disabled';
    if (THROTTLED.has(code) || status === 429)
        return 'throttled';
    if (NOT_FOUND.test(code))
        return 'not-found';
    if (status === 403)
        return 'denied';
    return 'error';
}
/** `Code: message` of an error, on one line and bounded, for messages that are not about a read. */
function errorSummary(error) {
    const shape = (typeof error === 'object' && error !== null ? error : {});
    return `${errorCode(error)}${conciseMessage(shape.message)}`;
}
function conciseMessage(message) {
    if (typeof message !== 'string' || !message.trim() || message === 'UnknownError')
        return '';
    const line = message.replace(/\s+/g, ' ').trim();
    return `: ${line.length > 160 ? `${line.slice(0, 160)}\u2026` : line}`;
}


/***/ }),

/***/ 46601:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseRegions = parseRegions;
exports.parseAccounts = parseAccounts;
const errors_1 = __webpack_require__(74296);
const aws_oidc_1 = __webpack_require__(12355);
/** `eu-west-1, us-east-1` or `all-enabled`. */
function parseRegions(values) {
    const regions = values.map((value) => value.trim().toLowerCase()).filter(Boolean);
    if (regions.length === 0 || (regions.length === 1 && regions[0] === 'all-enabled'))
        return 'all-enabled';
    for (const region of regions) {
        if (!/^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/.test(region)) {
            throw new errors_1.UserError(`"${region.slice(0, 40)}" is not an AWS region`, 'List regions such as us-east-1,eu-west-1, or write all-enabled.', aws_oidc_1.CLOUD_AUDIT_DOCS);
        }
    }
    return [...new Set(regions)];
}
function parseAccounts(values) {
    const accounts = values.map((value) => value.trim()).filter(Boolean);
    for (const account of accounts) {
        if (!/^\d{12}$/.test(account))
            throw new errors_1.UserError(`"${account.slice(0, 40)}" is not an AWS account id`, 'Account ids are 12 digits.', aws_oidc_1.CLOUD_AUDIT_DOCS);
    }
    return [...new Set(accounts)];
}


/***/ }),

/***/ 45936:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.auditAzure = auditAzure;
const arm_resources_subscriptions_1 = __webpack_require__(92436);
const errors_1 = __webpack_require__(74296);
const datasets_1 = __webpack_require__(57789);
const github_id_token_1 = __webpack_require__(43147);
const audit_shard_1 = __webpack_require__(64029);
const audit_scopes_1 = __webpack_require__(98509);
const detect_azure_drift_1 = __webpack_require__(19250);
const scope_drift_1 = __webpack_require__(45819);
const index_1 = __webpack_require__(78061);
const azure_clients_1 = __webpack_require__(11499);
const azure_connection_1 = __webpack_require__(29147);
const azure_errors_1 = __webpack_require__(48800);
const graph_reader_1 = __webpack_require__(34269);
/** The live Azure audit: subscriptions, collection, checks, one report. Shared by the CLI and the action. */
async function auditAzure(options) {
    const connection = options.connection ?? {};
    const rules = options.rules ?? index_1.AZURE_AUDIT_RULES;
    const log = options.log ?? (() => { });
    const targets = (await subscriptions(options.credential, options.subscriptionIds, connection)).filter((target) => (0, audit_shard_1.unitInShard)(target.id, options.shard));
    log(`Auditing ${targets.length} Azure subscription(s) with ${rules.length} checks.`);
    const warnings = [];
    const graph = new graph_reader_1.GraphReader(options.credential, connection, options.maxItems);
    const drift = options.drift ? (0, scope_drift_1.scopeDriftHooks)(options.drift, targets, detect_azure_drift_1.AZURE_DRIFT) : undefined;
    const result = await (0, audit_scopes_1.auditScopes)(targets, {
        ...drift?.hooks,
        provider: 'azure',
        rules,
        collectors: datasets_1.AZURE_COLLECTORS,
        describeError: azure_errors_1.describeAzureError,
        openSession: (target) => ({
            subscriptionId: target.id,
            clients: new azure_clients_1.AzureClients(options.credential, target.id, connection),
            graph,
            maxItems: options.maxItems ?? 5_000,
            warn: (message) => warnings.push({ kind: 'warning', message }),
        }),
        concurrency: options.concurrency ?? 4,
        now: new Date((options.clock ?? Date.now)()),
        log,
    });
    result.report.notices.push(...warnings, ...(drift?.notices ?? []));
    return result;
}
/** The subscriptions asked for, or every enabled one the identity can read. */
async function subscriptions(credential, wanted, connection) {
    if (wanted.length > 0) {
        // The exchange happens before any subscription is read, so a refused token fails the run here.
        await credential.getToken(azure_connection_1.ARM_SCOPE);
        return wanted.map((id) => ({ id }));
    }
    const client = new arm_resources_subscriptions_1.SubscriptionClient(credential, (0, azure_connection_1.azureClientOptions)(connection));
    const found = [];
    try {
        for await (const subscription of client.subscriptions.list()) {
            if (subscription.subscriptionId && subscription.state === 'Enabled')
                found.push({
                    id: subscription.subscriptionId,
                    ...(subscription.displayName ? { name: subscription.displayName } : {}),
                });
        }
    }
    catch (error) {
        if (error instanceof errors_1.UserError)
            throw error;
        throw new errors_1.UserError(`cloudgate could not list the Azure subscriptions: ${(0, azure_errors_1.describeAzureError)(error)}`, 'Name them with subscription-ids, or give the identity the Reader role on them.', github_id_token_1.CLOUD_AUDIT_DOCS);
    }
    if (found.length === 0) {
        throw new errors_1.UserError('The Azure identity can read no enabled subscription.', 'Assign it the Reader role (and Security Reader) on the subscriptions to audit, or name them with subscription-ids.', github_id_token_1.CLOUD_AUDIT_DOCS);
    }
    return found.sort((a, b) => a.id.localeCompare(b.id));
}


/***/ }),

/***/ 11499:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AzureClients = void 0;
const azure_connection_1 = __webpack_require__(29147);
/** The ARM SDK clients of one subscription, each made on first use and shared by its collectors. */
class AzureClients {
    credential;
    subscriptionId;
    connection;
    made = new Map();
    constructor(credential, subscriptionId, connection) {
        this.credential = credential;
        this.subscriptionId = subscriptionId;
        this.connection = connection;
    }
    get(Client) {
        let client = this.made.get(Client);
        if (!client) {
            client = new Client(this.credential, this.subscriptionId, (0, azure_connection_1.azureClientOptions)(this.connection));
            this.made.set(Client, client);
        }
        return client;
    }
}
exports.AzureClients = AzureClients;


/***/ }),

/***/ 29147:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AUTHORITY_HOST = exports.GRAPH_SCOPE = exports.GRAPH_ENDPOINT = exports.ARM_SCOPE = exports.ARM_ENDPOINT = void 0;
exports.armEndpoint = armEndpoint;
exports.graphEndpoint = graphEndpoint;
exports.authorityHost = authorityHost;
exports.azureClientOptions = azureClientOptions;
exports.ARM_ENDPOINT = 'https://management.azure.com';
exports.ARM_SCOPE = 'https://management.azure.com/.default';
exports.GRAPH_ENDPOINT = 'https://graph.microsoft.com';
exports.GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
exports.AUTHORITY_HOST = 'https://login.microsoftonline.com';
function armEndpoint(connection) {
    return connection.endpoint ?? exports.ARM_ENDPOINT;
}
function graphEndpoint(connection) {
    return connection.endpoint ? `${connection.endpoint}/graph` : exports.GRAPH_ENDPOINT;
}
function authorityHost(connection) {
    return connection.endpoint ?? exports.AUTHORITY_HOST;
}
/** Options every Azure SDK client of the audit is built with. */
function azureClientOptions(connection) {
    const endpoint = armEndpoint(connection);
    return {
        endpoint,
        $host: endpoint,
        credentialScopes: [exports.ARM_SCOPE],
        retryOptions: { maxRetries: connection.maxRetries ?? 4, retryDelayInMs: 500, maxRetryDelayInMs: 20_000 },
        userAgentOptions: { userAgentPrefix: 'cloudgate-audit' },
        ...(connection.agent ? { agent: connection.agent } : {}),
    };
}


/***/ }),

/***/ 49098:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AZURE_AUDIENCE = void 0;
exports.azureOidcCredential = azureOidcCredential;
exports.azureDefaultCredential = azureDefaultCredential;
const identity_1 = __webpack_require__(35261);
const errors_1 = __webpack_require__(74296);
const github_id_token_1 = __webpack_require__(43147);
const azure_connection_1 = __webpack_require__(29147);
exports.AZURE_AUDIENCE = 'api://AzureADTokenExchange';
/**
 * A credential that presents the workflow's GitHub OIDC token to Microsoft Entra ID as a client assertion.
 * Every new access token (ARM and Microsoft Graph each need their own) asks the runner for a fresh GitHub
 * token, so an audit that outlives the first one never presents an expired assertion (AADSTS700024).
 */
function azureOidcCredential(options) {
    const audience = options.audience || exports.AZURE_AUDIENCE;
    const env = options.env ?? process.env;
    const getIdToken = options.getIdToken ?? github_id_token_1.runnerIdToken;
    const connection = options.connection ?? {};
    let lastToken = '';
    let tokenFailure;
    const credential = new identity_1.ClientAssertionCredential(options.tenantId, options.clientId, async () => {
        try {
            tokenFailure = undefined;
            return (lastToken = await (0, github_id_token_1.requestIdToken)(env, audience, getIdToken));
        }
        catch (error) {
            // MSAL wraps what the callback throws; the runner's own explanation is kept to be rethrown as it is.
            if (error instanceof errors_1.UserError)
                tokenFailure = error;
            throw error;
        }
    }, {
        authorityHost: (0, azure_connection_1.authorityHost)(connection),
        ...(connection.endpoint ? { disableInstanceDiscovery: true } : {}),
        ...(connection.agent ? { agent: connection.agent } : {}),
    });
    return explained(credential, (error) => tokenFailure ?? exchangeError(error, options, audience, lastToken));
}
/** The CLI's credential: environment, workload identity, managed identity, Azure CLI or PowerShell login. */
function azureDefaultCredential(connection = {}) {
    const credential = new identity_1.DefaultAzureCredential({
        authorityHost: (0, azure_connection_1.authorityHost)(connection),
        ...(connection.agent ? { agent: connection.agent } : {}),
    });
    return explained(credential, (error) => new errors_1.UserError(`cloudgate found no Azure credentials: ${(0, github_id_token_1.oneLine)(error)}`, 'Sign in with `az login`, or set AZURE_TENANT_ID, AZURE_CLIENT_ID and a secret, certificate or federated token file.', github_id_token_1.CLOUD_AUDIT_DOCS));
}
/** Wraps a credential so a refusal reads as what to fix instead of the raw MSAL error. */
function explained(credential, explain) {
    return {
        async getToken(scopes, options) {
            try {
                return await credential.getToken(scopes, options);
            }
            catch (error) {
                throw explain(error);
            }
        },
    };
}
function exchangeError(error, options, audience, token) {
    if (error instanceof errors_1.UserError)
        return error;
    const text = (0, github_id_token_1.oneLine)(error);
    const claims = token ? `; the token's ${(0, github_id_token_1.describeClaims)(token)}` : '';
    if (/AADSTS70021|AADSTS700213|AADSTS700211/.test(text)) {
        return new errors_1.UserError(`Microsoft Entra ID found no federated credential matching this workflow for client ${options.clientId}${claims}.`, `Add a federated credential to the application or managed identity with issuer https://token.actions.githubusercontent.com, the subject above and audience "${audience}".`, github_id_token_1.CLOUD_AUDIT_DOCS);
    }
    if (/AADSTS700016|AADSTS90002|AADSTS900023/.test(text)) {
        return new errors_1.UserError(`Microsoft Entra ID does not know client ${options.clientId} in tenant ${options.tenantId}: ${text}`, 'Check the client-id and tenant-id inputs: they are the application (client) id and the directory (tenant) id.', github_id_token_1.CLOUD_AUDIT_DOCS);
    }
    return new errors_1.UserError(`Microsoft Entra ID did not exchange the GitHub OIDC token for client ${options.clientId}: ${text}`, undefined, github_id_token_1.CLOUD_AUDIT_DOCS);
}


/***/ }),

/***/ 48800:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.describeAzureError = describeAzureError;
exports.isAzureAccessDenied = isAzureAccessDenied;
/** A short account of a failed Azure call: the service's code and status, and its message on one line. */
function describeAzureError(error) {
    if (!(error instanceof Error))
        return String(error).slice(0, 300);
    const rest = error;
    const status = rest.statusCode ? ` (HTTP ${rest.statusCode})` : '';
    const code = rest.code && rest.code !== 'REQUEST_SEND_ERROR'
        ? `${rest.code}${status}: `
        : status
            ? `HTTP ${rest.statusCode}: `
            : '';
    const message = error.message.replace(/\s+/g, ' ').trim().slice(0, 300);
    return `${code}${message}`;
}
/** Whether Azure refused the call for lack of permission (the audit identity needs Reader or more). */
function isAzureAccessDenied(error) {
    const rest = error;
    return rest?.statusCode === 403 || rest?.code === 'AuthorizationFailed';
}


/***/ }),

/***/ 34269:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GraphReader = void 0;
const core_rest_pipeline_1 = __webpack_require__(20778);
const azure_connection_1 = __webpack_require__(29147);
/**
 * Reads Microsoft Graph (v1.0) with a token of its own: ARM tokens are not accepted by Graph, so the
 * credential is asked for the Graph scope separately. The audit identity needs Graph application
 * permissions (User.Read.All or Directory.Read.All) for what it reads here; without them the data is
 * reported as not assessed.
 */
class GraphReader {
    maxItems;
    pipeline;
    client = (0, core_rest_pipeline_1.createDefaultHttpClient)();
    base;
    constructor(credential, connection, maxItems = 50_000) {
        this.maxItems = maxItems;
        this.base = `${(0, azure_connection_1.graphEndpoint)(connection)}/v1.0`;
        this.pipeline = (0, core_rest_pipeline_1.createPipelineFromOptions)({
            retryOptions: { maxRetries: connection.maxRetries ?? 4 },
            userAgentOptions: { userAgentPrefix: 'cloudgate-audit' },
            ...(connection.agent ? { agent: connection.agent } : {}),
        });
        this.pipeline.addPolicy((0, core_rest_pipeline_1.bearerTokenAuthenticationPolicy)({ credential, scopes: azure_connection_1.GRAPH_SCOPE }));
    }
    /** Every item of a collection (`/users?$filter=...`), following `@odata.nextLink` up to the item cap. */
    async list(pathAndQuery) {
        const items = [];
        let url = `${this.base}${pathAndQuery}`;
        while (url && items.length < this.maxItems) {
            const page = await this.get(url);
            items.push(...(page.value ?? []));
            url = page['@odata.nextLink'];
        }
        return items;
    }
    async get(url) {
        const request = (0, core_rest_pipeline_1.createPipelineRequest)({ url, method: 'GET' });
        request.headers.set('accept', 'application/json');
        const response = await this.pipeline.sendRequest(this.client, request);
        const body = response.bodyAsText ?? '';
        if (response.status >= 400) {
            let code = 'GraphError';
            let message = body.slice(0, 300);
            try {
                const parsed = JSON.parse(body);
                code = parsed.error?.code ?? code;
                message = parsed.error?.message ?? message;
            }
            catch {
                // A body that is not JSON is reported as it is.
            }
            throw new core_rest_pipeline_1.RestError(message, { code, statusCode: response.status });
        }
        return JSON.parse(body);
    }
}
exports.GraphReader = GraphReader;


/***/ }),

/***/ 62083:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectAnalyzers = collectAnalyzers;
const client_accessanalyzer_1 = __webpack_require__(71645);
function collectAnalyzers(env) {
    const analyzer = env.client(client_accessanalyzer_1.AccessAnalyzerClient);
    return env.pages('access-analyzer:ListAnalyzers', env.region, async (token) => {
        const output = await analyzer.send(new client_accessanalyzer_1.ListAnalyzersCommand({ maxResults: 100, ...(token ? { nextToken: token } : {}) }));
        return { items: output.analyzers ?? [], next: output.nextToken };
    });
}


/***/ }),

/***/ 53660:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.emptyCallStats = emptyCallStats;
function emptyCallStats() {
    return { calls: 0, retries: 0, failed: 0 };
}


/***/ }),

/***/ 35561:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectTrails = collectTrails;
const client_cloudtrail_1 = __webpack_require__(57392);
const collect_env_1 = __webpack_require__(40564);
const limiter_1 = __webpack_require__(9820);
/**
 * The trails that apply to the account, from every audited region (shadow trails included, so that
 * multi-region and organisation trails are seen), once each, with their status and event selectors
 * read in their home region.
 */
async function collectTrails(env) {
    const gaps = [];
    const byArn = new Map();
    await (0, limiter_1.mapLimited)(env.session.regions, 8, async (region) => {
        const client = env.client(client_cloudtrail_1.CloudTrailClient, region);
        try {
            const output = await env.call('cloudtrail:DescribeTrails', region, () => client.send(new client_cloudtrail_1.DescribeTrailsCommand({ includeShadowTrails: true })));
            for (const trail of output.trailList ?? [])
                if (trail.TrailARN && !byArn.has(trail.TrailARN))
                    byArn.set(trail.TrailARN, trail);
        }
        catch (error) {
            if (!(error instanceof collect_env_1.AwsCallError))
                throw error;
            gaps.push({ region, reason: error.failure.reason });
        }
    });
    const trails = await (0, limiter_1.mapLimited)([...byArn.entries()].sort(([a], [b]) => a.localeCompare(b)), 8, async ([arn, trail]) => {
        const region = trail.HomeRegion && env.session.regions.includes(trail.HomeRegion)
            ? trail.HomeRegion
            : env.session.homeRegion;
        const client = env.client(client_cloudtrail_1.CloudTrailClient, region);
        const status = await env.attempt('cloudtrail:GetTrailStatus', region, async () => {
            const output = await client.send(new client_cloudtrail_1.GetTrailStatusCommand({ Name: arn }));
            return {
                isLogging: output.IsLogging === true,
                ...(output.LatestCloudWatchLogsDeliveryTime
                    ? { latestCloudWatchLogsDeliveryTime: output.LatestCloudWatchLogsDeliveryTime }
                    : {}),
            };
        });
        const selectors = await env.attempt('cloudtrail:GetEventSelectors', region, async () => {
            const output = await client.send(new client_cloudtrail_1.GetEventSelectorsCommand({ TrailName: arn }));
            return {
                eventSelectors: output.EventSelectors ?? [],
                advancedEventSelectors: output.AdvancedEventSelectors ?? [],
            };
        });
        return { trail, arn, owner: arn.split(':')[4] ?? '', status, selectors };
    });
    return { trails, gaps };
}


/***/ }),

/***/ 94857:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseLogGroupArn = parseLogGroupArn;
exports.collectTrailMonitoring = collectTrailMonitoring;
const client_cloudwatch_1 = __webpack_require__(44085);
const client_cloudwatch_logs_1 = __webpack_require__(70303);
const client_sns_1 = __webpack_require__(8797);
const limiter_1 = __webpack_require__(9820);
/** `arn:aws:logs:eu-west-1:111122223333:log-group:CloudTrail/main:*` */
function parseLogGroupArn(arn) {
    const match = /^arn:[\w-]+:logs:([\w-]+):(\d{12}):log-group:(.+?)(?::\*)?$/.exec(arn);
    return match ? { region: match[1], account: match[2], name: match[3] } : undefined;
}
/** The CloudWatch side of the CIS monitoring controls: metric filters on trail log groups, their alarms and who the alarms notify. */
async function collectTrailMonitoring(env, trails) {
    const groups = new Map();
    const foreign = [];
    for (const record of trails.trails) {
        const arn = record.trail.CloudWatchLogsLogGroupArn;
        const parsed = arn ? parseLogGroupArn(arn) : undefined;
        if (!arn || !parsed)
            continue;
        if (parsed.account !== env.account) {
            foreign.push({ trailArn: record.arn, logGroupArn: arn, owner: parsed.account });
            continue;
        }
        const key = `${parsed.region}:${parsed.name}`;
        const entry = groups.get(key) ?? { parsed, trailArns: [] };
        entry.trailArns.push(record.arn);
        groups.set(key, entry);
    }
    const logGroups = await (0, limiter_1.mapLimited)([...groups.values()], 4, async ({ parsed, trailArns }) => {
        const logs = env.client(client_cloudwatch_logs_1.CloudWatchLogsClient, parsed.region);
        const filters = await env.attemptPages('logs:DescribeMetricFilters', parsed.region, async (token) => {
            const output = await logs.send(new client_cloudwatch_logs_1.DescribeMetricFiltersCommand({
                logGroupName: parsed.name,
                ...(token ? { nextToken: token } : {}),
            }));
            return { items: output.metricFilters ?? [], next: output.nextToken };
        });
        const arn = `arn:${env.session.partition}:logs:${parsed.region}:${parsed.account}:log-group:${parsed.name}`;
        return { arn, name: parsed.name, region: parsed.region, trailArns, filters };
    });
    const regions = [...new Set(logGroups.map((group) => group.region))].sort();
    const alarms = new Map();
    for (const region of regions)
        alarms.set(region, await collectAlarms(env, region));
    const subscriptions = await collectSubscriptions(env, alarms);
    return { logGroups, foreign, alarms, subscriptions };
}
function collectAlarms(env, region) {
    const cloudwatch = env.client(client_cloudwatch_1.CloudWatchClient, region);
    return env.attemptPages('cloudwatch:DescribeAlarms', region, async (token) => {
        const output = await cloudwatch.send(new client_cloudwatch_1.DescribeAlarmsCommand({
            AlarmTypes: ['MetricAlarm'],
            MaxRecords: 100,
            ...(token ? { NextToken: token } : {}),
        }));
        return { items: output.MetricAlarms ?? [], next: output.NextToken };
    });
}
async function collectSubscriptions(env, alarms) {
    const topics = new Set();
    for (const result of alarms.values()) {
        if (!result.ok)
            continue;
        for (const alarm of result.value)
            for (const action of alarm.AlarmActions ?? [])
                if (action.includes(':sns:'))
                    topics.add(action);
    }
    const subscriptions = new Map();
    await (0, limiter_1.mapLimited)([...topics].sort(), 4, async (topic) => {
        const region = topic.split(':')[3] ?? env.region;
        const sns = env.client(client_sns_1.SNSClient, region);
        const listed = await env.attemptPages('sns:ListSubscriptionsByTopic', region, async (token) => {
            const output = await sns.send(new client_sns_1.ListSubscriptionsByTopicCommand({ TopicArn: topic, ...(token ? { NextToken: token } : {}) }));
            return { items: output.Subscriptions ?? [], next: output.NextToken };
        });
        subscriptions.set(topic, listed.ok
            ? {
                ok: true,
                value: listed.value.filter((entry) => entry.SubscriptionArn?.startsWith('arn:')).length,
            }
            : listed);
    });
    return subscriptions;
}


/***/ }),

/***/ 62780:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectAccount = collectAccount;
const collect_env_1 = __webpack_require__(40564);
const collected_1 = __webpack_require__(9035);
const datasets_1 = __webpack_require__(73547);
class MissingDependency extends Error {
}
/** Reads the planned datasets of one account, account-wide and per region, concurrently. */
async function collectAccount(session, plan) {
    const env = new collect_env_1.CollectEnv(session, session.homeRegion);
    const memo = new Map();
    const dataset = (key) => {
        let pending = memo.get(key);
        if (!pending)
            memo.set(key, (pending = guard(session, `${key} of account ${session.account}`, () => datasets_1.ACCOUNT_COLLECTORS[key](env, need))));
        return pending;
    };
    const need = async (key) => {
        const result = await dataset(key);
        if (!result.ok)
            throw new MissingDependency(result.reason);
        return result.value;
    };
    const regional = plan.regions.map(async (region) => {
        const regionEnv = new collect_env_1.CollectEnv(session, region);
        const entries = await Promise.all(plan.regionKeys.map(async (key) => {
            const value = await guard(session, `${key} of account ${session.account} in ${region}`, () => datasets_1.REGION_COLLECTORS[key](regionEnv));
            return [key, value];
        }));
        return [region, new Map(entries)];
    });
    const accountEntries = await Promise.all(plan.accountKeys.map(async (key) => [key, await dataset(key)]));
    return {
        account: session.account,
        accountWide: new Map(accountEntries),
        regions: new Map(await Promise.all(regional)),
    };
}
async function guard(session, what, read) {
    try {
        return (0, collected_1.collected)(await read());
    }
    catch (error) {
        if (error instanceof collect_env_1.AwsCallError || error instanceof MissingDependency)
            return (0, collected_1.missing)(error.message);
        const message = error instanceof Error ? error.message : String(error);
        session.warn(`reading ${what} failed: ${message}`);
        return (0, collected_1.missing)(`reading ${what} failed: ${message}`);
    }
}


/***/ }),

/***/ 40564:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CollectEnv = exports.AwsCallError = void 0;
const aws_errors_1 = __webpack_require__(41952);
const collected_1 = __webpack_require__(9035);
/** An AWS call that failed, classified; datasets turn it into a "not assessed" reason. */
class AwsCallError extends Error {
    failure;
    constructor(failure) {
        super(failure.reason);
        this.failure = failure;
    }
}
exports.AwsCallError = AwsCallError;
/** The view a collector gets: clients, bounded and counted calls, pagination, classified failures. */
class CollectEnv {
    session;
    region;
    constructor(session, 
    /** The region of a regional dataset, or the home region for an account-wide one. */
    region) {
        this.session = session;
        this.region = region;
    }
    get account() {
        return this.session.account;
    }
    client(clientClass, region = this.region) {
        return this.session.clients.get(clientClass, region);
    }
    /** Runs one SDK call under the service's concurrency bound in that region. `action` is `service:Operation`. */
    async call(action, region, send) {
        const service = action.slice(0, action.indexOf(':'));
        const { stats } = this.session;
        return this.session.limiters.for(`${service}:${region}`).run(async () => {
            stats.calls++;
            try {
                return await send();
            }
            catch (error) {
                stats.failed++;
                throw new AwsCallError((0, aws_errors_1.describeAwsFailure)(error, action, region));
            }
        });
    }
    /** Like `call`, but a failure becomes the reason of a missing value instead of an exception. */
    async attempt(action, region, send) {
        try {
            return (0, collected_1.collected)(await this.call(action, region, send));
        }
        catch (error) {
            if (error instanceof AwsCallError)
                return (0, collected_1.missing)(error.failure.reason);
            throw error;
        }
    }
    /** Like `pages`, but a failing page makes the list missing (with the reason) instead of throwing. */
    async attemptPages(action, region, fetch) {
        try {
            return (0, collected_1.collected)(await this.pages(action, region, fetch));
        }
        catch (error) {
            if (error instanceof AwsCallError)
                return (0, collected_1.missing)(error.failure.reason);
            throw error;
        }
    }
    /** Follows a paginated list to its end (or to the page cap, with a warning). */
    async pages(action, region, fetch) {
        const items = [];
        let token;
        for (let page = 0; page < this.session.maxPages; page++) {
            const result = await this.call(action, region, () => fetch(token));
            items.push(...result.items);
            if (!result.next || result.next === token)
                return items;
            token = result.next;
        }
        this.session.warn(`${action} in ${region} of account ${this.account} returned more than ${this.session.maxPages} pages; the rest was not read`);
        return items;
    }
}
exports.CollectEnv = CollectEnv;


/***/ }),

/***/ 9035:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collected = collected;
exports.missing = missing;
function collected(value) {
    return { ok: true, value };
}
function missing(reason) {
    return { ok: false, reason };
}


/***/ }),

/***/ 40338:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectConfigRecorders = collectConfigRecorders;
const client_config_service_1 = __webpack_require__(67101);
async function collectConfigRecorders(env) {
    const config = env.client(client_config_service_1.ConfigServiceClient);
    const recorders = await env.call('config:DescribeConfigurationRecorders', env.region, () => config.send(new client_config_service_1.DescribeConfigurationRecordersCommand({})));
    const statuses = await env.call('config:DescribeConfigurationRecorderStatus', env.region, () => config.send(new client_config_service_1.DescribeConfigurationRecorderStatusCommand({})));
    return {
        recorders: recorders.ConfigurationRecorders ?? [],
        statuses: statuses.ConfigurationRecordersStatus ?? [],
    };
}


/***/ }),

/***/ 73547:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.REGION_COLLECTORS = exports.ACCOUNT_COLLECTORS = void 0;
exports.isAccountKey = isAccountKey;
const access_analyzer_1 = __webpack_require__(62083);
const cloudtrail_1 = __webpack_require__(35561);
const cloudwatch_monitoring_1 = __webpack_require__(94857);
const config_service_1 = __webpack_require__(40338);
const ec2_1 = __webpack_require__(39358);
const efs_1 = __webpack_require__(28368);
const guardduty_1 = __webpack_require__(31305);
const iam_account_1 = __webpack_require__(91271);
const iam_authorization_1 = __webpack_require__(23133);
const iam_credential_report_1 = __webpack_require__(97258);
const kms_1 = __webpack_require__(86089);
const rds_1 = __webpack_require__(29999);
const s3_bucket_details_1 = __webpack_require__(55256);
const s3_buckets_1 = __webpack_require__(32046);
const secrets_manager_1 = __webpack_require__(84403);
const securityhub_1 = __webpack_require__(68025);
exports.ACCOUNT_COLLECTORS = {
    'iam.credentialReport': iam_credential_report_1.collectCredentialReport,
    'iam.accountSummary': iam_account_1.collectAccountSummary,
    'iam.passwordPolicy': iam_account_1.collectPasswordPolicy,
    'iam.virtualMfaDevices': iam_account_1.collectVirtualMfaDevices,
    'iam.authorization': iam_authorization_1.collectAuthorization,
    'iam.serverCertificates': iam_account_1.collectServerCertificates,
    'iam.supportAccessEntities': (env) => (0, iam_account_1.collectPolicyEntities)(env, 'AWSSupportAccess'),
    'iam.cloudShellEntities': (env) => (0, iam_account_1.collectPolicyEntities)(env, 'AWSCloudShellFullAccess'),
    's3.accountPublicAccessBlock': s3_buckets_1.collectAccountPublicAccessBlock,
    's3.buckets': s3_buckets_1.collectBuckets,
    's3.bucketPublicAccessBlocks': async (env, need) => (0, s3_bucket_details_1.collectBucketPublicAccessBlocks)(env, await need('s3.buckets')),
    's3.bucketPolicies': async (env, need) => (0, s3_bucket_details_1.collectBucketPolicies)(env, await need('s3.buckets')),
    's3.bucketPolicyStatus': async (env, need) => (0, s3_bucket_details_1.collectBucketPolicyStatus)(env, await need('s3.buckets')),
    's3.bucketAcls': async (env, need) => (0, s3_bucket_details_1.collectBucketAcls)(env, await need('s3.buckets')),
    's3.bucketEncryption': async (env, need) => (0, s3_bucket_details_1.collectBucketEncryption)(env, await need('s3.buckets')),
    's3.bucketVersioning': async (env, need) => (0, s3_bucket_details_1.collectBucketVersioning)(env, await need('s3.buckets')),
    's3.bucketLogging': async (env, need) => (0, s3_bucket_details_1.collectBucketLogging)(env, await need('s3.buckets')),
    'cloudtrail.trails': cloudtrail_1.collectTrails,
    'cloudwatch.trailMonitoring': async (env, need) => (0, cloudwatch_monitoring_1.collectTrailMonitoring)(env, await need('cloudtrail.trails')),
};
exports.REGION_COLLECTORS = {
    'ec2.securityGroups': ec2_1.collectSecurityGroups,
    'ec2.networkAcls': ec2_1.collectNetworkAcls,
    'ec2.vpcs': ec2_1.collectVpcs,
    'ec2.flowLogs': ec2_1.collectFlowLogs,
    'ec2.instances': ec2_1.collectInstances,
    'ec2.ebsEncryptionByDefault': ec2_1.collectEbsEncryptionByDefault,
    'config.recorders': config_service_1.collectConfigRecorders,
    'kms.keys': kms_1.collectKmsKeys,
    'rds.instances': rds_1.collectDbInstances,
    'efs.fileSystems': efs_1.collectFileSystems,
    'guardduty.detectors': guardduty_1.collectGuardDutyDetectors,
    'securityhub.hub': securityhub_1.collectSecurityHub,
    'secretsmanager.secrets': secrets_manager_1.collectSecrets,
    'accessanalyzer.analyzers': access_analyzer_1.collectAnalyzers,
};
function isAccountKey(key) {
    return Object.hasOwn(exports.ACCOUNT_COLLECTORS, key);
}


/***/ }),

/***/ 39358:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectSecurityGroups = collectSecurityGroups;
exports.collectNetworkAcls = collectNetworkAcls;
exports.collectVpcs = collectVpcs;
exports.collectFlowLogs = collectFlowLogs;
exports.collectInstances = collectInstances;
exports.collectEbsEncryptionByDefault = collectEbsEncryptionByDefault;
const client_ec2_1 = __webpack_require__(57574);
const PAGE = 1000;
function collectSecurityGroups(env) {
    const ec2 = env.client(client_ec2_1.EC2Client);
    return env.pages('ec2:DescribeSecurityGroups', env.region, async (token) => {
        const output = await ec2.send(new client_ec2_1.DescribeSecurityGroupsCommand({ MaxResults: PAGE, ...(token ? { NextToken: token } : {}) }));
        return { items: output.SecurityGroups ?? [], next: output.NextToken };
    });
}
function collectNetworkAcls(env) {
    const ec2 = env.client(client_ec2_1.EC2Client);
    return env.pages('ec2:DescribeNetworkAcls', env.region, async (token) => {
        const output = await ec2.send(new client_ec2_1.DescribeNetworkAclsCommand({ MaxResults: PAGE, ...(token ? { NextToken: token } : {}) }));
        return { items: output.NetworkAcls ?? [], next: output.NextToken };
    });
}
function collectVpcs(env) {
    const ec2 = env.client(client_ec2_1.EC2Client);
    return env.pages('ec2:DescribeVpcs', env.region, async (token) => {
        const output = await ec2.send(new client_ec2_1.DescribeVpcsCommand({ MaxResults: PAGE, ...(token ? { NextToken: token } : {}) }));
        return { items: output.Vpcs ?? [], next: output.NextToken };
    });
}
function collectFlowLogs(env) {
    const ec2 = env.client(client_ec2_1.EC2Client);
    return env.pages('ec2:DescribeFlowLogs', env.region, async (token) => {
        const output = await ec2.send(new client_ec2_1.DescribeFlowLogsCommand({ MaxResults: PAGE, ...(token ? { NextToken: token } : {}) }));
        return { items: output.FlowLogs ?? [], next: output.NextToken };
    });
}
/** Instances that exist (terminated ones linger in the API for an hour and are left out). */
async function collectInstances(env) {
    const ec2 = env.client(client_ec2_1.EC2Client);
    const instances = await env.pages('ec2:DescribeInstances', env.region, async (token) => {
        const output = await ec2.send(new client_ec2_1.DescribeInstancesCommand({ MaxResults: PAGE, ...(token ? { NextToken: token } : {}) }));
        return {
            items: (output.Reservations ?? []).flatMap((reservation) => reservation.Instances ?? []),
            next: output.NextToken,
        };
    });
    return instances.filter((instance) => !['terminated', 'shutting-down'].includes(instance.State?.Name ?? ''));
}
async function collectEbsEncryptionByDefault(env) {
    const ec2 = env.client(client_ec2_1.EC2Client);
    const output = await env.call('ec2:GetEbsEncryptionByDefault', env.region, () => ec2.send(new client_ec2_1.GetEbsEncryptionByDefaultCommand({})));
    return output.EbsEncryptionByDefault === true;
}


/***/ }),

/***/ 28368:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectFileSystems = collectFileSystems;
const client_efs_1 = __webpack_require__(21663);
function collectFileSystems(env) {
    const efs = env.client(client_efs_1.EFSClient);
    return env.pages('elasticfilesystem:DescribeFileSystems', env.region, async (marker) => {
        const output = await efs.send(new client_efs_1.DescribeFileSystemsCommand({ MaxItems: 100, ...(marker ? { Marker: marker } : {}) }));
        return { items: output.FileSystems ?? [], next: output.NextMarker };
    });
}


/***/ }),

/***/ 31305:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectGuardDutyDetectors = collectGuardDutyDetectors;
const client_guardduty_1 = __webpack_require__(50600);
async function collectGuardDutyDetectors(env) {
    const guardduty = env.client(client_guardduty_1.GuardDutyClient);
    const ids = await env.pages('guardduty:ListDetectors', env.region, async (token) => {
        const output = await guardduty.send(new client_guardduty_1.ListDetectorsCommand({ MaxResults: 50, ...(token ? { NextToken: token } : {}) }));
        return { items: output.DetectorIds ?? [], next: output.NextToken };
    });
    const detectors = [];
    for (const id of ids) {
        const detector = await env.attempt('guardduty:GetDetector', env.region, () => guardduty.send(new client_guardduty_1.GetDetectorCommand({ DetectorId: id })));
        detectors.push({
            id,
            status: detector.ok ? { ok: true, value: detector.value.Status ?? 'DISABLED' } : detector,
        });
    }
    return detectors;
}


/***/ }),

/***/ 91271:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectAccountSummary = collectAccountSummary;
exports.collectPasswordPolicy = collectPasswordPolicy;
exports.collectVirtualMfaDevices = collectVirtualMfaDevices;
exports.collectServerCertificates = collectServerCertificates;
exports.collectPolicyEntities = collectPolicyEntities;
const client_iam_1 = __webpack_require__(16764);
const aws_errors_1 = __webpack_require__(41952);
async function collectAccountSummary(env) {
    const region = env.session.homeRegion;
    const iam = env.client(client_iam_1.IAMClient, region);
    const output = await env.call('iam:GetAccountSummary', region, () => iam.send(new client_iam_1.GetAccountSummaryCommand({})));
    return output.SummaryMap ?? {};
}
/** The account's password policy, or null when none is set (IAM answers NoSuchEntity). */
async function collectPasswordPolicy(env) {
    const region = env.session.homeRegion;
    const iam = env.client(client_iam_1.IAMClient, region);
    return env.call('iam:GetAccountPasswordPolicy', region, async () => {
        try {
            return (await iam.send(new client_iam_1.GetAccountPasswordPolicyCommand({}))).PasswordPolicy ?? null;
        }
        catch (error) {
            if ((0, aws_errors_1.errorCode)(error) === 'NoSuchEntity' || (0, aws_errors_1.errorCode)(error) === 'NoSuchEntityException')
                return null;
            throw error;
        }
    });
}
async function collectVirtualMfaDevices(env) {
    const region = env.session.homeRegion;
    const iam = env.client(client_iam_1.IAMClient, region);
    return env.pages('iam:ListVirtualMFADevices', region, async (marker) => {
        const output = await iam.send(new client_iam_1.ListVirtualMFADevicesCommand({
            AssignmentStatus: 'Assigned',
            ...(marker ? { Marker: marker } : {}),
        }));
        return { items: output.VirtualMFADevices ?? [], next: output.IsTruncated ? output.Marker : undefined };
    });
}
async function collectServerCertificates(env) {
    const region = env.session.homeRegion;
    const iam = env.client(client_iam_1.IAMClient, region);
    return env.pages('iam:ListServerCertificates', region, async (marker) => {
        const output = await iam.send(new client_iam_1.ListServerCertificatesCommand(marker ? { Marker: marker } : {}));
        return {
            items: output.ServerCertificateMetadataList ?? [],
            next: output.IsTruncated ? output.Marker : undefined,
        };
    });
}
/** Who an AWS managed policy is attached to (`policy/AWSSupportAccess` \u2192 arn:aws:iam::aws:policy/AWSSupportAccess). */
async function collectPolicyEntities(env, policyName) {
    const region = env.session.homeRegion;
    const iam = env.client(client_iam_1.IAMClient, region);
    const policyArn = `arn:${env.session.partition}:iam::aws:policy/${policyName}`;
    const entities = { policyArn, users: [], groups: [], roles: [] };
    await env.pages('iam:ListEntitiesForPolicy', region, async (marker) => {
        const output = await iam.send(new client_iam_1.ListEntitiesForPolicyCommand({ PolicyArn: policyArn, ...(marker ? { Marker: marker } : {}) }));
        entities.users.push(...(output.PolicyUsers ?? []).flatMap((user) => (user.UserName ? [user.UserName] : [])));
        entities.groups.push(...(output.PolicyGroups ?? []).flatMap((group) => (group.GroupName ? [group.GroupName] : [])));
        entities.roles.push(...(output.PolicyRoles ?? []).flatMap((role) => (role.RoleName ? [role.RoleName] : [])));
        return { items: [], next: output.IsTruncated ? output.Marker : undefined };
    });
    return entities;
}


/***/ }),

/***/ 23133:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectAuthorization = collectAuthorization;
const client_iam_1 = __webpack_require__(16764);
const policy_document_1 = __webpack_require__(67844);
/** Users, groups, roles (with trust and inline policies) and customer managed policies, in one paginated call. */
async function collectAuthorization(env) {
    const region = env.session.homeRegion;
    const iam = env.client(client_iam_1.IAMClient, region);
    const result = { users: [], groups: [], roles: [], policies: [] };
    await env.pages('iam:GetAccountAuthorizationDetails', region, async (marker) => {
        const output = await iam.send(new client_iam_1.GetAccountAuthorizationDetailsCommand({
            Filter: ['User', 'Group', 'Role', 'LocalManagedPolicy'],
            ...(marker ? { Marker: marker } : {}),
        }));
        for (const user of output.UserDetailList ?? []) {
            result.users.push(principal('user', user.UserName, user.Arn, user.UserPolicyList, user.AttachedManagedPolicies));
        }
        for (const group of output.GroupDetailList ?? []) {
            result.groups.push(principal('group', group.GroupName, group.Arn, group.GroupPolicyList, group.AttachedManagedPolicies));
        }
        for (const role of output.RoleDetailList ?? []) {
            result.roles.push({
                ...principal('role', role.RoleName, role.Arn, role.RolePolicyList, role.AttachedManagedPolicies),
                trustPolicy: (0, policy_document_1.parsePolicyDocument)(role.AssumeRolePolicyDocument),
            });
        }
        for (const policy of output.Policies ?? []) {
            const version = policy.PolicyVersionList?.find((entry) => entry.IsDefaultVersion);
            result.policies.push({
                name: policy.PolicyName ?? '',
                arn: policy.Arn ?? '',
                attachmentCount: policy.AttachmentCount ?? 0,
                defaultDocument: (0, policy_document_1.parsePolicyDocument)(version?.Document),
            });
        }
        return { items: [], next: output.IsTruncated ? output.Marker : undefined };
    });
    return result;
}
function principal(kind, name, arn, inline, attached) {
    return {
        kind,
        name: name ?? '',
        arn: arn ?? '',
        inlinePolicies: (inline ?? []).map((policy) => ({
            name: policy.PolicyName ?? '',
            document: (0, policy_document_1.parsePolicyDocument)(policy.PolicyDocument),
        })),
        attachedPolicies: (attached ?? []).map((policy) => ({
            name: policy.PolicyName ?? '',
            arn: policy.PolicyArn ?? '',
        })),
    };
}


/***/ }),

/***/ 97258:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ROOT_USER = void 0;
exports.collectCredentialReport = collectCredentialReport;
exports.parseCredentialReport = parseCredentialReport;
const client_iam_1 = __webpack_require__(16764);
const aws_errors_1 = __webpack_require__(41952);
const POLL_LIMIT_MS = 120_000;
exports.ROOT_USER = '<root_account>';
/**
 * The IAM credential report, requested once per account: GenerateCredentialReport is polled with a growing
 * delay until the report is complete (AWS reuses a report younger than four hours), then read once.
 */
async function collectCredentialReport(env) {
    const region = env.session.homeRegion;
    const iam = env.client(client_iam_1.IAMClient, region);
    const deadline = env.session.clock() + POLL_LIMIT_MS;
    let delay = 250;
    for (;;) {
        const generated = await env.call('iam:GenerateCredentialReport', region, () => iam.send(new client_iam_1.GenerateCredentialReportCommand({})));
        if (generated.State === 'COMPLETE') {
            const report = await readReport(env, iam, region);
            if (report)
                return report;
        }
        if (env.session.clock() + delay > deadline) {
            throw new Error(`the IAM credential report of account ${env.account} was not ready after ${POLL_LIMIT_MS / 1000} s`);
        }
        await env.session.sleep(delay);
        delay = Math.min(delay * 2, 4_000);
    }
}
async function readReport(env, iam, region) {
    const output = await env.call('iam:GetCredentialReport', region, async () => {
        try {
            return await iam.send(new client_iam_1.GetCredentialReportCommand({}));
        }
        catch (error) {
            // Generated but not yet readable, or expired in between: generate and poll again.
            if (['ReportInProgress', 'ReportExpired', 'ReportNotPresent'].includes((0, aws_errors_1.errorCode)(error)))
                return undefined;
            throw error;
        }
    });
    if (!output?.Content)
        return undefined;
    return {
        ...(output.GeneratedTime ? { generatedAt: output.GeneratedTime } : {}),
        users: parseCredentialReport(Buffer.from(output.Content).toString('utf8')),
    };
}
/** Parses the report's CSV; columns are found by name, so added columns do not shift anything. */
function parseCredentialReport(csv) {
    const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
    const header = splitCsvLine(lines[0] ?? '');
    return lines.slice(1).map((line) => {
        const cells = splitCsvLine(line);
        const field = (name) => cells[header.indexOf(name)] ?? '';
        const user = field('user');
        const key = (slot) => ({
            slot,
            active: field(`access_key_${slot}_active`) === 'true',
            ...optionalDate('lastRotated', field(`access_key_${slot}_last_rotated`)),
            ...optionalDate('lastUsed', field(`access_key_${slot}_last_used_date`)),
        });
        return {
            user,
            arn: field('arn'),
            isRoot: user === exports.ROOT_USER,
            ...optionalDate('created', field('user_creation_time')),
            passwordEnabled: field('password_enabled') === 'true',
            ...optionalDate('passwordLastUsed', field('password_last_used')),
            ...optionalDate('passwordLastChanged', field('password_last_changed')),
            mfaActive: field('mfa_active') === 'true',
            keys: [key(1), key(2)],
        };
    });
}
function optionalDate(name, text) {
    // N/A, no_information and not_supported are how the report says "none".
    if (!/^\d{4}-\d{2}-\d{2}T/.test(text))
        return {};
    const time = Date.parse(text);
    return Number.isNaN(time) ? {} : { [name]: new Date(time) };
}
function splitCsvLine(line) {
    const cells = [];
    let cell = '';
    let quoted = false;
    for (let index = 0; index < line.length; index++) {
        const char = line[index];
        if (quoted && char === '"' && line[index + 1] === '"') {
            cell += '"';
            index++;
        }
        else if (char === '"') {
            quoted = !quoted;
        }
        else if (char === ',' && !quoted) {
            cells.push(cell);
            cell = '';
        }
        else {
            cell += char;
        }
    }
    cells.push(cell);
    return cells;
}


/***/ }),

/***/ 86089:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectKmsKeys = collectKmsKeys;
const client_kms_1 = __webpack_require__(92632);
const kms_rotation_1 = __webpack_require__(69125);
const collected_1 = __webpack_require__(9035);
const limiter_1 = __webpack_require__(9820);
async function collectKmsKeys(env) {
    const kms = env.client(client_kms_1.KMSClient);
    const ids = await env.pages('kms:ListKeys', env.region, async (marker) => {
        const output = await kms.send(new client_kms_1.ListKeysCommand({ Limit: 1000, ...(marker ? { Marker: marker } : {}) }));
        return {
            items: (output.Keys ?? []).flatMap((key) => (key.KeyId ? [key.KeyId] : [])),
            next: output.Truncated ? output.NextMarker : undefined,
        };
    });
    return (0, limiter_1.mapLimited)(ids, 8, async (keyId) => {
        const described = await env.attempt('kms:DescribeKey', env.region, () => kms.send(new client_kms_1.DescribeKeyCommand({ KeyId: keyId })));
        const metadata = !described.ok
            ? described
            : described.value.KeyMetadata
                ? (0, collected_1.collected)(described.value.KeyMetadata)
                : (0, collected_1.missing)(`kms:DescribeKey returned no metadata for ${keyId}`);
        if (!metadata.ok || !(0, kms_rotation_1.rotates)(metadata.value))
            return { keyId, metadata, rotationEnabled: undefined };
        const rotation = await env.attempt('kms:GetKeyRotationStatus', env.region, () => kms.send(new client_kms_1.GetKeyRotationStatusCommand({ KeyId: keyId })));
        return {
            keyId,
            metadata,
            rotationEnabled: rotation.ok ? (0, collected_1.collected)(rotation.value.KeyRotationEnabled === true) : rotation,
        };
    });
}


/***/ }),

/***/ 9820:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LimiterPool = exports.Limiter = void 0;
exports.mapLimited = mapLimited;
/** Runs at most `limit` tasks at once; the rest wait in order. */
class Limiter {
    limit;
    active = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
    }
    async run(task) {
        if (this.active >= this.limit)
            await new Promise((resolve) => this.waiting.push(resolve));
        this.active++;
        try {
            return await task();
        }
        finally {
            this.active--;
            this.waiting.shift()?.();
        }
    }
}
exports.Limiter = Limiter;
/** One limiter per key (service and region), so a slow or throttled service never starves the others. */
class LimiterPool {
    limit;
    limiters = new Map();
    constructor(limit) {
        this.limit = limit;
    }
    for(key) {
        let limiter = this.limiters.get(key);
        if (!limiter)
            this.limiters.set(key, (limiter = new Limiter(this.limit)));
        return limiter;
    }
}
exports.LimiterPool = LimiterPool;
/** Maps over items with at most `limit` callbacks in flight, keeping the order of the results. */
async function mapLimited(items, limit, map) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await map(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}


/***/ }),

/***/ 67844:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parsePolicyDocument = parsePolicyDocument;
/**
 * Parses an IAM policy as AWS returns it: IAM URL-encodes documents (RFC 3986), S3 and the other services
 * return plain JSON. Returns undefined for a document that is not a policy, so checks stay silent on it.
 */
function parsePolicyDocument(text) {
    if (!text)
        return undefined;
    const json = parseJson(text) ?? parseJson(safeDecode(text));
    if (!isRecord(json))
        return undefined;
    const raw = json.Statement;
    const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    const statements = [];
    for (const entry of list) {
        if (!isRecord(entry))
            return undefined;
        const effect = entry.Effect;
        if (effect !== 'Allow' && effect !== 'Deny')
            return undefined;
        statements.push({
            ...(typeof entry.Sid === 'string' ? { sid: entry.Sid } : {}),
            effect,
            actions: strings(entry.Action),
            notActions: strings(entry.NotAction),
            resources: strings(entry.Resource),
            notResources: strings(entry.NotResource),
            principals: principals(entry.Principal),
            notPrincipals: principals(entry.NotPrincipal),
            conditions: conditions(entry.Condition),
        });
    }
    return { statements };
}
function principals(value) {
    if (value === '*')
        return [{ type: '*', value: '*' }];
    if (!isRecord(value))
        return [];
    return Object.entries(value).flatMap(([type, values]) => strings(values).map((entry) => ({ type, value: entry })));
}
function conditions(value) {
    if (!isRecord(value))
        return [];
    const result = [];
    for (const [operator, block] of Object.entries(value)) {
        if (!isRecord(block))
            continue;
        for (const [key, values] of Object.entries(block)) {
            result.push({ operator, key: key.toLowerCase(), values: strings(values).concat(scalars(values)) });
        }
    }
    return result;
}
function strings(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value))
        return value.filter((entry) => typeof entry === 'string');
    return [];
}
/** Booleans and numbers in conditions (`"aws:SecureTransport": false`) compare as their text. */
function scalars(value) {
    const list = Array.isArray(value) ? value : [value];
    return list.filter((entry) => typeof entry === 'boolean' || typeof entry === 'number').map(String);
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return '';
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 29999:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectDbInstances = collectDbInstances;
const client_rds_1 = __webpack_require__(57202);
function collectDbInstances(env) {
    const rds = env.client(client_rds_1.RDSClient);
    return env.pages('rds:DescribeDBInstances', env.region, async (marker) => {
        const output = await rds.send(new client_rds_1.DescribeDBInstancesCommand({ MaxRecords: 100, ...(marker ? { Marker: marker } : {}) }));
        return { items: output.DBInstances ?? [], next: output.Marker };
    });
}


/***/ }),

/***/ 47461:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectRegionStatus = collectRegionStatus;
exports.isEnabled = isEnabled;
const client_ec2_1 = __webpack_require__(57574);
/** Every region of the partition with whether this account has it enabled. */
async function collectRegionStatus(env) {
    const ec2 = env.client(client_ec2_1.EC2Client, env.session.homeRegion);
    const output = await env.call('ec2:DescribeRegions', env.session.homeRegion, () => ec2.send(new client_ec2_1.DescribeRegionsCommand({ AllRegions: true })));
    return (output.Regions ?? []).flatMap((region) => region.RegionName
        ? [{ name: region.RegionName, optInStatus: region.OptInStatus ?? 'opt-in-not-required' }]
        : []);
}
function isEnabled(region) {
    return region.optInStatus !== 'not-opted-in';
}


/***/ }),

/***/ 55256:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectBucketPublicAccessBlocks = collectBucketPublicAccessBlocks;
exports.collectBucketPolicies = collectBucketPolicies;
exports.collectBucketPolicyStatus = collectBucketPolicyStatus;
exports.collectBucketAcls = collectBucketAcls;
exports.collectBucketEncryption = collectBucketEncryption;
exports.collectBucketVersioning = collectBucketVersioning;
exports.collectBucketLogging = collectBucketLogging;
const client_s3_1 = __webpack_require__(53711);
const aws_errors_1 = __webpack_require__(41952);
const collected_1 = __webpack_require__(9035);
const limiter_1 = __webpack_require__(9820);
const policy_document_1 = __webpack_require__(67844);
const s3_buckets_1 = __webpack_require__(32046);
const BUCKETS_AT_ONCE = 8;
async function perBucket(env, buckets, action, read, absent) {
    const values = await (0, limiter_1.mapLimited)(buckets, BUCKETS_AT_ONCE, async (bucket) => {
        if (!bucket.region)
            return (0, collected_1.missing)(bucket.regionProblem ?? `the region of bucket ${bucket.name} is unknown`);
        const s3 = env.client(client_s3_1.S3Client, bucket.region);
        return env.attempt(action, bucket.region, async () => {
            try {
                return await read(s3, bucket.name);
            }
            catch (error) {
                if (absent?.codes.includes((0, aws_errors_1.errorCode)(error)))
                    return absent.value;
                throw error;
            }
        });
    });
    return new Map(buckets.map((bucket, index) => [bucket.name, values[index]]));
}
function collectBucketPublicAccessBlocks(env, buckets) {
    return perBucket(env, buckets, 's3:GetBucketPublicAccessBlock', async (s3, Bucket) => (0, s3_buckets_1.toPublicAccessBlock)((await s3.send(new client_s3_1.GetPublicAccessBlockCommand({ Bucket }))).PublicAccessBlockConfiguration), { codes: ['NoSuchPublicAccessBlockConfiguration'], value: null });
}
function collectBucketPolicies(env, buckets) {
    return perBucket(env, buckets, 's3:GetBucketPolicy', async (s3, Bucket) => {
        const text = (await s3.send(new client_s3_1.GetBucketPolicyCommand({ Bucket }))).Policy;
        return text ? { text, document: (0, policy_document_1.parsePolicyDocument)(text) } : null;
    }, { codes: ['NoSuchBucketPolicy'], value: null });
}
/** Whether S3 itself evaluates the bucket policy as public. */
function collectBucketPolicyStatus(env, buckets) {
    return perBucket(env, buckets, 's3:GetBucketPolicyStatus', async (s3, Bucket) => (await s3.send(new client_s3_1.GetBucketPolicyStatusCommand({ Bucket }))).PolicyStatus?.IsPublic === true, { codes: ['NoSuchBucketPolicy'], value: false });
}
function collectBucketAcls(env, buckets) {
    return perBucket(env, buckets, 's3:GetBucketAcl', async (s3, Bucket) => (await s3.send(new client_s3_1.GetBucketAclCommand({ Bucket }))).Grants ?? []);
}
function collectBucketEncryption(env, buckets) {
    return perBucket(env, buckets, 's3:GetEncryptionConfiguration', async (s3, Bucket) => (await s3.send(new client_s3_1.GetBucketEncryptionCommand({ Bucket }))).ServerSideEncryptionConfiguration?.Rules ??
        null, { codes: ['ServerSideEncryptionConfigurationNotFoundError'], value: null });
}
function collectBucketVersioning(env, buckets) {
    return perBucket(env, buckets, 's3:GetBucketVersioning', async (s3, Bucket) => {
        const output = await s3.send(new client_s3_1.GetBucketVersioningCommand({ Bucket }));
        const status = output.Status === 'Enabled' || output.Status === 'Suspended' ? output.Status : 'Off';
        return { status, mfaDelete: output.MFADelete === 'Enabled' };
    });
}
/** The bucket that receives the bucket's server access logs, or null when logging is off. */
function collectBucketLogging(env, buckets) {
    return perBucket(env, buckets, 's3:GetBucketLogging', async (s3, Bucket) => (await s3.send(new client_s3_1.GetBucketLoggingCommand({ Bucket }))).LoggingEnabled?.TargetBucket ?? null);
}


/***/ }),

/***/ 32046:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toPublicAccessBlock = toPublicAccessBlock;
exports.collectAccountPublicAccessBlock = collectAccountPublicAccessBlock;
exports.collectBuckets = collectBuckets;
const client_s3_1 = __webpack_require__(53711);
const client_s3_control_1 = __webpack_require__(12619);
const aws_errors_1 = __webpack_require__(41952);
function toPublicAccessBlock(config) {
    if (!config)
        return null;
    return {
        blockPublicAcls: config.BlockPublicAcls === true,
        ignorePublicAcls: config.IgnorePublicAcls === true,
        blockPublicPolicy: config.BlockPublicPolicy === true,
        restrictPublicBuckets: config.RestrictPublicBuckets === true,
    };
}
/** The account-wide S3 Block Public Access setting (S3 Control), or null when none is set. */
async function collectAccountPublicAccessBlock(env) {
    const region = env.session.homeRegion;
    const control = env.client(client_s3_control_1.S3ControlClient, region);
    return env.call('s3:GetAccountPublicAccessBlock', region, async () => {
        try {
            const output = await control.send(new client_s3_control_1.GetPublicAccessBlockCommand({ AccountId: env.account }));
            return toPublicAccessBlock(output.PublicAccessBlockConfiguration);
        }
        catch (error) {
            if ((0, aws_errors_1.errorCode)(error) === 'NoSuchPublicAccessBlockConfiguration')
                return null;
            throw error;
        }
    });
}
/** Every bucket of the account with its region (from ListBuckets, or GetBucketLocation when absent). */
async function collectBuckets(env) {
    const region = env.session.homeRegion;
    const s3 = env.client(client_s3_1.S3Client, region);
    const listed = await env.pages('s3:ListAllMyBuckets', region, async (token) => {
        const output = await s3.send(new client_s3_1.ListBucketsCommand({ MaxBuckets: 1000, ...(token ? { ContinuationToken: token } : {}) }));
        return { items: output.Buckets ?? [], next: output.ContinuationToken };
    });
    const buckets = [];
    for (const entry of listed) {
        if (!entry.Name)
            continue;
        const arn = `arn:${env.session.partition}:s3:::${entry.Name}`;
        if (entry.BucketRegion) {
            buckets.push({ name: entry.Name, arn, region: entry.BucketRegion });
            continue;
        }
        const location = await env.attempt('s3:GetBucketLocation', region, () => s3.send(new client_s3_1.GetBucketLocationCommand({ Bucket: entry.Name })));
        buckets.push(location.ok
            ? { name: entry.Name, arn, region: locationRegion(location.value.LocationConstraint) }
            : { name: entry.Name, arn, region: undefined, regionProblem: location.reason });
    }
    return buckets;
}
/** GetBucketLocation answers null for us-east-1 and the legacy `EU` for eu-west-1. */
function locationRegion(constraint) {
    if (!constraint)
        return 'us-east-1';
    return constraint === 'EU' ? 'eu-west-1' : constraint;
}


/***/ }),

/***/ 84403:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectSecrets = collectSecrets;
const client_secrets_manager_1 = __webpack_require__(12994);
function collectSecrets(env) {
    const secrets = env.client(client_secrets_manager_1.SecretsManagerClient);
    return env.pages('secretsmanager:ListSecrets', env.region, async (token) => {
        const output = await secrets.send(new client_secrets_manager_1.ListSecretsCommand({ MaxResults: 100, ...(token ? { NextToken: token } : {}) }));
        return { items: output.SecretList ?? [], next: output.NextToken };
    });
}


/***/ }),

/***/ 68025:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectSecurityHub = collectSecurityHub;
const client_securityhub_1 = __webpack_require__(66200);
const aws_errors_1 = __webpack_require__(41952);
/** Security Hub answers InvalidAccessException ("not subscribed") in a region where it is not enabled. */
function collectSecurityHub(env) {
    const hub = env.client(client_securityhub_1.SecurityHubClient);
    return env.call('securityhub:DescribeHub', env.region, async () => {
        try {
            const output = await hub.send(new client_securityhub_1.DescribeHubCommand({}));
            return { enabled: true, ...(output.HubArn ? { hubArn: output.HubArn } : {}) };
        }
        catch (error) {
            if (['InvalidAccessException', 'ResourceNotFoundException'].includes((0, aws_errors_1.errorCode)(error)))
                return { enabled: false };
            throw error;
        }
    });
}


/***/ }),

/***/ 24543:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectManagedClusters = collectManagedClusters;
const arm_containerservice_1 = __webpack_require__(35928);
const paging_1 = __webpack_require__(82972);
function collectManagedClusters(session) {
    return (0, paging_1.listProvider)(() => session.clients.get(arm_containerservice_1.ContainerServiceClient).managedClusters.list(), session.maxItems, `AKS clusters of subscription ${session.subscriptionId}`, session.warn);
}


/***/ }),

/***/ 16150:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.listArm = listArm;
const core_client_1 = __webpack_require__(60160);
const core_rest_pipeline_1 = __webpack_require__(20778);
const azure_connection_1 = __webpack_require__(29147);
const readers = new WeakMap();
/**
 * Lists an ARM collection by path for the resource types no installed SDK covers, with the same credential,
 * retries and endpoint as the SDK clients, following nextLink up to `max` items.
 */
async function listArm(clients, path, apiVersion, max) {
    let client = readers.get(clients);
    if (!client) {
        client = new core_client_1.ServiceClient({ ...(0, azure_connection_1.azureClientOptions)(clients.connection), credential: clients.credential });
        readers.set(clients, client);
    }
    const items = [];
    let url = `${(0, azure_connection_1.armEndpoint)(clients.connection)}${path}?api-version=${apiVersion}`;
    while (url && items.length < max) {
        const response = await client.sendRequest((0, core_rest_pipeline_1.createPipelineRequest)({ url, method: 'GET' }));
        const body = response.bodyAsText ?? '';
        if (response.status >= 400)
            throw armError(response.status, body);
        const page = JSON.parse(body);
        items.push(...(page.value ?? []));
        url = page.nextLink;
    }
    return items.slice(0, max);
}
function armError(status, body) {
    let code = `HTTP${status}`;
    let message = body.slice(0, 300);
    try {
        const parsed = JSON.parse(body);
        code = parsed.error?.code ?? code;
        message = parsed.error?.message ?? message;
    }
    catch {
        // A body that is not JSON is reported as it is.
    }
    return new core_rest_pipeline_1.RestError(message, { code, statusCode: status });
}


/***/ }),

/***/ 61787:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectCustomRoles = collectCustomRoles;
exports.collectRoleAssignments = collectRoleAssignments;
exports.collectGuestUsers = collectGuestUsers;
const arm_authorization_1 = __webpack_require__(71043);
const paging_1 = __webpack_require__(82972);
function authorization(session) {
    return session.clients.get(arm_authorization_1.AuthorizationManagementClient);
}
/** Custom role definitions assignable in the subscription (built-in roles are Microsoft's). */
async function collectCustomRoles(session) {
    const roles = await (0, paging_1.listAll)(authorization(session).roleDefinitions.list(`subscriptions/${session.subscriptionId}`, {
        filter: "type eq 'CustomRole'",
    }), session.maxItems, `role definitions of subscription ${session.subscriptionId}`, session.warn);
    return roles.filter((role) => role.roleType === 'CustomRole');
}
/** Every role assignment that applies in the subscription, inherited ones included. */
function collectRoleAssignments(session) {
    return (0, paging_1.listAll)(authorization(session).roleAssignments.listForSubscription(), session.maxItems, `role assignments of subscription ${session.subscriptionId}`, session.warn);
}
/** The tenant's guest users; reading them needs the Graph permission User.Read.All or Directory.Read.All. */
function collectGuestUsers(session) {
    const filter = encodeURIComponent("userType eq 'Guest'");
    return session.graph.list(`/users?$filter=${filter}&$select=id,userPrincipalName,userType`);
}


/***/ }),

/***/ 57789:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AZURE_COLLECTORS = void 0;
const aks_1 = __webpack_require__(24543);
const authorization_1 = __webpack_require__(61787);
const github_trust_1 = __webpack_require__(31832);
const defender_1 = __webpack_require__(94839);
const key_vaults_1 = __webpack_require__(31991);
const monitor_1 = __webpack_require__(23724);
const network_1 = __webpack_require__(59880);
const sql_1 = __webpack_require__(59906);
const storage_accounts_1 = __webpack_require__(89700);
exports.AZURE_COLLECTORS = {
    storageAccounts: storage_accounts_1.collectStorageAccounts,
    blobServices: storage_accounts_1.collectBlobServices,
    networkSecurityGroups: network_1.collectNetworkSecurityGroups,
    networkInterfaces: network_1.collectNetworkInterfaces,
    publicIpAddresses: network_1.collectPublicIpAddresses,
    virtualNetworks: network_1.collectVirtualNetworks,
    networkWatchers: network_1.collectNetworkWatchers,
    keyVaults: key_vaults_1.collectKeyVaults,
    vaultKeys: key_vaults_1.collectVaultKeys,
    vaultSecrets: key_vaults_1.collectVaultSecrets,
    sqlServers: sql_1.collectSqlServers,
    sqlFirewallRules: sql_1.collectSqlFirewallRules,
    sqlAuditing: sql_1.collectSqlAuditing,
    sqlDatabases: sql_1.collectSqlDatabases,
    activityLogExports: monitor_1.collectActivityLogExports,
    activityLogAlerts: monitor_1.collectActivityLogAlerts,
    defenderPlans: defender_1.collectDefenderPlans,
    securityContacts: defender_1.collectSecurityContacts,
    customRoles: authorization_1.collectCustomRoles,
    roleAssignments: authorization_1.collectRoleAssignments,
    guestUsers: authorization_1.collectGuestUsers,
    appGithubTrusts: github_trust_1.collectAppGithubTrusts,
    identityGithubTrusts: github_trust_1.collectIdentityGithubTrusts,
    managedClusters: aks_1.collectManagedClusters,
};


/***/ }),

/***/ 94839:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectDefenderPlans = collectDefenderPlans;
exports.collectSecurityContacts = collectSecurityContacts;
const arm_security_1 = __webpack_require__(40704);
const paging_1 = __webpack_require__(82972);
function security(session) {
    return session.clients.get(arm_security_1.SecurityCenter);
}
/** The Microsoft Defender for Cloud plan of each resource type (Free or Standard). */
function collectDefenderPlans(session) {
    return (0, paging_1.readProvider)(async () => (await security(session).pricings.list()).value ?? []);
}
function collectSecurityContacts(session) {
    return (0, paging_1.listProvider)(() => security(session).securityContacts.list(), 100, `security contacts of subscription ${session.subscriptionId}`, session.warn);
}


/***/ }),

/***/ 31832:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GITHUB_ISSUER = void 0;
exports.collectAppGithubTrusts = collectAppGithubTrusts;
exports.collectIdentityGithubTrusts = collectIdentityGithubTrusts;
const arm_reader_1 = __webpack_require__(16150);
const paging_1 = __webpack_require__(82972);
const per_resource_1 = __webpack_require__(52074);
const limiter_1 = __webpack_require__(9820);
exports.GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const appTrusts = new WeakMap();
/** The tenant's application registrations trusting GitHub (read once per tenant, shared by subscriptions). */
function collectAppGithubTrusts(session) {
    let pending = appTrusts.get(session.graph);
    if (!pending) {
        pending = readAppTrusts(session.graph);
        appTrusts.set(session.graph, pending);
    }
    return pending;
}
async function readAppTrusts(graph) {
    const apps = await graph.list('/applications?$select=id,appId,displayName');
    const perApp = await (0, limiter_1.mapLimited)(apps, 4, async (app) => {
        const credentials = await graph.list(`/applications/${app.id}/federatedIdentityCredentials`);
        const github = credentials.filter((credential) => credential.issuer === exports.GITHUB_ISSUER);
        if (github.length === 0)
            return [];
        const filter = encodeURIComponent(`appId eq '${app.appId}'`);
        const principals = await graph.list(`/servicePrincipals?$filter=${filter}&$select=id,appId`);
        return github.map((credential) => ({
            kind: 'application',
            credentialId: `/applications/${app.id}/federatedIdentityCredentials/${credential.id ?? credential.name}`,
            credentialName: credential.name ?? '?',
            identityName: app.displayName ?? app.appId,
            principalId: principals[0]?.id ?? '',
            ...describeMatch(credential),
        }));
    });
    return perApp.flat();
}
function describeMatch(credential) {
    return {
        ...(credential.subject ? { subject: credential.subject } : {}),
        ...(credential.claimsMatchingExpression?.value
            ? { expression: credential.claimsMatchingExpression.value }
            : {}),
    };
}
/** The subscription's user-assigned managed identities trusting GitHub; per identity, so one refusal stays local. */
async function collectIdentityGithubTrusts(session) {
    let identities;
    try {
        identities = await (0, arm_reader_1.listArm)(session.clients, `/subscriptions/${session.subscriptionId}/providers/Microsoft.ManagedIdentity/userAssignedIdentities`, '2023-01-31', session.maxItems);
    }
    catch (error) {
        if ((0, paging_1.isProviderNotRegistered)(error))
            return new Map();
        throw error;
    }
    return (0, per_resource_1.perResource)(identities, async (identity) => {
        const credentials = await (0, arm_reader_1.listArm)(session.clients, `${identity.id}/federatedIdentityCredentials`, '2025-01-31-preview', 100);
        return credentials
            .filter((credential) => credential.properties?.issuer === exports.GITHUB_ISSUER)
            .map((credential) => ({
            kind: 'managed identity',
            credentialId: credential.id ?? `${identity.id}/federatedIdentityCredentials/${credential.name}`,
            credentialName: credential.name ?? '?',
            identityName: identity.name ?? '?',
            principalId: identity.properties?.principalId ?? '',
            ...(identity.location ? { location: identity.location } : {}),
            ...describeMatch(credential.properties ?? {}),
        }));
    });
}


/***/ }),

/***/ 31991:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectKeyVaults = collectKeyVaults;
exports.collectVaultKeys = collectVaultKeys;
exports.collectVaultSecrets = collectVaultSecrets;
const arm_keyvault_1 = __webpack_require__(19147);
const paging_1 = __webpack_require__(82972);
const per_resource_1 = __webpack_require__(52074);
function keyVault(session) {
    return session.clients.get(arm_keyvault_1.KeyVaultManagementClient);
}
function collectKeyVaults(session) {
    return (0, paging_1.listProvider)(() => keyVault(session).vaults.listBySubscription(), session.maxItems, `key vaults of subscription ${session.subscriptionId}`, session.warn);
}
/** Each vault's keys as ARM lists them (attributes only, no key material: no data-plane access needed). */
async function collectVaultKeys(session, need) {
    const client = keyVault(session);
    return (0, per_resource_1.perResource)(await need('keyVaults'), (_vault, { resourceGroup, name }) => (0, paging_1.listAll)(client.keys.list(resourceGroup, name), session.maxItems, `keys of vault ${name}`, session.warn));
}
/** Each vault's secrets as ARM lists them (attributes only; ARM never returns secret values in lists). */
async function collectVaultSecrets(session, need) {
    const client = keyVault(session);
    return (0, per_resource_1.perResource)(await need('keyVaults'), (_vault, { resourceGroup, name }) => (0, paging_1.listAll)(client.secrets.list(resourceGroup, name), session.maxItems, `secrets of vault ${name}`, session.warn));
}


/***/ }),

/***/ 23724:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectActivityLogExports = collectActivityLogExports;
exports.collectActivityLogAlerts = collectActivityLogAlerts;
const arm_monitor_1 = __webpack_require__(81598);
const paging_1 = __webpack_require__(82972);
function monitor(session) {
    return session.clients.get(arm_monitor_1.MonitorClient);
}
/** The subscription's diagnostic settings: where its activity log is exported. */
function collectActivityLogExports(session) {
    return (0, paging_1.readProvider)(async () => (await monitor(session).diagnosticSettings.list(`subscriptions/${session.subscriptionId}`)).value ?? []);
}
function collectActivityLogAlerts(session) {
    return (0, paging_1.listProvider)(() => monitor(session).activityLogAlerts.listBySubscriptionId(), session.maxItems, `activity log alerts of subscription ${session.subscriptionId}`, session.warn);
}


/***/ }),

/***/ 59880:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectNetworkSecurityGroups = collectNetworkSecurityGroups;
exports.collectNetworkInterfaces = collectNetworkInterfaces;
exports.collectPublicIpAddresses = collectPublicIpAddresses;
exports.collectVirtualNetworks = collectVirtualNetworks;
exports.collectNetworkWatchers = collectNetworkWatchers;
const arm_network_1 = __webpack_require__(23144);
const paging_1 = __webpack_require__(82972);
function network(session) {
    return session.clients.get(arm_network_1.NetworkManagementClient);
}
function list(session, what, items) {
    return (0, paging_1.listProvider)(items, session.maxItems, `${what} of subscription ${session.subscriptionId}`, session.warn);
}
function collectNetworkSecurityGroups(session) {
    return list(session, 'network security groups', () => network(session).networkSecurityGroups.listAll());
}
function collectNetworkInterfaces(session) {
    return list(session, 'network interfaces', () => network(session).networkInterfaces.listAll());
}
function collectPublicIpAddresses(session) {
    return list(session, 'public IP addresses', () => network(session).publicIPAddresses.listAll());
}
function collectVirtualNetworks(session) {
    return list(session, 'virtual networks', () => network(session).virtualNetworks.listAll());
}
function collectNetworkWatchers(session) {
    return list(session, 'network watchers', () => network(session).networkWatchers.listAll());
}


/***/ }),

/***/ 82972:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.listAll = listAll;
exports.isProviderNotRegistered = isProviderNotRegistered;
exports.listProvider = listProvider;
exports.readProvider = readProvider;
/**
 * Every item of an SDK list (its pages are followed by the SDK), up to `max`; a list cut short is said in a
 * warning, so a partial audit is never silent.
 */
async function listAll(items, max, what, warn) {
    const out = [];
    for await (const item of items) {
        if (out.length >= max) {
            warn(`${what}: only the first ${max} items were audited`);
            break;
        }
        out.push(item);
    }
    return out;
}
/**
 * Whether ARM answered that the resource provider is not registered in the subscription: nothing of that
 * type can exist there, so its list is empty. A subscription that does not exist is a failure, not this.
 */
function isProviderNotRegistered(error) {
    const rest = error;
    if (rest?.code === 'MissingSubscriptionRegistration' || rest?.code === 'SubscriptionNotRegistered')
        return true;
    return rest?.statusCode === 404 && rest.code !== 'SubscriptionNotFound';
}
/** A list of a resource provider: empty when the provider is not registered, every other failure thrown. */
async function listProvider(items, max, what, warn) {
    try {
        return await listAll(items(), max, what, warn);
    }
    catch (error) {
        if (isProviderNotRegistered(error))
            return [];
        throw error;
    }
}
/** A single-body list (no nextLink): empty when the provider is not registered. */
async function readProvider(read) {
    try {
        return await read();
    }
    catch (error) {
        if (isProviderNotRegistered(error))
            return [];
        throw error;
    }
}


/***/ }),

/***/ 52074:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.perResource = perResource;
const azure_errors_1 = __webpack_require__(48800);
const limiter_1 = __webpack_require__(9820);
const collected_1 = __webpack_require__(9035);
const arm_ids_1 = __webpack_require__(17111);
/** Calls made at once for the per-resource reads of one dataset. */
const PER_RESOURCE_CONCURRENCY = 4;
/**
 * Reads something of each resource (a vault's keys, a server's firewall rules), keyed by the resource's id.
 * One resource whose read fails keeps its reason, so only the checks on that resource are not assessed.
 */
async function perResource(resources, read) {
    const entries = await (0, limiter_1.mapLimited)(resources, PER_RESOURCE_CONCURRENCY, async (resource) => {
        const id = resource.id ?? '';
        const parts = (0, arm_ids_1.armIdParts)(id);
        if (!parts)
            return [id, (0, collected_1.missing)(`${id || 'a resource'} has no resource group in its id`)];
        try {
            return [id, (0, collected_1.collected)(await read(resource, parts))];
        }
        catch (error) {
            return [id, (0, collected_1.missing)(`${parts.name}: ${(0, azure_errors_1.describeAzureError)(error)}`)];
        }
    });
    return new Map(entries);
}


/***/ }),

/***/ 59906:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectSqlServers = collectSqlServers;
exports.collectSqlFirewallRules = collectSqlFirewallRules;
exports.collectSqlAuditing = collectSqlAuditing;
exports.collectSqlDatabases = collectSqlDatabases;
const arm_sql_1 = __webpack_require__(31420);
const paging_1 = __webpack_require__(82972);
const per_resource_1 = __webpack_require__(52074);
function sql(session) {
    return session.clients.get(arm_sql_1.SqlManagementClient);
}
function collectSqlServers(session) {
    return (0, paging_1.listProvider)(() => sql(session).servers.list(), session.maxItems, `SQL servers of subscription ${session.subscriptionId}`, session.warn);
}
async function collectSqlFirewallRules(session, need) {
    const client = sql(session);
    return (0, per_resource_1.perResource)(await need('sqlServers'), (_server, { resourceGroup, name }) => (0, paging_1.listAll)(client.firewallRules.listByServer(resourceGroup, name), session.maxItems, `firewall rules of SQL server ${name}`, session.warn));
}
async function collectSqlAuditing(session, need) {
    const client = sql(session);
    return (0, per_resource_1.perResource)(await need('sqlServers'), (_server, { resourceGroup, name }) => (0, paging_1.listAll)(client.serverBlobAuditingPolicies.listByServer(resourceGroup, name), 10, `auditing settings of SQL server ${name}`, session.warn));
}
/** Each server's user databases (not `master`) with their encryption settings, by server id. */
async function collectSqlDatabases(session, need) {
    const client = sql(session);
    return (0, per_resource_1.perResource)(await need('sqlServers'), async (_server, { resourceGroup, name }) => {
        const databases = await (0, paging_1.listAll)(client.databases.listByServer(resourceGroup, name), session.maxItems, `databases of SQL server ${name}`, session.warn);
        const user = databases.filter((database) => database.name?.toLowerCase() !== 'master');
        const out = [];
        for (const database of user) {
            const encryption = await (0, paging_1.listAll)(client.transparentDataEncryptions.listByDatabase(resourceGroup, name, database.name ?? ''), 10, `encryption of database ${database.name}`, session.warn);
            out.push({ database, encryption });
        }
        return out;
    });
}


/***/ }),

/***/ 89700:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectStorageAccounts = collectStorageAccounts;
exports.collectBlobServices = collectBlobServices;
const arm_storage_1 = __webpack_require__(20631);
const paging_1 = __webpack_require__(82972);
const per_resource_1 = __webpack_require__(52074);
function collectStorageAccounts(session) {
    return (0, paging_1.listProvider)(() => session.clients.get(arm_storage_1.StorageManagementClient).storageAccounts.list(), session.maxItems, `storage accounts of subscription ${session.subscriptionId}`, session.warn);
}
/** Account kinds that hold blobs; FileStorage accounts have no blob service to read. */
const BLOB_KINDS = new Set(['storagev2', 'storage', 'blobstorage', 'blockblobstorage']);
/** The blob service settings (soft delete) of each account that holds blobs, by account id. */
async function collectBlobServices(session, need) {
    const accounts = (await need('storageAccounts')).filter((account) => BLOB_KINDS.has((account.kind ?? '').toLowerCase()));
    const client = session.clients.get(arm_storage_1.StorageManagementClient);
    return (0, per_resource_1.perResource)(accounts, (_account, { resourceGroup, name }) => (0, paging_1.listAll)(client.blobServices.list(resourceGroup, name), 10, `blob services of ${name}`, session.warn));
}


/***/ }),

/***/ 93142:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.listAggregated = listAggregated;
const paging_1 = __webpack_require__(54547);
/**
 * Every item of a Compute Engine aggregatedList (one map of `zones/<zone>` or `regions/<region>` to a list
 * under `key`), across pages. A zone Google could not reach is told in a warning, so a gap is never silent.
 */
function listAggregated(session, key, what, fetchPage) {
    return (0, paging_1.listPages)(async (pageToken) => {
        const page = await fetchPage(pageToken);
        const items = [];
        for (const [scope, list] of Object.entries(page.items ?? {})) {
            const values = list[key];
            if (Array.isArray(values))
                items.push(...values);
            if (list.warning?.code === 'UNREACHABLE')
                session.warn(`${what}: ${scope} could not be read (${list.warning.message ?? 'unreachable'})`);
        }
        return { items, nextPageToken: page.nextPageToken ?? null };
    }, session.maxItems, what, session.warn);
}


/***/ }),

/***/ 11000:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectBigQueryDatasets = collectBigQueryDatasets;
const gcp_apis_1 = __webpack_require__(53039);
const paging_1 = __webpack_require__(54547);
const per_item_1 = __webpack_require__(86994);
/** BigQuery through REST: the datasets, each read for its access list (the list call omits it). */
async function collectBigQueryDatasets(session) {
    const base = `bigquery/v2/projects/${session.projectId}/datasets`;
    const listed = await (0, paging_1.listPages)(async (pageToken) => {
        const data = await (0, gcp_apis_1.restGet)(session, 'bigquery', base, { maxResults: 500, pageToken });
        return { items: data.datasets ?? [], nextPageToken: data.nextPageToken ?? null };
    }, session.maxItems, `BigQuery datasets of project ${session.projectId}`, session.warn);
    const full = await (0, per_item_1.readPerItem)(listed, (dataset) => `BigQuery dataset ${dataset.id ?? dataset.datasetReference?.datasetId}`, (dataset) => (0, gcp_apis_1.restGet)(session, 'bigquery', `${base}/${encodeURIComponent(dataset.datasetReference?.datasetId ?? '')}`));
    return listed.map((dataset, index) => ({ listed: dataset, dataset: full[index] }));
}


/***/ }),

/***/ 29831:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectInstances = collectInstances;
exports.collectComputeProject = collectComputeProject;
const aggregated_1 = __webpack_require__(93142);
const gcp_apis_1 = __webpack_require__(53039);
/** Every VM of every zone, in one aggregated list. */
function collectInstances(session) {
    const api = (0, gcp_apis_1.computeApi)(session);
    return (0, aggregated_1.listAggregated)(session, 'instances', `VM instances of project ${session.projectId}`, async (pageToken) => {
        const { data } = await api.instances.aggregatedList({
            project: session.projectId,
            maxResults: 500,
            ...(pageToken ? { pageToken } : {}),
        });
        return data;
    });
}
/** The Compute Engine project: its common instance metadata (OS Login, SSH keys, serial port defaults). */
async function collectComputeProject(session) {
    const { data } = await (0, gcp_apis_1.computeApi)(session).projects.get({ project: session.projectId });
    return data;
}


/***/ }),

/***/ 65930:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GCP_COLLECTORS = void 0;
const bigquery_datasets_1 = __webpack_require__(11000);
const compute_instances_1 = __webpack_require__(29831);
const firewalls_1 = __webpack_require__(34774);
const gke_clusters_1 = __webpack_require__(23404);
const iam_policy_1 = __webpack_require__(42913);
const kms_keys_1 = __webpack_require__(51487);
const logging_sinks_1 = __webpack_require__(13511);
const networks_1 = __webpack_require__(12608);
const service_accounts_1 = __webpack_require__(92817);
const sql_instances_1 = __webpack_require__(70678);
const storage_buckets_1 = __webpack_require__(19656);
const workload_identity_1 = __webpack_require__(45154);
exports.GCP_COLLECTORS = {
    projectIamPolicy: iam_policy_1.collectProjectIamPolicy,
    serviceAccountKeys: service_accounts_1.collectServiceAccountKeys,
    workloadIdentityPools: workload_identity_1.collectWorkloadIdentityPools,
    logSinks: logging_sinks_1.collectLogSinks,
    firewalls: firewalls_1.collectFirewalls,
    networks: networks_1.collectNetworks,
    subnetworks: networks_1.collectSubnetworks,
    instances: compute_instances_1.collectInstances,
    computeProject: compute_instances_1.collectComputeProject,
    buckets: storage_buckets_1.collectBuckets,
    bucketPolicies: storage_buckets_1.collectBucketPolicies,
    sqlInstances: sql_instances_1.collectSqlInstances,
    kmsKeys: kms_keys_1.collectKmsKeys,
    clusters: gke_clusters_1.collectClusters,
    bigQueryDatasets: bigquery_datasets_1.collectBigQueryDatasets,
};


/***/ }),

/***/ 34774:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectFirewalls = collectFirewalls;
const gcp_apis_1 = __webpack_require__(53039);
const paging_1 = __webpack_require__(54547);
function collectFirewalls(session) {
    const api = (0, gcp_apis_1.computeApi)(session);
    return (0, paging_1.listPages)(async (pageToken) => {
        const { data } = await api.firewalls.list({
            project: session.projectId,
            maxResults: 500,
            ...(pageToken ? { pageToken } : {}),
        });
        return { items: data.items ?? [], nextPageToken: data.nextPageToken ?? null };
    }, session.maxItems, `firewall rules of project ${session.projectId}`, session.warn);
}


/***/ }),

/***/ 53039:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RETRY_READ_POST = void 0;
exports.computeApi = computeApi;
exports.resourceManagerApi = resourceManagerApi;
exports.iamApi = iamApi;
exports.loggingApi = loggingApi;
exports.sqlAdminApi = sqlAdminApi;
exports.storageApi = storageApi;
exports.containerApi = containerApi;
exports.restGet = restGet;
const v1_1 = __webpack_require__(91891);
const v1_2 = __webpack_require__(56298);
const v1_3 = __webpack_require__(54388);
const v1_4 = __webpack_require__(15710);
const v2_1 = __webpack_require__(14271);
const v1_5 = __webpack_require__(11802);
const v1_6 = __webpack_require__(42230);
const gcp_connection_1 = __webpack_require__(6987);
/** The Compute Engine v1 client of a session. */
function computeApi(session) {
    return new v1_2.compute_v1.Compute({ auth: session.auth, rootUrl: (0, gcp_connection_1.gcpRootUrl)(session.connection, 'compute') });
}
function resourceManagerApi(session) {
    return new v1_1.cloudresourcemanager_v1.Cloudresourcemanager({
        auth: session.auth,
        rootUrl: (0, gcp_connection_1.gcpRootUrl)(session.connection, 'cloudresourcemanager'),
    });
}
function iamApi(session) {
    return new v1_4.iam_v1.Iam({ auth: session.auth, rootUrl: (0, gcp_connection_1.gcpRootUrl)(session.connection, 'iam') });
}
function loggingApi(session) {
    return new v2_1.logging_v2.Logging({ auth: session.auth, rootUrl: (0, gcp_connection_1.gcpRootUrl)(session.connection, 'logging') });
}
function sqlAdminApi(session) {
    return new v1_5.sqladmin_v1.Sqladmin({
        auth: session.auth,
        rootUrl: (0, gcp_connection_1.gcpRootUrl)(session.connection, 'sqladmin'),
    });
}
function storageApi(session) {
    return new v1_6.storage_v1.Storage({ auth: session.auth, rootUrl: (0, gcp_connection_1.gcpRootUrl)(session.connection, 'storage') });
}
function containerApi(session) {
    return new v1_3.container_v1.Container({
        auth: session.auth,
        rootUrl: (0, gcp_connection_1.gcpRootUrl)(session.connection, 'container'),
    });
}
/**
 * Options for a read-only call Google makes a POST (getIamPolicy): gaxios retries only idempotent verbs by
 * default, and these are safe to repeat after a 429 or a 5xx.
 */
exports.RETRY_READ_POST = {
    retryConfig: { httpMethodsToRetry: ['GET', 'POST'] },
};
/**
 * A GET on an API without a client package here (Cloud KMS, BigQuery), through the session's authorised
 * client, retried on 429 and 5xx like the generated clients.
 */
async function restGet(session, api, path, params = {}) {
    const defined = Object.entries(params).filter((entry) => entry[1] !== undefined);
    const { data } = await session.auth.request({
        url: `${(0, gcp_connection_1.gcpRootUrl)(session.connection, api)}${path}`,
        method: 'GET',
        params: Object.fromEntries(defined),
        retry: true,
    });
    return data;
}


/***/ }),

/***/ 23404:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectClusters = collectClusters;
const gcp_apis_1 = __webpack_require__(53039);
/** Every GKE cluster of every location (`locations/-`); the API does not page this list. */
async function collectClusters(session) {
    const { data } = await (0, gcp_apis_1.containerApi)(session).projects.locations.clusters.list({
        parent: `projects/${session.projectId}/locations/-`,
    });
    if (data.missingZones && data.missingZones.length > 0)
        session.warn(`GKE clusters of project ${session.projectId}: zones ${data.missingZones.join(', ')} could not be read`);
    const clusters = data.clusters ?? [];
    if (clusters.length > session.maxItems)
        session.warn(`GKE clusters of project ${session.projectId}: only the first ${session.maxItems} items were audited`);
    return clusters.slice(0, session.maxItems);
}


/***/ }),

/***/ 42913:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectProjectIamPolicy = collectProjectIamPolicy;
const gcp_apis_1 = __webpack_require__(53039);
/** The project's IAM policy at version 3, so conditional bindings come back with their conditions. */
async function collectProjectIamPolicy(session) {
    const { data } = await (0, gcp_apis_1.resourceManagerApi)(session).projects.getIamPolicy({ resource: session.projectId, requestBody: { options: { requestedPolicyVersion: 3 } } }, gcp_apis_1.RETRY_READ_POST);
    return data;
}


/***/ }),

/***/ 51487:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectKmsKeys = collectKmsKeys;
const gcp_apis_1 = __webpack_require__(53039);
const paging_1 = __webpack_require__(54547);
const per_item_1 = __webpack_require__(86994);
/** Cloud KMS through REST: locations, their key rings, their keys, each key's IAM policy. */
async function collectKmsKeys(session) {
    const locations = await listKms(session, `v1/projects/${session.projectId}/locations`, 'locations', `Cloud KMS locations of project ${session.projectId}`);
    const ids = locations.flatMap((location) => (location.locationId ? [location.locationId] : []));
    const rings = await (0, per_item_1.readPerItem)(ids, (location) => `the key rings of KMS location ${location}`, (location) => listKms(session, `v1/projects/${session.projectId}/locations/${location}/keyRings`, 'keyRings', `key rings of project ${session.projectId} in ${location}`));
    const unread = [];
    const ringNames = [];
    rings.forEach((result, index) => {
        if (!result.ok)
            unread.push(result.reason);
        else
            for (const ring of result.value)
                if (ring.name)
                    ringNames.push({ ring: ring.name, location: ids[index] });
    });
    const keyLists = await (0, per_item_1.readPerItem)(ringNames, ({ ring }) => `the keys of key ring ${ring}`, ({ ring }) => listKms(session, `v1/${ring}/cryptoKeys`, 'cryptoKeys', `keys of ${ring}`));
    const keys = [];
    keyLists.forEach((result, index) => {
        if (!result.ok)
            unread.push(result.reason);
        else
            for (const key of result.value)
                keys.push({ key, location: ringNames[index].location });
    });
    const policies = await (0, per_item_1.readPerItem)(keys, ({ key }) => `the IAM policy of key ${key.name}`, ({ key }) => (0, gcp_apis_1.restGet)(session, 'cloudkms', `v1/${key.name}:getIamPolicy`, {
        'options.requestedPolicyVersion': 3,
    }));
    return { keys: keys.map((entry, index) => ({ ...entry, policy: policies[index] })), unread };
}
/** A Cloud KMS list whose items sit under `key`, across pages. */
function listKms(session, path, key, what) {
    return (0, paging_1.listPages)(async (pageToken) => {
        const data = await (0, gcp_apis_1.restGet)(session, 'cloudkms', path, {
            pageSize: 500,
            pageToken,
        });
        const items = data[key];
        return {
            items: Array.isArray(items) ? items : [],
            nextPageToken: typeof data.nextPageToken === 'string' ? data.nextPageToken : null,
        };
    }, session.maxItems, what, session.warn);
}


/***/ }),

/***/ 13511:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectLogSinks = collectLogSinks;
const gcp_apis_1 = __webpack_require__(53039);
const paging_1 = __webpack_require__(54547);
function collectLogSinks(session) {
    const api = (0, gcp_apis_1.loggingApi)(session);
    return (0, paging_1.listPages)(async (pageToken) => {
        const { data } = await api.projects.sinks.list({
            parent: `projects/${session.projectId}`,
            pageSize: 200,
            ...(pageToken ? { pageToken } : {}),
        });
        return { items: data.sinks ?? [], nextPageToken: data.nextPageToken ?? null };
    }, session.maxItems, `log sinks of project ${session.projectId}`, session.warn);
}


/***/ }),

/***/ 12608:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectNetworks = collectNetworks;
exports.collectSubnetworks = collectSubnetworks;
const aggregated_1 = __webpack_require__(93142);
const gcp_apis_1 = __webpack_require__(53039);
const paging_1 = __webpack_require__(54547);
function collectNetworks(session) {
    const api = (0, gcp_apis_1.computeApi)(session);
    return (0, paging_1.listPages)(async (pageToken) => {
        const { data } = await api.networks.list({
            project: session.projectId,
            maxResults: 500,
            ...(pageToken ? { pageToken } : {}),
        });
        return { items: data.items ?? [], nextPageToken: data.nextPageToken ?? null };
    }, session.maxItems, `VPC networks of project ${session.projectId}`, session.warn);
}
/** Every subnet of every region, in one aggregated list. */
function collectSubnetworks(session) {
    const api = (0, gcp_apis_1.computeApi)(session);
    return (0, aggregated_1.listAggregated)(session, 'subnetworks', `subnets of project ${session.projectId}`, async (pageToken) => {
        const { data } = await api.subnetworks.aggregatedList({
            project: session.projectId,
            maxResults: 500,
            ...(pageToken ? { pageToken } : {}),
        });
        return data;
    });
}


/***/ }),

/***/ 54547:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.listPages = listPages;
/**
 * Every item of a paged Google list, up to `max`; a list cut short is said in a warning, so a partial audit
 * is never silent.
 */
async function listPages(fetchPage, max, what, warn) {
    const out = [];
    let token;
    do {
        const page = await fetchPage(token);
        out.push(...page.items);
        token = page.nextPageToken ?? undefined;
        if (out.length >= max && token) {
            warn(`${what}: only the first ${out.length} items were audited`);
            break;
        }
    } while (token);
    return out;
}


/***/ }),

/***/ 86994:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readPerItem = readPerItem;
const collected_1 = __webpack_require__(9035);
const limiter_1 = __webpack_require__(9820);
const gcp_errors_1 = __webpack_require__(95664);
/** Calls made per item (one bucket's policy, one account's keys) at once, within one project. */
const PER_ITEM_CONCURRENCY = 8;
/**
 * Reads one value per item; an item whose call fails keeps the reason (`what` names the item), so the checks
 * record a gap for that item and still judge the others.
 */
function readPerItem(items, what, read) {
    return (0, limiter_1.mapLimited)(items, PER_ITEM_CONCURRENCY, async (item) => {
        try {
            return (0, collected_1.collected)(await read(item));
        }
        catch (error) {
            return (0, collected_1.missing)(`${what(item)} could not be read: ${(0, gcp_errors_1.describeGcpError)(error)}`);
        }
    });
}


/***/ }),

/***/ 92817:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectServiceAccountKeys = collectServiceAccountKeys;
const gcp_apis_1 = __webpack_require__(53039);
const paging_1 = __webpack_require__(54547);
const per_item_1 = __webpack_require__(86994);
/** The project's service accounts, each with its user-managed keys. */
async function collectServiceAccountKeys(session) {
    const api = (0, gcp_apis_1.iamApi)(session);
    const accounts = await (0, paging_1.listPages)(async (pageToken) => {
        const { data } = await api.projects.serviceAccounts.list({
            name: `projects/${session.projectId}`,
            pageSize: 100,
            ...(pageToken ? { pageToken } : {}),
        });
        return { items: data.accounts ?? [], nextPageToken: data.nextPageToken ?? null };
    }, session.maxItems, `service accounts of project ${session.projectId}`, session.warn);
    const keys = await (0, per_item_1.readPerItem)(accounts, (account) => `the keys of service account ${account.email ?? account.name}`, async (account) => {
        const { data } = await api.projects.serviceAccounts.keys.list({
            name: account.name ?? `projects/${session.projectId}/serviceAccounts/${account.email}`,
            keyTypes: ['USER_MANAGED'],
        });
        return data.keys ?? [];
    });
    return accounts.map((account, index) => ({ account, userManagedKeys: keys[index] }));
}


/***/ }),

/***/ 70678:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectSqlInstances = collectSqlInstances;
const gcp_apis_1 = __webpack_require__(53039);
const paging_1 = __webpack_require__(54547);
function collectSqlInstances(session) {
    const api = (0, gcp_apis_1.sqlAdminApi)(session);
    return (0, paging_1.listPages)(async (pageToken) => {
        const { data } = await api.instances.list({
            project: session.projectId,
            maxResults: 500,
            ...(pageToken ? { pageToken } : {}),
        });
        return { items: data.items ?? [], nextPageToken: data.nextPageToken ?? null };
    }, session.maxItems, `Cloud SQL instances of project ${session.projectId}`, session.warn);
}


/***/ }),

/***/ 19656:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectBuckets = collectBuckets;
exports.collectBucketPolicies = collectBucketPolicies;
const gcp_apis_1 = __webpack_require__(53039);
const paging_1 = __webpack_require__(54547);
const per_item_1 = __webpack_require__(86994);
function collectBuckets(session) {
    const api = (0, gcp_apis_1.storageApi)(session);
    return (0, paging_1.listPages)(async (pageToken) => {
        const { data } = await api.buckets.list({
            project: session.projectId,
            // Full, so buckets with fine-grained access come with their ACLs.
            projection: 'full',
            maxResults: 500,
            ...(pageToken ? { pageToken } : {}),
        });
        return { items: data.items ?? [], nextPageToken: data.nextPageToken ?? null };
    }, session.maxItems, `buckets of project ${session.projectId}`, session.warn);
}
/** Each bucket with its IAM policy (version 3, with conditions). */
async function collectBucketPolicies(session, need) {
    const api = (0, gcp_apis_1.storageApi)(session);
    const buckets = await need('buckets');
    const policies = await (0, per_item_1.readPerItem)(buckets, (bucket) => `the IAM policy of bucket ${bucket.name}`, async (bucket) => {
        const { data } = await api.buckets.getIamPolicy({
            bucket: bucket.name ?? '',
            optionsRequestedPolicyVersion: 3,
        });
        return data;
    });
    return buckets.map((bucket, index) => ({ bucket, policy: policies[index] }));
}


/***/ }),

/***/ 45154:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectWorkloadIdentityPools = collectWorkloadIdentityPools;
const gcp_apis_1 = __webpack_require__(53039);
const paging_1 = __webpack_require__(54547);
const per_item_1 = __webpack_require__(86994);
/** The project's workload identity pools (they live in `global`), each with its providers. */
async function collectWorkloadIdentityPools(session) {
    const api = (0, gcp_apis_1.iamApi)(session);
    const pools = await (0, paging_1.listPages)(async (pageToken) => {
        const { data } = await api.projects.locations.workloadIdentityPools.list({
            parent: `projects/${session.projectId}/locations/global`,
            pageSize: 50,
            ...(pageToken ? { pageToken } : {}),
        });
        return { items: data.workloadIdentityPools ?? [], nextPageToken: data.nextPageToken ?? null };
    }, session.maxItems, `workload identity pools of project ${session.projectId}`, session.warn);
    const providers = await (0, per_item_1.readPerItem)(pools, (pool) => `the providers of workload identity pool ${pool.name}`, (pool) => (0, paging_1.listPages)(async (pageToken) => {
        const { data } = await api.projects.locations.workloadIdentityPools.providers.list({
            parent: pool.name ?? '',
            pageSize: 50,
            ...(pageToken ? { pageToken } : {}),
        });
        return {
            items: data.workloadIdentityPoolProviders ?? [],
            nextPageToken: data.nextPageToken ?? null,
        };
    }, session.maxItems, `providers of workload identity pool ${pool.name}`, session.warn));
    return pools.map((pool, index) => ({ pool, providers: providers[index] }));
}


/***/ }),

/***/ 34173:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assumeRoleCredentials = assumeRoleCredentials;
exports.sessionName = sessionName;
const client_sts_1 = __webpack_require__(71695);
const aws_clients_1 = __webpack_require__(86283);
const refreshing_credentials_1 = __webpack_require__(17344);
const sts_credentials_1 = __webpack_require__(92039);
/** Credentials for a role in another account (an organisation member), assumed again before they expire. */
function assumeRoleCredentials(options) {
    const sts = new client_sts_1.STSClient((0, aws_clients_1.awsClientConfig)(client_sts_1.STSClient, options.region, options.source, options.connection ?? {}));
    return (0, refreshing_credentials_1.refreshingCredentials)(async () => {
        const output = await sts.send(new client_sts_1.AssumeRoleCommand({
            RoleArn: options.roleArn,
            RoleSessionName: options.sessionName,
            DurationSeconds: options.durationSeconds ?? 3600,
        }));
        return (0, sts_credentials_1.temporaryCredentials)(output.Credentials, options.mask, 'AssumeRole');
    }, options, () => sts.destroy());
}
/** `RoleSessionName` allows 2-64 characters of `[\w+=,.@-]`. */
function sessionName(parts) {
    const name = parts
        .filter((part) => Boolean(part))
        .join('-')
        .replace(/[^\w+=,.@-]/g, '-')
        .slice(0, 64);
    return name.length >= 2 ? name : 'cloudgate-audit';
}


/***/ }),

/***/ 12355:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.describeClaims = exports.CLOUD_AUDIT_DOCS = exports.DEFAULT_AUDIENCE = void 0;
exports.awsOidcCredentials = awsOidcCredentials;
const core = __importStar(__webpack_require__(37484));
const client_sts_1 = __webpack_require__(71695);
const errors_1 = __webpack_require__(74296);
const aws_clients_1 = __webpack_require__(86283);
const aws_errors_1 = __webpack_require__(41952);
const github_id_token_1 = __webpack_require__(43147);
Object.defineProperty(exports, "CLOUD_AUDIT_DOCS", ({ enumerable: true, get: function () { return github_id_token_1.CLOUD_AUDIT_DOCS; } }));
Object.defineProperty(exports, "describeClaims", ({ enumerable: true, get: function () { return github_id_token_1.describeClaims; } }));
const sts_credentials_1 = __webpack_require__(92039);
const refreshing_credentials_1 = __webpack_require__(17344);
exports.DEFAULT_AUDIENCE = 'sts.amazonaws.com';
/**
 * Credentials for `roleArn` from the workflow's GitHub OIDC token: the token is requested, exchanged with
 * STS AssumeRoleWithWebIdentity, and the credentials are masked in the log and kept in memory only. Before
 * they expire, a new token is requested and the role assumed again.
 */
function awsOidcCredentials(options) {
    const audience = options.audience || exports.DEFAULT_AUDIENCE;
    const env = options.env ?? process.env;
    const getIdToken = options.getIdToken ?? github_id_token_1.runnerIdToken;
    const mask = options.mask ?? ((secret) => core.setSecret(secret));
    const sts = new client_sts_1.STSClient((0, aws_clients_1.awsClientConfig)(client_sts_1.STSClient, options.region, undefined, options.connection ?? {}));
    return (0, refreshing_credentials_1.refreshingCredentials)(async () => {
        const token = await (0, github_id_token_1.requestIdToken)(env, audience, getIdToken);
        try {
            const output = await sts.send(new client_sts_1.AssumeRoleWithWebIdentityCommand({
                RoleArn: options.roleArn,
                RoleSessionName: options.sessionName,
                WebIdentityToken: token,
                ...(options.durationSeconds ? { DurationSeconds: options.durationSeconds } : {}),
            }));
            return (0, sts_credentials_1.temporaryCredentials)(output.Credentials, mask, 'AssumeRoleWithWebIdentity');
        }
        catch (error) {
            throw exchangeError(error, options.roleArn, audience, token);
        }
    }, options, () => sts.destroy());
}
function exchangeError(error, roleArn, audience, token) {
    if (error instanceof errors_1.UserError)
        return error;
    const code = (0, aws_errors_1.errorCode)(error);
    const claims = (0, github_id_token_1.describeClaims)(token);
    if (code === 'AccessDenied' || code === 'AccessDeniedException') {
        return new errors_1.UserError(`AWS refused to let this workflow assume ${roleArn} (${code}); the token's ${claims}.`, `The role's trust policy must allow sts:AssumeRoleWithWebIdentity for the GitHub OIDC provider, with token.actions.githubusercontent.com:aud = "${audience}" and a token.actions.githubusercontent.com:sub condition that matches the subject above.`, github_id_token_1.CLOUD_AUDIT_DOCS);
    }
    if (code === 'InvalidIdentityToken' || code === 'IDPRejectedClaim' || code === 'ExpiredTokenException') {
        return new errors_1.UserError(`AWS did not accept the GitHub OIDC token for ${roleArn} (${code}: ${(0, github_id_token_1.oneLine)(error)}); the token's ${claims}.`, `Create the IAM OIDC identity provider for https://token.actions.githubusercontent.com in the role's account with "${audience}" in its audience list.`, github_id_token_1.CLOUD_AUDIT_DOCS);
    }
    return new errors_1.UserError(`STS AssumeRoleWithWebIdentity for ${roleArn} failed (${code}: ${(0, github_id_token_1.oneLine)(error)}).`, undefined, github_id_token_1.CLOUD_AUDIT_DOCS);
}


/***/ }),

/***/ 43147:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runnerIdToken = exports.CLOUD_AUDIT_DOCS = void 0;
exports.requestIdToken = requestIdToken;
exports.describeClaims = describeClaims;
exports.oneLine = oneLine;
const core = __importStar(__webpack_require__(37484));
const errors_1 = __webpack_require__(74296);
exports.CLOUD_AUDIT_DOCS = 'https://github.com/cloudgate-dev/cloudgate/blob/main/docs/cloud-audit.md';
const ID_TOKEN_HINT = 'Give the job `permissions: id-token: write` (with the other permissions it needs, such as `contents: read`). ' +
    'A reusable workflow in another organisation needs the caller to grant it too, and pull requests from forks get no OIDC token.';
/** `core.getIDToken`: the runner's token request, retried and masked in the log. */
const runnerIdToken = (audience) => core.getIDToken(audience);
exports.runnerIdToken = runnerIdToken;
/**
 * A fresh GitHub OIDC token for `audience`. Called before every exchange: the token lives minutes, so a long
 * audit asks for a new one instead of presenting an expired one.
 */
async function requestIdToken(env, audience, getIdToken) {
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        throw new errors_1.UserError('cloudgate could not request a GitHub OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL is not set, so this job may not request one.', ID_TOKEN_HINT, exports.CLOUD_AUDIT_DOCS);
    }
    try {
        return await getIdToken(audience);
    }
    catch (error) {
        throw new errors_1.UserError(`cloudgate could not get a GitHub OIDC token for the audience "${audience}": ${oneLine(error)}`, ID_TOKEN_HINT, exports.CLOUD_AUDIT_DOCS);
    }
}
/** The subject and audience of a JWT, read without verifying it, to explain a refusal. */
function describeClaims(token) {
    try {
        const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
        const text = (value) => typeof value === 'string' ? `"${value}"` : Array.isArray(value) ? JSON.stringify(value) : 'absent';
        return `subject is ${text(payload.sub)} and audience ${text(payload.aud)}`;
    }
    catch {
        return 'claims could not be read';
    }
}
function oneLine(error) {
    const text = error instanceof Error ? error.message : String(error);
    return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}


/***/ }),

/***/ 17344:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_REFRESH_BEFORE_MS = void 0;
exports.refreshingCredentials = refreshingCredentials;
exports.DEFAULT_REFRESH_BEFORE_MS = 5 * 60_000;
/**
 * Holds one set of temporary credentials in memory and fetches the next set before they expire, so an
 * audit that outlives a session keeps working. Concurrent callers during a refresh share one fetch. The
 * refresh window is capped at half the session, so short sessions are not refreshed on every call.
 */
function refreshingCredentials(fetch, settings = {}, close = () => { }) {
    const clock = settings.clock ?? Date.now;
    const refreshBefore = settings.refreshBeforeMs ?? exports.DEFAULT_REFRESH_BEFORE_MS;
    let current;
    let pending;
    const renew = () => {
        pending ??= (async () => {
            const issuedAt = clock();
            try {
                const credentials = await fetch();
                const lifetime = Math.max(0, credentials.expiration.getTime() - issuedAt);
                current = {
                    credentials,
                    refreshAt: credentials.expiration.getTime() - Math.min(refreshBefore, lifetime / 2),
                };
                return credentials;
            }
            finally {
                pending = undefined;
            }
        })();
        return pending;
    };
    const provider = async () => {
        if (current && clock() < current.refreshAt)
            return current.credentials;
        return renew();
    };
    return Object.assign(provider, { memoized: true, close });
}


/***/ }),

/***/ 92039:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.temporaryCredentials = temporaryCredentials;
/** STS credentials, checked complete and masked in the runner's log before anything can print them. */
function temporaryCredentials(credentials, mask, operation) {
    const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = credentials ?? {};
    if (!AccessKeyId || !SecretAccessKey || !SessionToken || !Expiration) {
        throw new Error(`STS ${operation} returned no complete credentials`);
    }
    mask(AccessKeyId);
    mask(SecretAccessKey);
    mask(SessionToken);
    return {
        accessKeyId: AccessKeyId,
        secretAccessKey: SecretAccessKey,
        sessionToken: SessionToken,
        expiration: Expiration,
    };
}


/***/ }),

/***/ 84600:
/***/ ((__unused_webpack_module, exports) => {


/** IPv4 ranges (`10.0.0.0/16`, `203.0.113.7`) as numbers, so that "live is wider than declared" is arithmetic. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sourcesCover = sourcesCover;
function parseRange(text) {
    const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(text.trim());
    if (!match)
        return undefined;
    const octets = match.slice(1, 5).map(Number);
    const bits = match[5] === undefined ? 32 : Number(match[5]);
    if (octets.some((octet) => octet > 255) || bits > 32)
        return undefined;
    const address = octets.reduce((sum, octet) => sum * 256 + octet, 0);
    const size = 2 ** (32 - bits);
    const from = Math.floor(address / size) * size;
    return { from, to: from + size - 1 };
}
/**
 * Whether the declared sources admit every address `entry` admits: the same text, a range that contains it,
 * or `*` (anywhere). Service tags and IPv6 compare by text only.
 */
function sourcesCover(declared, entry) {
    if (declared.includes(entry) || declared.includes('*'))
        return true;
    const range = parseRange(entry === '*' ? '0.0.0.0/0' : entry);
    if (!range)
        return false;
    return declared.some((candidate) => {
        const allowed = parseRange(candidate);
        return allowed !== undefined && allowed.from <= range.from && range.to <= allowed.to;
    });
}


/***/ }),

/***/ 31319:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resourceGroupOf = resourceGroupOf;
exports.armCandidates = armCandidates;
exports.matchArm = matchArm;
exports.subscriptionDeclarations = subscriptionDeclarations;
exports.reportUnmanagedArm = reportUnmanagedArm;
exports.matchDeclarations = matchDeclarations;
const declared_values_1 = __webpack_require__(343);
const matcher_1 = __webpack_require__(1279);
const unmanaged_1 = __webpack_require__(13869);
const RESOURCE_GROUP = /\/resourceGroups\/([^/]+)\//i;
function groupOf(candidate) {
    return resourceGroupOf(candidate.item.id);
}
/** The resource group of an ARM id, lower-cased (ARM names compare case-insensitively). */
function resourceGroupOf(id) {
    const match = id ? RESOURCE_GROUP.exec(id) : null;
    return match ? match[1].toLowerCase() : undefined;
}
/** A live ARM resource as the matcher sees it: its id and name lower-cased, its location as region. */
function armCandidates(resources) {
    return resources.flatMap((resource) => {
        const group = resourceGroupOf(resource.id);
        if (!resource.id || !resource.name || !group)
            return [];
        // Both spellings: the state may record the id as ARM returned it.
        const ids = [...new Set([resource.id, resource.id.toLowerCase()])];
        const region = resource.location?.replace(/\s+/g, '').toLowerCase();
        return [{ item: resource, ids, name: resource.name.toLowerCase(), ...(region ? { region } : {}) }];
    });
}
/**
 * The live resource of a declaration: by the state's ARM id (certain), else by its literal name within its
 * literal resource group. A name without a known resource group is unique only when one live resource has it.
 */
function matchArm(resource, candidates) {
    const id = resource.state?.id;
    if (typeof id === 'string' && id !== '')
        return (0, matcher_1.matchLive)({ ids: [id.toLowerCase()] }, candidates);
    const name = (0, declared_values_1.declaredString)(resource, 'name')?.toLowerCase();
    if (name === undefined)
        return { kind: 'unknown' };
    const group = (0, declared_values_1.declaredString)(resource, 'resource_group_name')?.toLowerCase();
    if (group === undefined) {
        const found = candidates.filter((candidate) => candidate.name === name);
        return found.length === 1 ? { kind: 'matched', candidate: found[0] } : { kind: 'unknown' };
    }
    return (0, matcher_1.matchLive)({ ids: [], name }, candidates.filter((candidate) => groupOf(candidate) === group));
}
/** Declarations of `type` in this subscription (the state's id names it; without state, any). */
function subscriptionDeclarations(context, type) {
    return context.applied(type).filter((resource) => {
        const id = resource.state?.id;
        if (typeof id !== 'string')
            return true;
        return id.toLowerCase().startsWith(`/subscriptions/${context.account.toLowerCase()}/`);
    });
}
/** The resource groups the project works in: those it declares and those of its resources. */
function projectResourceGroups(context) {
    const groups = new Set();
    for (const resource of context.declared.resources) {
        const group = resource.type === 'azurerm_resource_group'
            ? (0, declared_values_1.declaredString)(resource, 'name')
            : ((0, declared_values_1.declaredString)(resource, 'resource_group_name') ??
                resourceGroupOf(String(resource.state?.id ?? '')));
        if (group)
            groups.add(group.toLowerCase());
    }
    return groups;
}
/** Resource groups Azure services fill by themselves: AKS node groups, Databricks, Cloud Shell. */
const MANAGED_GROUPS = /^(mc_|databricks-rg-|cloud-shell-storage-)/;
/** Reports the live resources of a kind, in the project's resource groups, that nothing declares. */
function reportUnmanagedArm(context, check) {
    const groups = projectResourceGroups(context);
    (0, unmanaged_1.reportUnmanaged)(context, {
        ...check,
        candidates: check.candidates.filter((candidate) => groups.has(groupOf(candidate) ?? '')),
        stateIdPaths: ['id'],
        createdByProvider: (candidate) => MANAGED_GROUPS.test(groupOf(candidate) ?? ''),
        resourceId: (candidate) => candidate.item.id ?? '',
    });
}
/** The matches of every declaration of `type`, and a "missing" finding for each certain one that is gone. */
function matchDeclarations(context, type, label, candidates, control) {
    return subscriptionDeclarations(context, type).map((resource) => {
        const result = matchArm(resource, candidates);
        if (result.kind === 'missing')
            context.missing(resource, `declares ${label} ${result.by}, which does not exist in ${context.where} (deleted outside Terraform, or never applied).`, control);
        return { resource, result };
    });
}


/***/ }),

/***/ 26348:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AZURE_DRIFT_KINDS = void 0;
const key_vault_1 = __webpack_require__(64007);
const mssql_server_1 = __webpack_require__(44801);
const network_security_group_1 = __webpack_require__(99332);
const storage_account_1 = __webpack_require__(24174);
/** Every Azure kind drift compares, in report order. */
exports.AZURE_DRIFT_KINDS = [
    storage_account_1.storageAccountKind,
    network_security_group_1.networkSecurityGroupKind,
    key_vault_1.keyVaultKind,
    mssql_server_1.mssqlServerKind,
];


/***/ }),

/***/ 19250:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AZURE_DRIFT = void 0;
exports.azureDriftNeeds = azureDriftNeeds;
exports.detectAzureDrift = detectAzureDrift;
const index_1 = __webpack_require__(65073);
const scope_drift_1 = __webpack_require__(45819);
const azure_kinds_1 = __webpack_require__(26348);
exports.AZURE_DRIFT = {
    provider: 'azure',
    rules: index_1.AZURE_DRIFT_RULES,
    kinds: azure_kinds_1.AZURE_DRIFT_KINDS,
};
/** The subscription datasets drift reads for this Terraform project (only those of the kinds it declares). */
function azureDriftNeeds(declared) {
    return (0, scope_drift_1.scopeDriftNeeds)(declared, exports.AZURE_DRIFT);
}
/**
 * Compares a Terraform project (read with `platform: 'azure'`) with one subscription's collected datasets:
 * settings that drifted, storage accounts, security groups and key vaults of the project's resource groups
 * that nothing declares, declared resources that are gone. A dataset that failed makes "not assessed" notices.
 */
function detectAzureDrift(declared, datasets, subscriptionId) {
    return (0, scope_drift_1.detectScopeDrift)(declared, datasets, subscriptionId, exports.AZURE_DRIFT);
}


/***/ }),

/***/ 64007:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.keyVaultKind = void 0;
const settings_1 = __webpack_require__(2456);
const azure_drift_kind_1 = __webpack_require__(31319);
const TYPE = 'azurerm_key_vault';
function vaultSpecs(vault) {
    const network = vault.properties.publicNetworkAccess;
    return [
        {
            path: 'purge_protection_enabled',
            default: false,
            live: vault.properties.enablePurgeProtection ?? false,
            normalise: settings_1.asBoolean,
            strictness: settings_1.BOOLEAN_STRICTNESS,
        },
        {
            path: 'public_network_access_enabled',
            default: true,
            live: network === undefined ? undefined : network.toLowerCase() !== 'disabled',
            normalise: settings_1.asBoolean,
            strictness: (value) => (value === false ? 1 : 0),
        },
    ];
}
exports.keyVaultKind = {
    types: [TYPE],
    needs: ['keyVaults'],
    compare(context) {
        if (context.applied(TYPE).length === 0)
            return;
        const vaults = context.data('keyVaults', 'key vaults');
        if (!vaults)
            return;
        const candidates = (0, azure_drift_kind_1.armCandidates)(vaults);
        // A vault holds keys and secrets: one that is gone is a missing control.
        const matches = (0, azure_drift_kind_1.matchDeclarations)(context, TYPE, 'key vault', candidates, true);
        for (const { resource, result } of matches)
            if (result.kind === 'matched')
                context.drifted(resource, result.candidate.item.id, (0, settings_1.compareSettings)(resource, vaultSpecs(result.candidate.item)));
        (0, azure_drift_kind_1.reportUnmanagedArm)(context, { label: 'key vault', type: TYPE, matches, candidates });
    },
};


/***/ }),

/***/ 44801:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.mssqlServerKind = void 0;
const declared_values_1 = __webpack_require__(343);
const settings_1 = __webpack_require__(2456);
const azure_drift_kind_1 = __webpack_require__(31319);
const TYPE = 'azurerm_mssql_server';
const RULE_TYPE = 'azurerm_mssql_firewall_rule';
const TLS_VERSIONS = ['1.0', '1.1', '1.2', '1.3'];
/** The server a firewall rule belongs to: the server declaration it refers to, or the server id it names. */
function ruleServer(context, rule, server, live) {
    const referenced = (rule.source.references ?? []).some((reference) => reference.attribute === 'server_id' && reference.address === server.address);
    if (referenced)
        return true;
    const id = (0, declared_values_1.declaredString)(rule, 'server_id');
    if (id !== undefined)
        return id.toLowerCase() === live.id?.toLowerCase();
    const other = context
        .ofType(TYPE)
        .some((candidate) => (rule.source.references ?? []).some((reference) => reference.address === candidate.address));
    return other ? false : undefined;
}
/**
 * Rules open to every address (0.0.0.0 to 255.255.255.255) that the live server has and the code does not
 * declare; undefined when a declared rule's server or range cannot be told (then nothing is said).
 */
function undeclaredOpenRules(context, server, live, rules) {
    const declared = new Set();
    for (const rule of context.ofType(RULE_TYPE)) {
        const mine = ruleServer(context, rule, server, live);
        if (mine === undefined)
            return undefined;
        if (!mine)
            continue;
        const name = (0, declared_values_1.declaredString)(rule, 'name');
        const start = (0, declared_values_1.declaredString)(rule, 'start_ip_address');
        const end = (0, declared_values_1.declaredString)(rule, 'end_ip_address');
        if (name === undefined || start === undefined || end === undefined)
            return undefined;
        declared.add(`${name.toLowerCase()} ${start}-${end}`);
    }
    return rules
        .filter((rule) => rule.startIpAddress === '0.0.0.0' && rule.endIpAddress === '255.255.255.255')
        .filter((rule) => !declared.has(`${(rule.name ?? '').toLowerCase()} 0.0.0.0-255.255.255.255`))
        .map((rule) => ({
        setting: `firewall rule ${rule.name ?? ''}`.trim(),
        declared: 'not declared',
        live: 'open from 0.0.0.0 to 255.255.255.255',
        lessSecure: true,
    }));
}
function firewallRulesOf(context, live) {
    const byServer = context.data('sqlFirewallRules', 'SQL server firewall rules');
    if (!byServer)
        return undefined;
    const entry = [...byServer].find(([id]) => id.toLowerCase() === live.id?.toLowerCase())?.[1];
    return context.use(entry, `the firewall rules of SQL server ${live.name ?? ''}`);
}
exports.mssqlServerKind = {
    types: [TYPE, RULE_TYPE],
    needs: ['sqlServers', 'sqlFirewallRules'],
    compare(context) {
        if (context.applied(TYPE).length === 0)
            return;
        const servers = context.data('sqlServers', 'SQL servers');
        if (!servers)
            return;
        const matches = (0, azure_drift_kind_1.matchDeclarations)(context, TYPE, 'SQL server', (0, azure_drift_kind_1.armCandidates)(servers), false);
        for (const { resource, result } of matches) {
            if (result.kind !== 'matched')
                continue;
            const live = result.candidate.item;
            const diffs = (0, settings_1.compareSettings)(resource, [
                {
                    path: 'public_network_access_enabled',
                    default: true,
                    live: live.publicNetworkAccess === undefined ? undefined : live.publicNetworkAccess !== 'Disabled',
                    normalise: settings_1.asBoolean,
                    strictness: (value) => (value === false ? 1 : 0),
                },
                {
                    path: 'minimum_tls_version',
                    default: '1.2',
                    live: live.minimalTlsVersion,
                    strictness: (value) => TLS_VERSIONS.indexOf(String(value)),
                },
            ]);
            const rules = firewallRulesOf(context, live);
            if (rules)
                diffs.push(...(undeclaredOpenRules(context, resource, live, rules) ?? []));
            context.drifted(resource, live.id, diffs);
        }
    },
};


/***/ }),

/***/ 99332:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.networkSecurityGroupKind = void 0;
const declared_values_1 = __webpack_require__(343);
const azure_drift_kind_1 = __webpack_require__(31319);
const nsg_rules_1 = __webpack_require__(36559);
const TYPE = 'azurerm_network_security_group';
const RULE_TYPE = 'azurerm_network_security_rule';
const RULE_FIELDS = [
    'name',
    'direction',
    'access',
    'protocol',
    'source_address_prefix',
    'source_address_prefixes',
    'destination_port_range',
    'destination_port_ranges',
];
/** Whether a separate rule belongs to the group: by reference, or by literal group name and resource group. */
function belongsTo(rule, group, live) {
    const references = (rule.source.references ?? []).filter((reference) => reference.attribute === 'network_security_group_name');
    if (references.length > 0)
        return references.some((reference) => reference.address === group.address);
    const name = (0, declared_values_1.declaredString)(rule, 'network_security_group_name');
    const resourceGroup = (0, declared_values_1.declaredString)(rule, 'resource_group_name');
    if (name === undefined || resourceGroup === undefined)
        return undefined;
    return (name.toLowerCase() === live.name?.toLowerCase() &&
        live.id?.toLowerCase().includes(`/resourcegroups/${resourceGroup.toLowerCase()}/`) === true);
}
function separateRule(rule) {
    const values = {};
    for (const field of RULE_FIELDS) {
        const value = (0, declared_values_1.declaredValue)(rule, field);
        if (value.kind === 'unknown')
            return undefined;
        if (value.kind === 'known')
            values[field] = value.value;
    }
    const parsed = (0, nsg_rules_1.declaredRule)(values);
    return parsed ? { ...parsed, node: rule.source.body, declaredIn: rule } : undefined;
}
/** The rules the code gives a group, inline and separate; undefined when one of them cannot be read. */
function declaredRules(context, group, live) {
    let rules = (0, nsg_rules_1.inlineRules)(group);
    if (!rules)
        return undefined;
    for (const rule of context.ofType(RULE_TYPE)) {
        const mine = belongsTo(rule, group, live);
        if (mine === undefined)
            return undefined;
        if (!mine)
            continue;
        const parsed = separateRule(rule);
        if (!parsed)
            return undefined;
        // The state lists separate rules among the group's own; the separate declaration is the one the code shows.
        rules = [...rules.filter((other) => other.name.toLowerCase() !== parsed.name.toLowerCase()), parsed];
    }
    return rules;
}
exports.networkSecurityGroupKind = {
    types: [TYPE, RULE_TYPE],
    needs: ['networkSecurityGroups'],
    compare(context) {
        if (context.applied(TYPE).length === 0)
            return;
        const groups = context.data('networkSecurityGroups', 'network security groups');
        if (!groups)
            return;
        const candidates = (0, azure_drift_kind_1.armCandidates)(groups);
        const matches = (0, azure_drift_kind_1.matchDeclarations)(context, TYPE, 'network security group', candidates, true);
        for (const { resource, result } of matches) {
            if (result.kind !== 'matched')
                continue;
            const live = result.candidate.item;
            const declared = declaredRules(context, resource, live);
            const liveRules = (live.securityRules ?? []).map(nsg_rules_1.liveRule);
            if (!declared || liveRules.some((rule) => rule === undefined))
                continue;
            context.drifted(resource, live.id, (0, nsg_rules_1.compareRules)(declared, liveRules));
        }
        (0, azure_drift_kind_1.reportUnmanagedArm)(context, { label: 'network security group', type: TYPE, matches, candidates });
    },
};


/***/ }),

/***/ 36559:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.declaredRule = declaredRule;
exports.liveRule = liveRule;
exports.inlineRules = inlineRules;
exports.compareRules = compareRules;
const node_1 = __webpack_require__(28309);
const declared_values_1 = __webpack_require__(343);
const address_ranges_1 = __webpack_require__(84600);
const port_entries_1 = __webpack_require__(52503);
const ANYWHERE = new Set(['*', '0.0.0.0/0', 'internet', 'any']);
function normalSource(source) {
    const trimmed = source.trim();
    return ANYWHERE.has(trimmed.toLowerCase()) ? '*' : trimmed;
}
function textList(single, many) {
    const list = Array.isArray(many) ? many : [];
    if (!list.every((entry) => typeof entry === 'string'))
        return undefined;
    const all = [...(typeof single === 'string' && single !== '' ? [single] : []), ...list];
    return all.length > 0 ? all : undefined;
}
/** A rule of the code (an inline block or a separate resource's values); undefined when a field is not known. */
function declaredRule(values) {
    const { name, direction, access, protocol } = values;
    const sources = textList(values.source_address_prefix, values.source_address_prefixes);
    const ports = textList(values.destination_port_range, values.destination_port_ranges);
    if (typeof name !== 'string' || typeof direction !== 'string' || typeof access !== 'string')
        return undefined;
    if (typeof protocol !== 'string' || !sources || !ports)
        return undefined;
    return {
        name,
        direction: direction.toLowerCase(),
        access: access.toLowerCase(),
        protocol,
        sources: sources.map(normalSource),
        ports: (0, port_entries_1.portEntries)(protocol, ports),
    };
}
function liveRule(rule) {
    const sources = textList(rule.sourceAddressPrefix, rule.sourceAddressPrefixes);
    const ports = textList(rule.destinationPortRange, rule.destinationPortRanges);
    if (!rule.name || !sources || !ports)
        return undefined;
    return {
        name: rule.name,
        direction: (rule.direction ?? '').toLowerCase(),
        access: (rule.access ?? '').toLowerCase(),
        protocol: rule.protocol ?? '*',
        sources: sources.map(normalSource),
        ports: (0, port_entries_1.portEntries)(rule.protocol ?? '*', ports),
    };
}
/**
 * The inline `security_rule` blocks of a group: [] when the code has none, undefined when they cannot be
 * read (a dynamic block, an unknown field). Each keeps its block in the code, found by name.
 */
function inlineRules(resource) {
    const value = (0, declared_values_1.declaredValue)(resource, 'security_rule');
    if (value.kind === 'absent')
        return [];
    if (value.kind === 'unknown' || !Array.isArray(value.value))
        return undefined;
    const blocks = (0, node_1.items)((0, node_1.child)(resource.source.body, 'security_rule'));
    const rules = [];
    for (const entry of value.value) {
        const rule = typeof entry === 'object' && entry !== null
            ? declaredRule(entry)
            : undefined;
        if (!rule)
            return undefined;
        const block = blocks.find((candidate) => (0, node_1.str)((0, node_1.child)(candidate, 'name')) === rule.name);
        rules.push({ ...rule, ...(block ? { node: block } : {}) });
    }
    return rules;
}
function describe(rule) {
    const ports = rule.ports.map((port) => port.replace(/:\*$/, ' any port')).join(', ');
    return `${rule.access} ${rule.direction} ${ports} from ${rule.sources.join(', ')}`;
}
/** Whether the live rule lets in traffic the declared one does not. */
function opensMore(declared, live) {
    if (live.access !== 'allow' || live.direction !== 'inbound')
        return false;
    if (!declared || declared.access !== 'allow' || declared.direction !== 'inbound')
        return true;
    const sourceWider = live.sources.some((source) => !(0, address_ranges_1.sourcesCover)(declared.sources, source));
    return sourceWider || live.ports.some((port) => !(0, port_entries_1.portsCover)(declared.ports, port));
}
function same(a, b) {
    const key = (rule) => [rule.direction, rule.access, [...rule.sources].sort().join(','), [...rule.ports].sort().join(',')].join('|');
    return key(a) === key(b);
}
/** The field of a declared rule that best shows a difference: its source when sources differ, else its ports. */
function nodeOf(declared, live) {
    if (!declared.node)
        return undefined;
    const sourcesDiffer = [...declared.sources].sort().join() !== [...live.sources].sort().join();
    const fields = sourcesDiffer
        ? ['source_address_prefix', 'source_address_prefixes']
        : ['destination_port_range', 'destination_port_ranges', 'access'];
    return (fields.map((field) => (0, node_1.child)(declared.node, field)).find((node) => node !== undefined) ?? declared.node);
}
/** Every rule that differs by name between the code and the live group. */
function compareRules(declared, live) {
    const diffs = [];
    const byName = (rules, name) => rules.find((rule) => rule.name.toLowerCase() === name.toLowerCase());
    for (const rule of live) {
        const mine = byName(declared, rule.name);
        if (mine && same(mine, rule))
            continue;
        const node = mine ? nodeOf(mine, rule) : undefined;
        diffs.push({
            setting: `security_rule ${rule.name}`,
            declared: mine ? describe(mine) : 'not declared',
            live: describe(rule),
            lessSecure: opensMore(mine, rule),
            ...(node ? { node } : {}),
            ...(mine?.declaredIn ? { declaredIn: mine.declaredIn } : {}),
        });
    }
    for (const rule of declared)
        if (!byName(live, rule.name))
            diffs.push({
                setting: `security_rule ${rule.name}`,
                declared: describe(rule),
                live: 'not there',
                // A deny rule that is gone lets traffic through.
                lessSecure: rule.access === 'deny',
                ...(rule.node ? { node: rule.node } : {}),
                ...(rule.declaredIn ? { declaredIn: rule.declaredIn } : {}),
            });
    return diffs;
}


/***/ }),

/***/ 24174:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.storageAccountKind = void 0;
const node_1 = __webpack_require__(28309);
const declared_values_1 = __webpack_require__(343);
const settings_1 = __webpack_require__(2456);
const azure_drift_kind_1 = __webpack_require__(31319);
const TYPE = 'azurerm_storage_account';
const TLS_VERSIONS = ['TLS1_0', 'TLS1_1', 'TLS1_2', 'TLS1_3'];
/** Off is stricter for settings that open access. */
const OFF_IS_STRICTER = (value) => (value === false ? 1 : 0);
/** azurerm 4 renamed `enable_https_traffic_only`; the code's spelling is the one compared. */
function httpsPath(resource) {
    const old = 'enable_https_traffic_only';
    return (0, node_1.child)(resource.source.body, old) !== undefined || (0, declared_values_1.stateValue)(resource.state, old) !== undefined
        ? old
        : 'https_traffic_only_enabled';
}
function accountSpecs(resource, account) {
    const network = account.publicNetworkAccess;
    return [
        {
            path: httpsPath(resource),
            default: true,
            live: account.enableHttpsTrafficOnly,
            normalise: settings_1.asBoolean,
            strictness: settings_1.BOOLEAN_STRICTNESS,
        },
        {
            path: 'min_tls_version',
            default: 'TLS1_2',
            live: account.minimumTlsVersion,
            strictness: (value) => TLS_VERSIONS.indexOf(String(value)),
        },
        {
            path: 'allow_nested_items_to_be_public',
            default: true,
            live: account.allowBlobPublicAccess,
            normalise: settings_1.asBoolean,
            strictness: OFF_IS_STRICTER,
        },
        {
            path: 'public_network_access_enabled',
            default: true,
            live: network === undefined ? undefined : network !== 'Disabled',
            normalise: settings_1.asBoolean,
            strictness: OFF_IS_STRICTER,
        },
        {
            path: 'shared_access_key_enabled',
            default: true,
            // Azure documents an unset value as allowed.
            live: account.allowSharedKeyAccess ?? true,
            normalise: settings_1.asBoolean,
            strictness: OFF_IS_STRICTER,
        },
    ];
}
exports.storageAccountKind = {
    types: [TYPE],
    needs: ['storageAccounts'],
    compare(context) {
        if (context.applied(TYPE).length === 0)
            return;
        const accounts = context.data('storageAccounts', 'storage accounts');
        if (!accounts)
            return;
        const candidates = (0, azure_drift_kind_1.armCandidates)(accounts);
        const matches = (0, azure_drift_kind_1.matchDeclarations)(context, TYPE, 'storage account', candidates, false);
        for (const { resource, result } of matches)
            if (result.kind === 'matched')
                context.drifted(resource, result.candidate.item.id, (0, settings_1.compareSettings)(resource, accountSpecs(resource, result.candidate.item)));
        (0, azure_drift_kind_1.reportUnmanagedArm)(context, { label: 'storage account', type: TYPE, matches, candidates });
    },
};


/***/ }),

/***/ 343:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.declaredValue = declaredValue;
exports.declaredString = declaredString;
exports.stateValue = stateValue;
const node_1 = __webpack_require__(28309);
/** Reads `path` (`versioning_configuration.0.status`) of a declaration, the code first, then the state. */
function declaredValue(resource, path) {
    const node = (0, node_1.child)(resource.source.body, path);
    if (node && !(0, node_1.isUnknown)(node) && !containsUnknown(node, 0))
        return { kind: 'known', value: (0, node_1.toPlain)(node), node };
    const recorded = stateValue(resource.state, path);
    // Left out of the code but in the state: the provider's default as applied, which the code declares in effect.
    if (node === undefined)
        return recorded === undefined ? { kind: 'absent' } : { kind: 'known', value: recorded, node: undefined };
    return recorded === undefined ? { kind: 'unknown' } : { kind: 'known', value: recorded, node };
}
/** A literal string of the code or the state, else undefined (unknown or absent). */
function declaredString(resource, path) {
    const value = declaredValue(resource, path);
    return value.kind === 'known' && typeof value.value === 'string' && value.value !== ''
        ? value.value
        : undefined;
}
/** What the state recorded at `path`, with nested blocks as lists of objects as in the code. */
function stateValue(state, path) {
    let current = state;
    for (const part of path.split('.')) {
        if (current === null || current === undefined)
            return undefined;
        if (Array.isArray(current))
            current = /^\d+$/.test(part) ? current[Number(part)] : undefined;
        else if (typeof current === 'object')
            current = current[part];
        else
            return undefined;
    }
    return current === null ? undefined : current;
}
function containsUnknown(node, depth) {
    if (depth > 64)
        return true;
    if (node.kind === 'unknown')
        return true;
    if (node.kind === 'list')
        return node.items.some((item) => containsUnknown(item, depth + 1));
    if (node.kind === 'map')
        return [...node.entries.values()].some((value) => containsUnknown(value, depth + 1));
    return false;
}


/***/ }),

/***/ 38369:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readDeclaredInfrastructure = readDeclaredInfrastructure;
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __importDefault(__webpack_require__(76760));
const errors_1 = __webpack_require__(74296);
const index_1 = __webpack_require__(95395);
const terraform_files_1 = __webpack_require__(14965);
const scan_iac_1 = __webpack_require__(55340);
const state_json_1 = __webpack_require__(4132);
const ARN_ACCOUNT = /^arn:[a-z-]+:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/;
const ARM_SUBSCRIPTION = /^\/subscriptions\/([0-9a-f-]{36})(\/|$)/i;
const GCP_PROJECT_PATH = /(?:^|\/)projects\/([a-z][a-z0-9-]{4,28}[a-z0-9])\//;
/**
 * Reads the Terraform project with the IaC scanner's loader (no rules run) and joins each resource of the
 * platform (AWS unless told) with its state entry by address. The state stays in memory; nothing of it is logged or written.
 */
function readDeclaredInfrastructure(options) {
    const iacPath = node_path_1.default.resolve(options.iacPath);
    const root = node_path_1.default.resolve(options.root ?? iacPath);
    if (!isFolder(iacPath))
        throw new errors_1.UserError(`Terraform project folder ${options.iacPath} does not exist`, 'Set iac-path to the folder holding the .tf files of the project whose live resources are audited.');
    const relative = node_path_1.default.relative(root, iacPath);
    if (relative.startsWith('..') || node_path_1.default.isAbsolute(relative))
        throw new errors_1.UserError(`Terraform project folder ${options.iacPath} is outside ${root}`);
    const state = options.statePath !== undefined ? (0, state_json_1.readStateFile)(options.statePath) : undefined;
    const { model, report } = (0, scan_iac_1.scanIac)({
        root,
        paths: relative ? [relative.split(node_path_1.default.sep).join('/')] : [],
        rules: [],
        keepModel: true,
        loaders: [(0, index_1.createTerraformLoader)(options.varFiles ? { varFiles: options.varFiles } : {})],
    });
    const platform = options.platform ?? 'aws';
    const byAddress = new Map((state ?? []).map((resource) => [resource.address, resource]));
    const resources = model.resources
        .filter((resource) => resource.format === 'terraform' && resource.platform === platform)
        .filter((resource) => resource.meta.mode !== 'data' && resource.meta.expansion !== 'unknown')
        .map((resource) => {
        const entry = byAddress.get(resource.address);
        byAddress.delete(resource.address);
        return {
            type: resource.type,
            address: resource.address,
            source: resource,
            ...(entry ? { state: entry.values } : {}),
        };
    })
        .sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
    const notices = report.notices.filter(isTerraformNotice);
    const incomplete = describeIncomplete(notices);
    const account = STATE_SCOPE[platform](state ?? []);
    return {
        resources,
        stateOnly: [...byAddress.values()],
        model,
        hasState: state !== undefined,
        ...(account ? { account } : {}),
        ...(incomplete ? { incomplete } : {}),
        notices,
    };
}
function isFolder(folder) {
    try {
        return (0, node_fs_1.statSync)(folder).isDirectory();
    }
    catch {
        return false;
    }
}
/** Notices about Terraform files and modules; other files of the folder are not the project's concern here. */
function isTerraformNotice(notice) {
    if (notice.kind !== 'parse-error' && notice.kind !== 'skipped')
        return false;
    const file = notice.path ?? '';
    const base = file.slice(file.lastIndexOf('/') + 1);
    return terraform_files_1.CONFIG_FILE_NAME.test(file) || !base.includes('.');
}
function describeIncomplete(notices) {
    if (notices.length === 0)
        return undefined;
    const first = notices[0];
    const where = first.path ? `${first.path}: ` : '';
    const more = notices.length > 1 ? ` (and ${notices.length - 1} more)` : '';
    return `the Terraform code was not read completely (${where}${first.message}${more})`;
}
/** The one account the state's ARNs belong to; undefined when they name none or several. */
function stateAccount(state) {
    const accounts = new Set();
    for (const resource of state) {
        const arn = resource.values.arn;
        const match = typeof arn === 'string' ? ARN_ACCOUNT.exec(arn) : null;
        if (match)
            accounts.add(match[1]);
    }
    return accounts.size === 1 ? [...accounts][0] : undefined;
}
/** The one project the state's Google resources name (`project`, or `projects/<id>/` in their ids). */
function stateProject(state) {
    const projects = new Set();
    for (const resource of state.filter((entry) => /^google(-beta)?_/.test(entry.type))) {
        const { project, id, self_link: selfLink } = resource.values;
        if (typeof project === 'string' && project !== '')
            projects.add(project);
        else
            for (const value of [id, selfLink]) {
                const match = typeof value === 'string' ? GCP_PROJECT_PATH.exec(value) : null;
                if (match)
                    projects.add(match[1]);
            }
    }
    return projects.size === 1 ? [...projects][0] : undefined;
}
/** The one subscription the state's ARM ids belong to. */
function stateSubscription(state) {
    const subscriptions = new Set();
    for (const resource of state.filter((entry) => entry.type.startsWith('azurerm_'))) {
        const id = resource.values.id;
        const match = typeof id === 'string' ? ARM_SUBSCRIPTION.exec(id) : null;
        if (match)
            subscriptions.add(match[1].toLowerCase());
    }
    return subscriptions.size === 1 ? [...subscriptions][0] : undefined;
}
const STATE_SCOPE = {
    aws: stateAccount,
    gcp: stateProject,
    azure: stateSubscription,
};


/***/ }),

/***/ 4132:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readStateFile = readStateFile;
exports.stateResources = stateResources;
const node_fs_1 = __webpack_require__(73024);
const errors_1 = __webpack_require__(74296);
const MAX_STATE_BYTES = 128 * 1024 * 1024;
const MAX_MODULE_DEPTH = 64;
const DOCS = 'https://github.com/cloudgate-dev/cloudgate/blob/main/docs/cloud-audit.md#drift';
const HOW = 'Give the output of `terraform show -json` (of the state, or of a saved plan file).';
/**
 * Reads `terraform show -json` of a state (`values.root_module`) or of a plan (`prior_state.values.root_module`):
 * the managed resources with their last applied values, child modules included. A file that is not such JSON is
 * a UserError naming the file; its content is never quoted, as a state can hold secrets.
 */
function readStateFile(file, label = file) {
    let size;
    try {
        size = (0, node_fs_1.statSync)(file).size;
    }
    catch {
        throw new errors_1.UserError(`Terraform state file ${label} cannot be read`, HOW, DOCS);
    }
    if (size > MAX_STATE_BYTES)
        throw new errors_1.UserError(`Terraform state file ${label} is larger than ${MAX_STATE_BYTES / 1024 / 1024} MiB`, HOW, DOCS);
    let parsed;
    try {
        parsed = JSON.parse((0, node_fs_1.readFileSync)(file, 'utf8'));
    }
    catch {
        throw new errors_1.UserError(`Terraform state file ${label} is not valid JSON`, HOW, DOCS);
    }
    return stateResources(parsed, label);
}
/** The resources of parsed `terraform show -json` output; `label` names the file in errors. */
function stateResources(parsed, label) {
    const document = asRecord(parsed);
    if (document && typeof document.version === 'number' && Array.isArray(document.resources))
        throw new errors_1.UserError(`Terraform state file ${label} is a raw state (terraform.tfstate), not the output of \`terraform show -json\``, 'Convert it first: `terraform show -json > state.json` (or `terraform show -json <planfile>`).', DOCS);
    if (!document || typeof document.format_version !== 'string')
        throw new errors_1.UserError(`Terraform state file ${label} is not the output of \`terraform show -json\` (no format_version)`, HOW, DOCS);
    const values = asRecord(document.values) ?? asRecord(asRecord(document.prior_state)?.values);
    if (!values) {
        // A state with no resources yet, or a plan of a project that was never applied, has no values.
        if (document.values === undefined && document.prior_state === undefined)
            return [];
        throw new errors_1.UserError(`Terraform state file ${label} has no readable "values" section`, HOW, DOCS);
    }
    const root = values.root_module;
    if (root === undefined)
        return [];
    const resources = [];
    visitModule(root, 0, label, resources);
    return resources;
}
function visitModule(module, depth, label, into) {
    if (depth > MAX_MODULE_DEPTH)
        throw new errors_1.UserError(`Terraform state file ${label} nests modules more than ${MAX_MODULE_DEPTH} deep`, HOW, DOCS);
    const record = asRecord(module);
    if (!record)
        throw new errors_1.UserError(`Terraform state file ${label} has a module that is not an object`, HOW, DOCS);
    const resources = record.resources ?? [];
    const children = record.child_modules ?? [];
    if (!Array.isArray(resources) || !Array.isArray(children))
        throw new errors_1.UserError(`Terraform state file ${label} has "resources" or "child_modules" that are not lists`, HOW, DOCS);
    for (const entry of resources) {
        const resource = asRecord(entry);
        if (!resource || typeof resource.address !== 'string' || typeof resource.type !== 'string')
            throw new errors_1.UserError(`Terraform state file ${label} has a resource without address or type`, HOW, DOCS);
        if (resource.mode === 'data')
            continue;
        into.push({ address: resource.address, type: resource.type, values: asRecord(resource.values) ?? {} });
    }
    for (const child of children)
        visitModule(child, depth + 1, label, into);
}
function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}


/***/ }),

/***/ 63736:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.driftNeeds = driftNeeds;
exports.detectAwsDrift = detectAwsDrift;
const drift_context_1 = __webpack_require__(13792);
const index_1 = __webpack_require__(89269);
function kindsIn(declared) {
    const types = new Set(declared.resources.map((resource) => resource.type));
    return index_1.DRIFT_KINDS.filter((kind) => kind.types.some((type) => types.has(type)));
}
/** The datasets drift reads for this project: only those of the kinds it declares. No calls of its own. */
function driftNeeds(declared) {
    const kinds = kindsIn(declared);
    return {
        accountKeys: [...new Set(kinds.flatMap((kind) => kind.accountKeys))].sort(),
        regionKeys: [...new Set(kinds.flatMap((kind) => kind.regionKeys))].sort(),
    };
}
/**
 * Compares the declared infrastructure with one account's collected data: settings that drifted, live
 * resources no declaration manages, declared resources that are gone. A dataset that could not be read
 * makes its comparisons "not assessed" notices, never findings.
 */
function detectAwsDrift(declared, data, scope) {
    const context = new drift_context_1.DriftContext(declared, data, scope);
    for (const kind of kindsIn(declared))
        kind.compare(context);
    return { findings: context.findings, notices: context.notices };
}


/***/ }),

/***/ 13792:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DRIFT_UNMANAGED_RESOURCE = exports.DRIFT_SETTING_CHANGED = exports.DRIFT_MISSING_RESOURCE = exports.DriftContext = void 0;
const drift_recorder_1 = __webpack_require__(21817);
const index_1 = __webpack_require__(65073);
Object.defineProperty(exports, "DRIFT_MISSING_RESOURCE", ({ enumerable: true, get: function () { return index_1.DRIFT_MISSING_RESOURCE; } }));
Object.defineProperty(exports, "DRIFT_SETTING_CHANGED", ({ enumerable: true, get: function () { return index_1.DRIFT_SETTING_CHANGED; } }));
Object.defineProperty(exports, "DRIFT_UNMANAGED_RESOURCE", ({ enumerable: true, get: function () { return index_1.DRIFT_UNMANAGED_RESOURCE; } }));
/** What the comparators see of one AWS account, and where their results go. */
class DriftContext extends drift_recorder_1.DriftRecorder {
    data;
    scope;
    constructor(declared, data, scope) {
        super(declared, { provider: 'aws', scopeLabel: 'account', scope: data.account, rules: index_1.AWS_DRIFT_RULES });
        this.data = data;
        this.scope = scope;
    }
    /** The regions whose datasets this run collected. */
    get regions() {
        return [...this.data.regions.keys()];
    }
    /** An account dataset; undefined when this run did not collect it, or (with a notice) when it failed. */
    accountData(key, what) {
        if (!this.scope.accountChecks)
            return undefined;
        const value = this.data.accountWide.get(key);
        if (!value)
            return undefined;
        if (value.ok)
            return value.value;
        this.notAssessed(index_1.DRIFT_SETTING_CHANGED, `${what} in account ${this.account}`, value.reason);
        return undefined;
    }
    regionData(region, key, what) {
        const value = this.data.regions.get(region)?.get(key);
        if (!value)
            return undefined;
        if (value.ok)
            return value.value;
        this.notAssessed(index_1.DRIFT_SETTING_CHANGED, `${what} in account ${this.account}, ${region}`, value.reason);
        return undefined;
    }
}
exports.DriftContext = DriftContext;


/***/ }),

/***/ 21817:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DriftRecorder = void 0;
const fingerprint_1 = __webpack_require__(75527);
const node_1 = __webpack_require__(28309);
/** Turns the comparators' results into findings and notices, the same way for every cloud. */
class DriftRecorder {
    declared;
    target;
    findings = [];
    notices = [];
    noticed = new Set();
    constructor(declared, target) {
        this.declared = declared;
        this.target = target;
    }
    get account() {
        return this.target.scope;
    }
    get rules() {
        return this.target.rules;
    }
    /** `account 1234`, `project payments-prod`: where the live side is, for messages. */
    get where() {
        return `${this.target.scopeLabel} ${this.target.scope}`;
    }
    ofType(...types) {
        return this.declared.resources.filter((resource) => types.includes(resource.type));
    }
    /** Declarations a comparison can use: with a state, the ones never applied are left for later. */
    applied(...types) {
        return this.ofType(...types).filter((resource) => !this.declared.hasState || resource.state);
    }
    /** Records, once, that part of the drift could not be compared: `what` names it, `reason` says why. */
    notAssessed(rule, what, reason) {
        const message = `drift of ${what} was not assessed: ${reason}`;
        const key = `${rule.id}\0${message}`;
        if (this.noticed.has(key))
            return;
        this.noticed.add(key);
        this.notices.push({ kind: 'not-assessed', ruleId: rule.id, message });
    }
    drifted(resource, live, diffs) {
        if (diffs.length === 0)
            return;
        const first = diffs.find((diff) => diff.node) ?? diffs[0];
        const holder = first.declaredIn ?? resource;
        const details = diffs
            .map((diff) => `${diff.setting} is ${diff.declared} in the code but ${diff.live} live`)
            .join('; ');
        this.add(this.rules.settingChanged, diffs.some((diff) => diff.lessSecure) ? 'high' : 'medium', {
            message: `${resource.address} drifted from the code in ${this.where} (${live}): ${details}.`,
            resource: resource.address,
            location: fileLocation(holder, first.node),
            properties: { liveResource: live, settings: diffs.map((diff) => diff.setting).join(',') },
        });
    }
    missing(resource, message, control) {
        this.add(this.rules.missingResource, control ? 'high' : 'medium', {
            message: `${resource.address} ${message}`,
            resource: resource.address,
            location: fileLocation(resource, undefined),
        });
    }
    unmanaged(resourceId, region, message) {
        this.add(this.rules.unmanagedResource, 'medium', {
            message,
            resource: resourceId,
            location: {
                kind: 'cloud',
                provider: this.target.provider,
                account: this.account,
                ...(region ? { region } : {}),
                resourceId,
            },
        });
    }
    add(rule, severity, finding) {
        const { location } = finding;
        const where = location.kind === 'file'
            ? location.path
            : location.kind === 'cloud'
                ? `${location.provider}:${location.account}:${location.region ?? ''}:${location.resourceId}`
                : location.name;
        const snippet = location.kind === 'file' ? this.declared.model.lineText(location.path, location.range.startLine) : '';
        this.findings.push({
            ruleId: rule.id,
            scanner: rule.scanner,
            severity,
            message: finding.message,
            location,
            resource: finding.resource,
            fingerprint: (0, fingerprint_1.fingerprint)({ ruleId: rule.id, where, resource: finding.resource, snippet }),
            ...(finding.properties ? { properties: finding.properties } : {}),
        });
    }
}
exports.DriftRecorder = DriftRecorder;
function fileLocation(resource, node) {
    const source = resource.source;
    const range = node ? (0, node_1.anchorRange)(node) : { ...source.range, endLine: source.range.startLine };
    return { kind: 'file', path: source.file, range };
}


/***/ }),

/***/ 31374:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.undeclaredPublicGrants = undeclaredPublicGrants;
const declared_values_1 = __webpack_require__(343);
const set_diff_1 = __webpack_require__(20105);
const PUBLIC_MEMBERS = new Set(['allUsers', 'allAuthenticatedUsers']);
const GRANT_TYPES = ['google_storage_bucket_iam_member', 'google_storage_bucket_iam_binding'];
/** Resources that set a bucket's whole policy or ACL: what they allow cannot be told grant by grant. */
const WHOLE_POLICY_TYPES = [
    'google_storage_bucket_iam_policy',
    'google_storage_bucket_acl',
    'google_storage_default_object_acl',
];
/** The bucket a grant applies to: through the bucket declaration it refers to, else its literal `bucket`. */
function grantBucket(context, grant) {
    const referenced = (grant.source.references ?? [])
        .filter((reference) => reference.attribute === 'bucket')
        .map((reference) => context.ofType('google_storage_bucket').find((b) => b.address === reference.address))
        .find((bucket) => bucket !== undefined);
    const name = referenced ? (0, declared_values_1.declaredString)(referenced, 'name') : (0, declared_values_1.declaredString)(grant, 'bucket');
    // The state records the bucket of a grant as `b/<name>`.
    return name?.replace(/^b\//, '');
}
/** `role member` pairs the code grants on `bucket`; undefined when some grant cannot be read (then nothing is said). */
function declaredGrants(context, bucket) {
    const grants = new Set();
    for (const resource of context.ofType(...WHOLE_POLICY_TYPES, ...GRANT_TYPES)) {
        const target = grantBucket(context, resource);
        if (target === undefined)
            return undefined;
        if (target !== bucket)
            continue;
        if (WHOLE_POLICY_TYPES.includes(resource.type))
            return undefined;
        const role = (0, declared_values_1.declaredString)(resource, 'role');
        const members = resource.type === 'google_storage_bucket_iam_member'
            ? [(0, declared_values_1.declaredString)(resource, 'member')]
            : membersOf(resource);
        if (role === undefined || members === undefined || members.some((member) => member === undefined))
            return undefined;
        for (const member of members)
            grants.add(`${role} ${member}`);
    }
    return grants;
}
function membersOf(resource) {
    const value = (0, declared_values_1.declaredValue)(resource, 'members');
    return value.kind === 'known' ? (0, set_diff_1.stringList)(value.value) : undefined;
}
/** Grants to everyone on the Internet that the live bucket has and the code does not declare. */
function undeclaredPublicGrants(context, bucket, bindings) {
    const declared = declaredGrants(context, bucket);
    if (!declared)
        return [];
    const diffs = [];
    for (const binding of bindings) {
        // A conditional grant is still public where its condition holds; it is reported the same.
        for (const member of binding.members ?? []) {
            if (!PUBLIC_MEMBERS.has(member) || !binding.role || declared.has(`${binding.role} ${member}`))
                continue;
            diffs.push({
                setting: `iam ${binding.role}`,
                declared: `not granted to ${member}`,
                live: `granted to ${member}`,
                lessSecure: true,
            });
        }
    }
    return diffs;
}


/***/ }),

/***/ 82174:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.computeFirewallKind = void 0;
const node_1 = __webpack_require__(28309);
const address_ranges_1 = __webpack_require__(84600);
const matcher_1 = __webpack_require__(1279);
const port_entries_1 = __webpack_require__(52503);
const set_diff_1 = __webpack_require__(20105);
const settings_1 = __webpack_require__(2456);
const unmanaged_1 = __webpack_require__(13869);
const gcp_drift_kind_1 = __webpack_require__(64631);
const TYPE = 'google_compute_firewall';
function candidates(firewalls, project) {
    return firewalls.flatMap((firewall) => firewall.name
        ? [
            {
                item: firewall,
                ids: [
                    firewall.name,
                    `projects/${project}/global/firewalls/${firewall.name}`,
                    ...(firewall.selfLink ? [firewall.selfLink] : []),
                ],
                name: firewall.name,
            },
        ]
        : []);
}
/** `allow { protocol ports }` blocks of the code as port entries; undefined when a block is not understood. */
function declaredAllow(value) {
    if (!Array.isArray(value))
        return undefined;
    const entries = [];
    for (const block of value) {
        const record = typeof block === 'object' && block !== null ? block : {};
        const ports = record.ports === undefined || record.ports === null ? [] : (0, set_diff_1.stringList)(record.ports);
        if (typeof record.protocol !== 'string' || ports === undefined)
            return undefined;
        entries.push(...(0, port_entries_1.portEntries)(record.protocol, ports));
    }
    return entries;
}
function liveAllow(firewall) {
    return (firewall.allowed ?? []).flatMap((rule) => (0, port_entries_1.portEntries)(rule.IPProtocol ?? 'all', rule.ports ?? []));
}
function compareFirewall(resource, firewall) {
    const diffs = (0, settings_1.compareSettings)(resource, [
        { path: 'direction', default: 'INGRESS', live: firewall.direction ?? undefined },
        {
            path: 'disabled',
            default: false,
            live: firewall.disabled ?? false,
            normalise: settings_1.asBoolean,
            strictness: settings_1.BOOLEAN_STRICTNESS,
        },
    ]);
    if ((firewall.direction ?? 'INGRESS') === 'INGRESS') {
        const sources = (0, set_diff_1.compareSet)(resource, {
            path: 'source_ranges',
            entries: set_diff_1.stringList,
            live: firewall.sourceRanges ?? [],
            covers: address_ranges_1.sourcesCover,
        });
        if (sources)
            diffs.push(sources);
    }
    const allowed = (0, set_diff_1.compareSet)(resource, {
        path: 'allow',
        entries: declaredAllow,
        live: liveAllow(firewall),
        default: [],
        covers: port_entries_1.portsCover,
    });
    if (allowed)
        diffs.push(allowed);
    return diffs;
}
/** Rules Google creates: the default network's `default-allow-*`, and those of GKE clusters and their load balancers. */
function createdByGoogle(firewall) {
    const name = firewall.name ?? '';
    if (/^(gke-|k8s-)/.test(name))
        return true;
    return name.startsWith('default-allow-') && (0, gcp_drift_kind_1.lastSegment)(firewall.network) === 'default';
}
exports.computeFirewallKind = {
    types: [TYPE],
    needs: ['firewalls'],
    compare(context) {
        const declarations = (0, gcp_drift_kind_1.projectDeclarations)(context, TYPE);
        if (declarations.length === 0)
            return;
        const firewalls = context.data('firewalls', 'firewall rules');
        if (!firewalls)
            return;
        const all = candidates(firewalls, context.account);
        const matches = declarations.map((resource) => ({
            resource,
            result: (0, matcher_1.matchLive)((0, matcher_1.identityOf)(resource, { ids: ['name', 'id', 'self_link'], name: 'name' }), all),
        }));
        for (const { resource, result } of matches) {
            if (result.kind === 'missing')
                context.missing(resource, `declares firewall rule ${result.by}, which does not exist in ${context.where} (deleted outside Terraform, or never applied).`, 
                // A missing deny rule is a missing control; a missing allow rule only takes access away.
                (0, node_1.child)(resource.source.body, 'deny') !== undefined);
            if (result.kind !== 'matched')
                continue;
            const firewall = result.candidate.item;
            context.drifted(resource, firewall.selfLink ?? firewall.name, compareFirewall(resource, firewall));
        }
        (0, unmanaged_1.reportUnmanaged)(context, {
            label: 'firewall rule',
            type: TYPE,
            matches,
            candidates: all,
            stateIdPaths: ['name', 'id', 'self_link'],
            createdByProvider: (candidate) => createdByGoogle(candidate.item),
            resourceId: (candidate) => candidate.item.selfLink ?? candidate.name ?? '',
        });
    },
};


/***/ }),

/***/ 39482:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.computeSubnetworkKind = void 0;
const declared_values_1 = __webpack_require__(343);
const matcher_1 = __webpack_require__(1279);
const settings_1 = __webpack_require__(2456);
const gcp_drift_kind_1 = __webpack_require__(64631);
const TYPE = 'google_compute_subnetwork';
function candidates(subnetworks, project) {
    return subnetworks.flatMap((subnet) => {
        const region = (0, gcp_drift_kind_1.lastSegment)(subnet.region);
        if (!subnet.name || !region)
            return [];
        return [
            {
                item: subnet,
                ids: [
                    `projects/${project}/regions/${region}/subnetworks/${subnet.name}`,
                    ...(subnet.selfLink ? [subnet.selfLink] : []),
                ],
                name: subnet.name,
                region,
            },
        ];
    });
}
/** Flow logs are on when the code has a `log_config` block; its absence turns them off. */
function compareFlowLogs(resource, subnet) {
    const declared = (0, declared_values_1.declaredValue)(resource, 'log_config');
    if (declared.kind === 'unknown')
        return undefined;
    const want = declared.kind === 'known' && Array.isArray(declared.value) && declared.value.length > 0;
    if (declared.kind === 'known' && !Array.isArray(declared.value))
        return undefined;
    const have = subnet.logConfig?.enable === true;
    if (want === have)
        return undefined;
    return {
        setting: 'log_config',
        declared: want ? 'flow logs on' : 'flow logs off',
        live: have ? 'flow logs on' : 'flow logs off',
        lessSecure: want && !have,
        ...(declared.kind === 'known' && declared.node ? { node: declared.node } : {}),
    };
}
exports.computeSubnetworkKind = {
    types: [TYPE],
    needs: ['subnetworks'],
    compare(context) {
        const declarations = (0, gcp_drift_kind_1.projectDeclarations)(context, TYPE);
        if (declarations.length === 0)
            return;
        const subnetworks = context.data('subnetworks', 'subnets');
        if (!subnetworks)
            return;
        const all = candidates(subnetworks, context.account);
        for (const resource of declarations) {
            // A subnet's name is unique only within its region.
            const region = (0, declared_values_1.declaredString)(resource, 'region');
            const scoped = region ? all.filter((candidate) => candidate.region === region) : all;
            const identity = (0, matcher_1.identityOf)(resource, { ids: ['id', 'self_link'], name: 'name' });
            const result = (0, matcher_1.matchLive)(identity, scoped);
            if (result.kind === 'missing' && (region || identity.ids.length > 0))
                context.missing(resource, `declares subnet ${result.by}, which does not exist in ${context.where} (deleted outside Terraform, or never applied).`, false);
            if (result.kind !== 'matched')
                continue;
            const subnet = result.candidate.item;
            const diffs = (0, settings_1.compareSettings)(resource, [
                {
                    path: 'private_ip_google_access',
                    default: false,
                    live: subnet.privateIpGoogleAccess ?? false,
                    normalise: settings_1.asBoolean,
                    strictness: settings_1.BOOLEAN_STRICTNESS,
                },
            ]);
            const flowLogs = compareFlowLogs(resource, subnet);
            context.drifted(resource, subnet.selfLink ?? subnet.name, flowLogs ? [flowLogs, ...diffs] : diffs);
        }
    },
};


/***/ }),

/***/ 37456:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GCP_DRIFT = void 0;
exports.gcpDriftNeeds = gcpDriftNeeds;
exports.detectGcpDrift = detectGcpDrift;
const index_1 = __webpack_require__(65073);
const scope_drift_1 = __webpack_require__(45819);
const gcp_kinds_1 = __webpack_require__(13868);
exports.GCP_DRIFT = {
    provider: 'gcp',
    rules: index_1.GCP_DRIFT_RULES,
    kinds: gcp_kinds_1.GCP_DRIFT_KINDS,
};
/** The project datasets drift reads for this Terraform project (only those of the kinds it declares). */
function gcpDriftNeeds(declared) {
    return (0, scope_drift_1.scopeDriftNeeds)(declared, exports.GCP_DRIFT);
}
/**
 * Compares a Terraform project (read with `platform: 'gcp'`) with one Google Cloud project's collected
 * datasets: settings that drifted, buckets, firewall rules and SQL instances nothing declares, declared
 * resources that are gone. A dataset that could not be read makes its comparisons "not assessed" notices.
 */
function detectGcpDrift(declared, datasets, projectId) {
    return (0, scope_drift_1.detectScopeDrift)(declared, datasets, projectId, exports.GCP_DRIFT);
}


/***/ }),

/***/ 64631:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.projectDeclarations = projectDeclarations;
exports.lastSegment = lastSegment;
const declared_values_1 = __webpack_require__(343);
/** Applied declarations of `types` that belong to this project: another `project` argument is another scope. */
function projectDeclarations(context, ...types) {
    return context.applied(...types).filter((resource) => {
        const project = (0, declared_values_1.declaredString)(resource, 'project');
        return project === undefined || project === context.account;
    });
}
/** The last part of a Google resource URL (`.../regions/us-central1` -> `us-central1`). */
function lastSegment(url) {
    if (!url)
        return undefined;
    return url.slice(url.lastIndexOf('/') + 1) || undefined;
}


/***/ }),

/***/ 13868:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GCP_DRIFT_KINDS = void 0;
const compute_firewall_1 = __webpack_require__(82174);
const compute_subnetwork_1 = __webpack_require__(39482);
const sql_instance_1 = __webpack_require__(24390);
const storage_bucket_1 = __webpack_require__(98528);
/** Every Google Cloud kind drift compares, in report order. */
exports.GCP_DRIFT_KINDS = [
    storage_bucket_1.storageBucketKind,
    compute_firewall_1.computeFirewallKind,
    compute_subnetwork_1.computeSubnetworkKind,
    sql_instance_1.sqlInstanceKind,
];


/***/ }),

/***/ 24390:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sqlInstanceKind = void 0;
const address_ranges_1 = __webpack_require__(84600);
const matcher_1 = __webpack_require__(1279);
const set_diff_1 = __webpack_require__(20105);
const settings_1 = __webpack_require__(2456);
const unmanaged_1 = __webpack_require__(13869);
const gcp_drift_kind_1 = __webpack_require__(64631);
const TYPE = 'google_sql_database_instance';
const IP = 'settings.0.ip_configuration.0';
const SSL_MODES = [
    'ALLOW_UNENCRYPTED_AND_ENCRYPTED',
    'ENCRYPTED_ONLY',
    'TRUSTED_CLIENT_CERTIFICATE_REQUIRED',
];
function candidates(instances, project) {
    return instances.flatMap((instance) => instance.name
        ? [
            {
                item: instance,
                ids: [instance.name, `projects/${project}/instances/${instance.name}`],
                name: instance.name,
                ...(instance.region ? { region: instance.region } : {}),
            },
        ]
        : []);
}
function instanceSpecs(instance) {
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
            normalise: settings_1.asBoolean,
            strictness: settings_1.BOOLEAN_STRICTNESS,
        },
        {
            path: `${IP}.ipv4_enabled`,
            default: true,
            live: ip?.ipv4Enabled ?? undefined,
            normalise: settings_1.asBoolean,
            strictness: (value) => (value === false ? 1 : 0),
        },
        {
            path: 'settings.0.backup_configuration.0.enabled',
            default: false,
            live: instance.settings?.backupConfiguration?.enabled ?? false,
            normalise: settings_1.asBoolean,
            strictness: settings_1.BOOLEAN_STRICTNESS,
        },
    ];
}
exports.sqlInstanceKind = {
    types: [TYPE],
    needs: ['sqlInstances'],
    compare(context) {
        const declarations = (0, gcp_drift_kind_1.projectDeclarations)(context, TYPE);
        if (declarations.length === 0)
            return;
        const instances = context.data('sqlInstances', 'Cloud SQL instances');
        if (!instances)
            return;
        const all = candidates(instances, context.account);
        const matches = declarations.map((resource) => ({
            resource,
            result: (0, matcher_1.matchLive)((0, matcher_1.identityOf)(resource, { ids: ['name', 'id'], name: 'name' }), all),
        }));
        for (const { resource, result } of matches) {
            if (result.kind === 'missing')
                context.missing(resource, `declares Cloud SQL instance ${result.by}, which does not exist in ${context.where} (deleted outside Terraform, or never applied).`, false);
            if (result.kind !== 'matched')
                continue;
            const instance = result.candidate.item;
            const diffs = (0, settings_1.compareSettings)(resource, instanceSpecs(instance));
            const networks = (0, set_diff_1.compareSet)(resource, {
                path: `${IP}.authorized_networks`,
                label: 'authorized_networks',
                entries: (value) => (0, set_diff_1.fieldList)(value, 'value'),
                live: (instance.settings?.ipConfiguration?.authorizedNetworks ?? []).flatMap((network) => network.value ? [network.value] : []),
                default: [],
                covers: address_ranges_1.sourcesCover,
            });
            if (networks)
                diffs.push(networks);
            context.drifted(resource, instance.selfLink ?? instance.name, diffs);
        }
        (0, unmanaged_1.reportUnmanaged)(context, {
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


/***/ }),

/***/ 98528:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.storageBucketKind = void 0;
const matcher_1 = __webpack_require__(1279);
const settings_1 = __webpack_require__(2456);
const unmanaged_1 = __webpack_require__(13869);
const bucket_grants_1 = __webpack_require__(31374);
const gcp_drift_kind_1 = __webpack_require__(64631);
const TYPE = 'google_storage_bucket';
/** Buckets Google services create in the project (Cloud Build, Cloud Functions, App Engine, Dataproc, Cloud Run). */
function serviceBucket(name, project) {
    return (name === `${project}_cloudbuild` ||
        name === `${project}.appspot.com` ||
        name === `staging.${project}.appspot.com` ||
        name === `artifacts.${project}.appspot.com` ||
        /^(gcf-sources-|gcf-v2-sources-|gcf-v2-uploads-|dataproc-staging-|dataproc-temp-|run-sources-)/.test(name));
}
function candidates(buckets) {
    return buckets.flatMap((bucket) => bucket.name
        ? [
            {
                item: bucket,
                ids: [bucket.name, ...(bucket.selfLink ? [bucket.selfLink] : [])],
                name: bucket.name,
            },
        ]
        : []);
}
const PREVENTION_STRICTNESS = (value) => (value === 'enforced' ? 1 : 0);
function bucketSpecs(bucket) {
    const prevention = bucket.iamConfiguration?.publicAccessPrevention;
    return [
        {
            path: 'uniform_bucket_level_access',
            default: false,
            live: bucket.iamConfiguration?.uniformBucketLevelAccess?.enabled ?? false,
            normalise: settings_1.asBoolean,
            strictness: settings_1.BOOLEAN_STRICTNESS,
        },
        {
            path: 'public_access_prevention',
            default: 'inherited',
            live: prevention ?? undefined,
            // `unspecified` is the older spelling of `inherited`.
            normalise: (value) => (value === 'unspecified' ? 'inherited' : value),
            strictness: PREVENTION_STRICTNESS,
        },
        {
            path: 'versioning.0.enabled',
            default: false,
            live: bucket.versioning?.enabled ?? false,
            normalise: settings_1.asBoolean,
            strictness: settings_1.BOOLEAN_STRICTNESS,
        },
    ];
}
exports.storageBucketKind = {
    types: [TYPE],
    needs: ['buckets', 'bucketPolicies'],
    compare(context) {
        const declarations = (0, gcp_drift_kind_1.projectDeclarations)(context, TYPE);
        if (declarations.length === 0)
            return;
        const buckets = context.data('buckets', 'storage buckets');
        if (!buckets)
            return;
        const all = candidates(buckets);
        const matches = declarations.map((resource) => ({
            resource,
            result: (0, matcher_1.matchLive)((0, matcher_1.identityOf)(resource, { ids: ['name', 'id', 'self_link'], name: 'name' }), all),
        }));
        const policies = context.data('bucketPolicies', 'IAM policies of storage buckets');
        for (const { resource, result } of matches) {
            if (result.kind === 'missing')
                context.missing(resource, `declares bucket ${result.by}, which does not exist in ${context.where} (deleted outside Terraform, or never applied).`, false);
            if (result.kind !== 'matched')
                continue;
            const bucket = result.candidate.item;
            const diffs = (0, settings_1.compareSettings)(resource, bucketSpecs(bucket));
            const policy = policies?.find((entry) => entry.bucket.name === bucket.name)?.policy;
            const bindings = context.use(policy, `the IAM policy of bucket ${bucket.name}`)?.bindings ?? undefined;
            if (bindings)
                diffs.push(...(0, bucket_grants_1.undeclaredPublicGrants)(context, bucket.name, bindings));
            context.drifted(resource, bucket.selfLink ?? bucket.name, diffs);
        }
        (0, unmanaged_1.reportUnmanaged)(context, {
            label: 'storage bucket',
            type: TYPE,
            matches,
            candidates: all,
            stateIdPaths: ['name', 'id', 'self_link'],
            createdByProvider: (candidate) => serviceBucket(candidate.name ?? '', context.account),
            resourceId: (candidate) => candidate.item.selfLink ?? candidate.name ?? '',
        });
    },
};


/***/ }),

/***/ 64473:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DRIFT_RULES = exports.scopeDriftHooks = exports.GCP_DRIFT = exports.gcpDriftNeeds = exports.detectGcpDrift = exports.AZURE_DRIFT = exports.azureDriftNeeds = exports.detectAzureDrift = exports.driftNeeds = exports.detectAwsDrift = exports.readDeclaredInfrastructure = void 0;
var read_declared_1 = __webpack_require__(38369);
Object.defineProperty(exports, "readDeclaredInfrastructure", ({ enumerable: true, get: function () { return read_declared_1.readDeclaredInfrastructure; } }));
var detect_aws_drift_1 = __webpack_require__(63736);
Object.defineProperty(exports, "detectAwsDrift", ({ enumerable: true, get: function () { return detect_aws_drift_1.detectAwsDrift; } }));
Object.defineProperty(exports, "driftNeeds", ({ enumerable: true, get: function () { return detect_aws_drift_1.driftNeeds; } }));
var detect_azure_drift_1 = __webpack_require__(19250);
Object.defineProperty(exports, "detectAzureDrift", ({ enumerable: true, get: function () { return detect_azure_drift_1.detectAzureDrift; } }));
Object.defineProperty(exports, "azureDriftNeeds", ({ enumerable: true, get: function () { return detect_azure_drift_1.azureDriftNeeds; } }));
Object.defineProperty(exports, "AZURE_DRIFT", ({ enumerable: true, get: function () { return detect_azure_drift_1.AZURE_DRIFT; } }));
var detect_gcp_drift_1 = __webpack_require__(37456);
Object.defineProperty(exports, "detectGcpDrift", ({ enumerable: true, get: function () { return detect_gcp_drift_1.detectGcpDrift; } }));
Object.defineProperty(exports, "gcpDriftNeeds", ({ enumerable: true, get: function () { return detect_gcp_drift_1.gcpDriftNeeds; } }));
Object.defineProperty(exports, "GCP_DRIFT", ({ enumerable: true, get: function () { return detect_gcp_drift_1.GCP_DRIFT; } }));
var scope_drift_1 = __webpack_require__(45819);
Object.defineProperty(exports, "scopeDriftHooks", ({ enumerable: true, get: function () { return scope_drift_1.scopeDriftHooks; } }));
var index_1 = __webpack_require__(65073);
Object.defineProperty(exports, "DRIFT_RULES", ({ enumerable: true, get: function () { return index_1.DRIFT_RULES; } }));


/***/ }),

/***/ 10726:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cloudTrailKind = void 0;
const drift_context_1 = __webpack_require__(13792);
const matcher_1 = __webpack_require__(1279);
const settings_1 = __webpack_require__(2456);
const unmanaged_1 = __webpack_require__(13869);
const TYPE = 'aws_cloudtrail';
const flag = (path, fallback, live) => ({
    path,
    default: fallback,
    live,
    normalise: settings_1.asBoolean,
    strictness: settings_1.BOOLEAN_STRICTNESS,
});
exports.cloudTrailKind = {
    types: [TYPE],
    accountKeys: ['cloudtrail.trails'],
    regionKeys: [],
    compare(context) {
        if (context.ofType(TYPE).length === 0)
            return;
        const trails = context.accountData('cloudtrail.trails', 'CloudTrail trails');
        if (!trails)
            return;
        const candidates = trails.trails
            .filter((record) => record.owner === context.account)
            .map((record) => ({
            item: record,
            ids: [record.arn, ...(record.trail.Name ? [record.trail.Name] : [])],
            ...(record.trail.Name ? { name: record.trail.Name } : {}),
            ...(record.trail.HomeRegion ? { region: record.trail.HomeRegion } : {}),
        }));
        const matches = context.applied(TYPE).map((resource) => ({
            resource,
            result: (0, matcher_1.matchLive)((0, matcher_1.identityOf)(resource, { ids: ['arn', 'id'], name: 'name' }), candidates),
        }));
        const gap = trails.gaps[0];
        for (const { resource, result } of matches) {
            if (result.kind === 'missing') {
                if (gap)
                    context.notAssessed(drift_context_1.DRIFT_SETTING_CHANGED, `${resource.address} in account ${context.account}`, gap.reason);
                else
                    context.missing(resource, `declares trail ${result.by}, which does not exist in account ${context.account}: API activity is not recorded as the code says.`, true);
            }
            if (result.kind === 'matched')
                compareTrail(context, resource, result.candidate.item);
        }
        if (gap)
            return;
        (0, unmanaged_1.reportUnmanaged)(context, {
            label: 'CloudTrail trail',
            type: TYPE,
            matches,
            candidates,
            stateIdPaths: ['arn', 'id', 'name'],
            createdByProvider: (candidate) => /^aws-controltower-/.test(candidate.name ?? ''),
            resourceId: (candidate) => candidate.item.arn,
        });
    },
};
function compareTrail(context, resource, record) {
    if (!record.status.ok)
        context.notAssessed(drift_context_1.DRIFT_SETTING_CHANGED, `enable_logging of ${resource.address}`, record.status.reason);
    context.drifted(resource, record.arn, (0, settings_1.compareSettings)(resource, [
        flag('enable_logging', true, record.status.ok ? record.status.value.isLogging : undefined),
        flag('is_multi_region_trail', false, record.trail.IsMultiRegionTrail),
        flag('enable_log_file_validation', false, record.trail.LogFileValidationEnabled),
        flag('include_global_service_events', true, record.trail.IncludeGlobalServiceEvents),
    ]));
}


/***/ }),

/***/ 81983:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ebsEncryptionKind = void 0;
const declared_values_1 = __webpack_require__(343);
const settings_1 = __webpack_require__(2456);
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
exports.ebsEncryptionKind = {
    types: ['aws_ebs_encryption_by_default'],
    accountKeys: [],
    regionKeys: ['ec2.ebsEncryptionByDefault'],
    compare(context) {
        for (const resource of context.applied('aws_ebs_encryption_by_default')) {
            // The provider records the region as the id; the code may name it (provider 6 `region`).
            const recorded = typeof resource.state?.id === 'string' ? resource.state.id : undefined;
            const named = (0, declared_values_1.declaredString)(resource, 'region') ?? recorded;
            // Without either, the region is the provider's, which the code does not show: left alone.
            const region = named && REGION.test(named) ? named : undefined;
            if (!region || !context.regions.includes(region))
                continue;
            const live = context.regionData(region, 'ec2.ebsEncryptionByDefault', resource.address);
            if (live === undefined)
                continue;
            context.drifted(resource, `AWS::::Account:${context.account} (${region})`, (0, settings_1.compareSettings)(resource, [
                { path: 'enabled', default: true, live, normalise: settings_1.asBoolean, strictness: settings_1.BOOLEAN_STRICTNESS },
            ]));
        }
    },
};


/***/ }),

/***/ 49403:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.iamPasswordPolicyKind = void 0;
const settings_1 = __webpack_require__(2456);
const flag = (path, live) => ({
    path,
    default: false,
    live: live ?? false,
    normalise: settings_1.asBoolean,
    strictness: settings_1.BOOLEAN_STRICTNESS,
});
/** Zero means "never expires", the weakest setting; otherwise a shorter maximum age is stricter. */
const ageStrictness = (value) => typeof value === 'number' && value > 0 ? 100_000 - value : 0;
const atLeast = (value) => (typeof value === 'number' ? value : 0);
function specs(live) {
    return [
        {
            path: 'minimum_password_length',
            default: 6,
            live: live.MinimumPasswordLength ?? 6,
            normalise: settings_1.asNumber,
            strictness: atLeast,
        },
        flag('require_lowercase_characters', live.RequireLowercaseCharacters),
        flag('require_uppercase_characters', live.RequireUppercaseCharacters),
        flag('require_numbers', live.RequireNumbers),
        flag('require_symbols', live.RequireSymbols),
        flag('allow_users_to_change_password', live.AllowUsersToChangePassword),
        flag('hard_expiry', live.HardExpiry),
        {
            path: 'max_password_age',
            default: 0,
            live: live.MaxPasswordAge ?? 0,
            normalise: settings_1.asNumber,
            strictness: ageStrictness,
        },
        {
            path: 'password_reuse_prevention',
            default: 0,
            live: live.PasswordReusePrevention ?? 0,
            normalise: settings_1.asNumber,
            strictness: atLeast,
        },
    ];
}
exports.iamPasswordPolicyKind = {
    types: ['aws_iam_account_password_policy'],
    accountKeys: ['iam.passwordPolicy'],
    regionKeys: [],
    compare(context) {
        const declarations = context.applied('aws_iam_account_password_policy');
        if (declarations.length === 0)
            return;
        const live = context.accountData('iam.passwordPolicy', 'the account password policy');
        if (live === undefined)
            return;
        for (const resource of declarations) {
            if (live === null)
                context.missing(resource, `declares the account password policy, but account ${context.account} has none: passwords only need AWS's defaults.`, true);
            else
                context.drifted(resource, `AWS::::Account:${context.account}`, (0, settings_1.compareSettings)(resource, specs(live)));
        }
    },
};


/***/ }),

/***/ 89269:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DRIFT_KINDS = void 0;
const cloudtrail_1 = __webpack_require__(10726);
const ebs_encryption_1 = __webpack_require__(81983);
const iam_password_policy_1 = __webpack_require__(49403);
const kms_key_1 = __webpack_require__(90886);
const s3_account_public_access_block_1 = __webpack_require__(73782);
const s3_bucket_1 = __webpack_require__(69426);
const s3_encryption_1 = __webpack_require__(25633);
const s3_public_access_block_1 = __webpack_require__(45436);
const s3_versioning_1 = __webpack_require__(14820);
const security_group_1 = __webpack_require__(62929);
/** Every kind drift compares, in report order. */
exports.DRIFT_KINDS = [
    s3_bucket_1.s3BucketKind,
    s3_public_access_block_1.s3PublicAccessBlockKind,
    s3_versioning_1.s3VersioningKind,
    s3_encryption_1.s3EncryptionKind,
    s3_account_public_access_block_1.s3AccountPublicAccessBlockKind,
    iam_password_policy_1.iamPasswordPolicyKind,
    cloudtrail_1.cloudTrailKind,
    security_group_1.securityGroupKind,
    kms_key_1.kmsKeyKind,
    ebs_encryption_1.ebsEncryptionKind,
];


/***/ }),

/***/ 90886:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.kmsKeyKind = void 0;
const declared_values_1 = __webpack_require__(343);
const drift_context_1 = __webpack_require__(13792);
const matcher_1 = __webpack_require__(1279);
const settings_1 = __webpack_require__(2456);
const unmanaged_1 = __webpack_require__(13869);
const TYPE = 'aws_kms_key';
const DELETED = new Set(['PendingDeletion', 'PendingReplicaDeletion']);
/** The live keys of the regions whose list could be read, and those regions. */
function candidates(context) {
    const readable = new Set();
    const all = context.regions.flatMap((region) => {
        const keys = context.regionData(region, 'kms.keys', 'KMS keys');
        if (keys)
            readable.add(region);
        return (keys ?? []).map((key) => {
            const metadata = key.metadata.ok ? key.metadata.value : undefined;
            return {
                item: key,
                ids: [key.keyId, ...(metadata?.Arn ? [metadata.Arn] : [])],
                ...(metadata?.Description ? { label: metadata.Description } : {}),
                region,
            };
        });
    });
    return { all, readable };
}
/** The region in the state's ARN or the code's `region`; undefined: any audited region. */
function declaredRegion(resource) {
    const arn = typeof resource.state?.arn === 'string' ? resource.state.arn : undefined;
    return arn?.split(':')[3] || (0, declared_values_1.declaredString)(resource, 'region');
}
exports.kmsKeyKind = {
    types: [TYPE],
    accountKeys: [],
    regionKeys: ['kms.keys'],
    compare(context) {
        const declarations = context.applied(TYPE);
        if (declarations.length === 0)
            return;
        const { all, readable } = candidates(context);
        const matches = [];
        for (const resource of declarations) {
            const region = declaredRegion(resource);
            if (region && !readable.has(region))
                continue;
            const scoped = all.filter((candidate) => !region || candidate.region === region);
            const identity = (0, matcher_1.identityOf)(resource, { ids: ['arn', 'key_id', 'id'], label: 'description' });
            const result = (0, matcher_1.matchLive)(identity, scoped);
            matches.push({ resource, result });
            if (result.kind === 'missing' && region) {
                context.missing(resource, `is key ${result.by}, which does not exist in ${region} of account ${context.account}.`, false);
            }
            else if (result.kind === 'matched')
                compareKey(context, resource, result.candidate.item);
        }
        const regions = new Set(matches.flatMap((match) => (match.result.kind === 'matched' ? [match.result.candidate.region] : [])));
        (0, unmanaged_1.reportUnmanaged)(context, {
            label: 'KMS key',
            type: TYPE,
            matches,
            candidates: all.filter((candidate) => regions.has(candidate.region)),
            stateIdPaths: ['arn', 'key_id', 'id'],
            createdByProvider: (candidate) => {
                const metadata = candidate.item.metadata;
                // A key whose metadata is unreadable cannot be told apart from an AWS managed one: never reported.
                return (!metadata.ok ||
                    metadata.value.KeyManager !== 'CUSTOMER' ||
                    DELETED.has(metadata.value.KeyState ?? ''));
            },
            resourceId: (candidate) => (candidate.item.metadata.ok && candidate.item.metadata.value.Arn) || candidate.item.keyId,
        });
    },
};
function compareKey(context, resource, key) {
    if (!key.metadata.ok) {
        context.notAssessed(drift_context_1.DRIFT_SETTING_CHANGED, `${resource.address} in account ${context.account}`, key.metadata.reason);
        return;
    }
    const metadata = key.metadata.value;
    if (DELETED.has(metadata.KeyState ?? '')) {
        context.missing(resource, `is key ${key.keyId}, which is scheduled for deletion in account ${context.account}: data encrypted under it becomes unreadable.`, true);
        return;
    }
    const rotation = key.rotationEnabled;
    if (rotation && !rotation.ok)
        context.notAssessed(drift_context_1.DRIFT_SETTING_CHANGED, `enable_key_rotation of ${resource.address}`, rotation.reason);
    context.drifted(resource, metadata.Arn ?? key.keyId, (0, settings_1.compareSettings)(resource, [
        {
            path: 'enable_key_rotation',
            default: false,
            live: rotation?.ok ? rotation.value : undefined,
            normalise: settings_1.asBoolean,
            strictness: settings_1.BOOLEAN_STRICTNESS,
        },
        {
            path: 'is_enabled',
            default: true,
            live: metadata.Enabled,
            normalise: settings_1.asBoolean,
            strictness: settings_1.BOOLEAN_STRICTNESS,
        },
    ]));
}


/***/ }),

/***/ 73782:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.s3AccountPublicAccessBlockKind = void 0;
const declared_values_1 = __webpack_require__(343);
const settings_1 = __webpack_require__(2456);
const s3_public_access_block_1 = __webpack_require__(45436);
exports.s3AccountPublicAccessBlockKind = {
    types: ['aws_s3_account_public_access_block'],
    accountKeys: ['s3.accountPublicAccessBlock'],
    regionKeys: [],
    compare(context) {
        const declarations = context
            .applied('aws_s3_account_public_access_block')
            .filter((resource) => ((0, declared_values_1.declaredString)(resource, 'account_id') ?? context.account) === context.account);
        if (declarations.length === 0)
            return;
        const live = context.accountData('s3.accountPublicAccessBlock', 'the account public access block');
        if (live === undefined)
            return;
        const id = `AWS::::Account:${context.account}`;
        for (const resource of declarations)
            context.drifted(resource, id, (0, settings_1.compareSettings)(resource, (0, s3_public_access_block_1.publicAccessBlockSpecs)(live)));
    },
};


/***/ }),

/***/ 39626:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.compareBucketConfigs = compareBucketConfigs;
const declared_values_1 = __webpack_require__(343);
const drift_context_1 = __webpack_require__(13792);
const s3_bucket_1 = __webpack_require__(69426);
/**
 * Compares every applied configuration resource of a bucket (public access block, versioning, encryption)
 * with the bucket's live configuration. A configuration of a bucket the project declares and that is gone
 * is left to the bucket's own "missing" finding.
 */
function compareBucketConfigs(context, kind) {
    const declarations = context.applied(kind.type);
    if (declarations.length === 0)
        return;
    const buckets = context.accountData('s3.buckets', `${kind.type} (S3 buckets)`);
    if (!buckets)
        return;
    const values = context.accountData(kind.key, `${kind.type} (${kind.label}s of buckets)`);
    for (const resource of declarations) {
        const target = bucketTarget(context, resource, buckets);
        if (target.kind === 'missing') {
            context.missing(resource, `configures bucket ${target.name}, which does not exist in account ${context.account}.`, true);
            continue;
        }
        if (target.kind !== 'live' || !values)
            continue;
        const value = values.get(target.bucket.name);
        if (!value)
            continue;
        if (!value.ok) {
            context.notAssessed(drift_context_1.DRIFT_SETTING_CHANGED, `${resource.address} in account ${context.account}`, value.reason);
            continue;
        }
        context.drifted(resource, target.bucket.arn, kind.compare(resource, value.value, target.bucket));
    }
}
/** The live bucket a configuration resource applies to: by its literal or recorded name, or through the bucket it refers to. */
function bucketTarget(context, resource, buckets) {
    const matches = (0, s3_bucket_1.bucketMatches)(context, buckets);
    const referenced = (resource.source.references ?? [])
        .filter((reference) => reference.attribute === 'bucket')
        .map((reference) => [...matches.keys()].find((bucket) => bucket.address === reference.address))
        .find((bucket) => bucket !== undefined);
    if (referenced) {
        const result = matches.get(referenced);
        return result.kind === 'matched' ? { kind: 'live', bucket: result.candidate.item } : { kind: 'skip' };
    }
    const name = (0, declared_values_1.declaredString)(resource, 'bucket');
    if (name === undefined)
        return { kind: 'skip' };
    const bucket = buckets.find((candidate) => candidate.name === name);
    if (bucket)
        return { kind: 'live', bucket };
    const declaredHere = [...matches.keys()].some((declared) => (0, declared_values_1.declaredString)(declared, 'bucket') === name);
    return declaredHere ? { kind: 'skip' } : { kind: 'missing', name };
}


/***/ }),

/***/ 69426:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.s3BucketKind = void 0;
exports.bucketCandidates = bucketCandidates;
exports.bucketMatches = bucketMatches;
const matcher_1 = __webpack_require__(1279);
const unmanaged_1 = __webpack_require__(13869);
const matches = new WeakMap();
/** Buckets AWS tools create on the user's behalf (console wizards, CDK bootstrap, service defaults). */
const SERVICE_BUCKETS = [
    /^cf-templates-/,
    /^aws-cloudtrail-logs-/,
    /^elasticbeanstalk-/,
    /^cdk-[a-z0-9]+-assets-/,
    /^aws-athena-query-results-/,
    /^aws-glue-assets-/,
    /^sagemaker-/,
    /^config-bucket-\d{12}$/,
];
function bucketCandidates(buckets) {
    return buckets.map((bucket) => ({
        item: bucket,
        ids: [bucket.name, bucket.arn],
        name: bucket.name,
        ...(bucket.region ? { region: bucket.region } : {}),
    }));
}
/** Each declared bucket with its live bucket, computed once per account. */
function bucketMatches(context, buckets) {
    let found = matches.get(context);
    if (!found) {
        const candidates = bucketCandidates(buckets);
        found = new Map(context
            .applied('aws_s3_bucket')
            .map((resource) => [
            resource,
            (0, matcher_1.matchLive)((0, matcher_1.identityOf)(resource, { ids: ['id', 'bucket'], name: 'bucket', prefix: 'bucket_prefix' }), candidates),
        ]));
        matches.set(context, found);
    }
    return found;
}
exports.s3BucketKind = {
    types: ['aws_s3_bucket'],
    accountKeys: ['s3.buckets'],
    regionKeys: [],
    compare(context) {
        const buckets = context.accountData('s3.buckets', 'S3 buckets');
        if (!buckets)
            return;
        const found = bucketMatches(context, buckets);
        for (const [resource, result] of found)
            if (result.kind === 'missing')
                context.missing(resource, `declares bucket ${result.by}, which does not exist in account ${context.account} (deleted outside Terraform, or never applied).`, false);
        (0, unmanaged_1.reportUnmanaged)(context, {
            label: 'S3 bucket',
            type: 'aws_s3_bucket',
            matches: [...found].map(([resource, result]) => ({ resource, result })),
            candidates: bucketCandidates(buckets),
            stateIdPaths: ['id', 'bucket', 'arn'],
            createdByProvider: (candidate) => SERVICE_BUCKETS.some((pattern) => pattern.test(candidate.name ?? '')),
            resourceId: (candidate) => candidate.item.arn,
        });
    },
};


/***/ }),

/***/ 25633:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.s3EncryptionKind = void 0;
const settings_1 = __webpack_require__(2456);
const s3_bucket_target_1 = __webpack_require__(39626);
/** Stronger algorithms rank higher: KMS keys can be audited and revoked, dual-layer adds a second layer. */
const RANK = { AES256: 1, 'aws:kms': 2, 'aws:kms:dsse': 3 };
exports.s3EncryptionKind = {
    types: ['aws_s3_bucket_server_side_encryption_configuration'],
    accountKeys: ['s3.buckets', 's3.bucketEncryption'],
    regionKeys: [],
    compare(context) {
        (0, s3_bucket_target_1.compareBucketConfigs)(context, {
            type: 'aws_s3_bucket_server_side_encryption_configuration',
            key: 's3.bucketEncryption',
            label: 'default encryption',
            compare: (resource, live) => (0, settings_1.compareSettings)(resource, [
                {
                    path: 'rule.0.apply_server_side_encryption_by_default.0.sse_algorithm',
                    live: live?.[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm ?? null,
                    strictness: (value) => (typeof value === 'string' ? (RANK[value] ?? 0) : 0),
                },
            ]),
        });
    },
};


/***/ }),

/***/ 45436:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.s3PublicAccessBlockKind = void 0;
exports.publicAccessBlockSpecs = publicAccessBlockSpecs;
const settings_1 = __webpack_require__(2456);
const settings_2 = __webpack_require__(2456);
const s3_bucket_target_1 = __webpack_require__(39626);
/** The four flags, shared with the account-wide block; no configuration at all means all four off. */
function publicAccessBlockSpecs(live) {
    const flag = (path, value) => ({
        path,
        default: false,
        live: value ?? false,
        normalise: settings_1.asBoolean,
        strictness: settings_1.BOOLEAN_STRICTNESS,
    });
    return [
        flag('block_public_acls', live?.blockPublicAcls),
        flag('block_public_policy', live?.blockPublicPolicy),
        flag('ignore_public_acls', live?.ignorePublicAcls),
        flag('restrict_public_buckets', live?.restrictPublicBuckets),
    ];
}
exports.s3PublicAccessBlockKind = {
    types: ['aws_s3_bucket_public_access_block'],
    accountKeys: ['s3.buckets', 's3.bucketPublicAccessBlocks'],
    regionKeys: [],
    compare(context) {
        (0, s3_bucket_target_1.compareBucketConfigs)(context, {
            type: 'aws_s3_bucket_public_access_block',
            key: 's3.bucketPublicAccessBlocks',
            label: 'public access block',
            compare: (resource, live) => (0, settings_2.compareSettings)(resource, publicAccessBlockSpecs(live)),
        });
    },
};


/***/ }),

/***/ 14820:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.s3VersioningKind = void 0;
const settings_1 = __webpack_require__(2456);
const s3_bucket_target_1 = __webpack_require__(39626);
/** A bucket that never had versioning reads as `Off`; Terraform spells that state `Disabled`. */
const status = (value) => (value === 'Off' ? 'Disabled' : value);
/** The provider records an MFA delete never configured as ''; live, it reads as off. */
const mfaDelete = (value) => value === true || value === 'Enabled' ? 'Enabled' : value === false || value === '' ? 'Disabled' : value;
exports.s3VersioningKind = {
    types: ['aws_s3_bucket_versioning'],
    accountKeys: ['s3.buckets', 's3.bucketVersioning'],
    regionKeys: [],
    compare(context) {
        (0, s3_bucket_target_1.compareBucketConfigs)(context, {
            type: 'aws_s3_bucket_versioning',
            key: 's3.bucketVersioning',
            label: 'versioning configuration',
            compare: (resource, live) => (0, settings_1.compareSettings)(resource, [
                {
                    path: 'versioning_configuration.0.status',
                    live: live.status,
                    normalise: status,
                    strictness: (value) => (value === 'Enabled' ? 1 : 0),
                },
                {
                    path: 'versioning_configuration.0.mfa_delete',
                    default: 'Disabled',
                    live: live.mfaDelete,
                    normalise: mfaDelete,
                    strictness: (value) => (value === 'Enabled' ? 1 : 0),
                },
            ]),
        });
    },
};


/***/ }),

/***/ 62929:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.securityGroupKind = exports.RULE_TYPES = void 0;
const declared_values_1 = __webpack_require__(343);
const matcher_1 = __webpack_require__(1279);
const unmanaged_1 = __webpack_require__(13869);
const sg_ingress_1 = __webpack_require__(39777);
const TYPE = 'aws_security_group';
exports.RULE_TYPES = ['aws_security_group_rule', 'aws_vpc_security_group_ingress_rule'];
/** The live groups of the regions whose list could be read, and those regions. */
function candidates(context) {
    const readable = new Set();
    const all = context.regions.flatMap((region) => {
        const groups = context.regionData(region, 'ec2.securityGroups', 'security groups');
        if (groups)
            readable.add(region);
        return (groups ?? []).flatMap((group) => {
            if (!group.GroupId)
                return [];
            const arn = `arn:${context.scope.partition}:ec2:${region}:${group.OwnerId ?? context.account}:security-group/${group.GroupId}`;
            return [
                {
                    item: { group, arn },
                    ids: [group.GroupId, arn],
                    ...(group.GroupName ? { name: group.GroupName } : {}),
                    tags: (0, matcher_1.tagMap)(group.Tags),
                    region,
                },
            ];
        });
    });
    return { all, readable };
}
/** The region in the state's ARN or the code's `region`; undefined: any audited region. */
function declaredRegion(resource) {
    const arn = typeof resource.state?.arn === 'string' ? resource.state.arn : undefined;
    return arn?.split(':')[3] || (0, declared_values_1.declaredString)(resource, 'region');
}
/** A group's name is unique only within its VPC: narrow to the declared VPC when it is known. */
function scoped(resource, all, region) {
    const vpc = (0, declared_values_1.declaredString)(resource, 'vpc_id');
    return all.filter((candidate) => (!region || candidate.region === region) && (!vpc || candidate.item.group.VpcId === vpc));
}
/** Each declared group with its live group; a group gone from a region that was read is missing. */
function matchGroups(context, declarations, all, readable) {
    const matches = [];
    for (const resource of declarations) {
        const region = declaredRegion(resource);
        if (region && !readable.has(region))
            continue;
        const identity = (0, matcher_1.identityOf)(resource, {
            ids: ['id', 'arn'],
            name: 'name',
            prefix: 'name_prefix',
            tags: 'tags',
        });
        const result = (0, matcher_1.matchLive)(identity, scoped(resource, all, region));
        matches.push({ resource, result });
        if (result.kind === 'missing' && region)
            context.missing(resource, `is security group ${result.by}, which does not exist in ${region} of account ${context.account}.`, false);
    }
    return matches;
}
exports.securityGroupKind = {
    types: [TYPE, ...exports.RULE_TYPES],
    accountKeys: [],
    regionKeys: ['ec2.securityGroups'],
    compare(context) {
        const declarations = context.applied(TYPE);
        const rules = context.applied(...exports.RULE_TYPES);
        if (declarations.length === 0 && rules.length === 0)
            return;
        const { all, readable } = candidates(context);
        const matches = matchGroups(context, declarations, all, readable);
        const liveIds = new Map();
        for (const match of matches)
            if (match.result.kind === 'matched')
                liveIds.set(match.resource.address, match.result.candidate.item);
        const grouped = (0, sg_ingress_1.groupRules)(context, rules, liveIds, all);
        for (const match of matches)
            if (match.result.kind === 'matched')
                (0, sg_ingress_1.compareIngress)(context, match.resource, match.result.candidate.item, grouped.byGroup.get(match.resource.address) ?? [], liveIds, true);
        for (const { rule, group } of grouped.external)
            (0, sg_ingress_1.compareIngress)(context, rule, group, [rule], liveIds, false);
        const regions = new Set(matches.flatMap((match) => (match.result.kind === 'matched' ? [match.result.candidate.region] : [])));
        (0, unmanaged_1.reportUnmanaged)(context, {
            label: 'security group',
            type: TYPE,
            matches,
            candidates: all.filter((candidate) => regions.has(candidate.region)),
            stateIdPaths: ['id', 'arn'],
            // The default group of every VPC, and groups that AWS services create and tag with reserved `aws:` keys.
            createdByProvider: (candidate) => candidate.name === 'default' ||
                Object.keys(candidate.tags ?? {}).some((key) => key.startsWith('aws:')),
            resourceId: (candidate) => candidate.item.arn,
        });
    },
};


/***/ }),

/***/ 39777:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.groupRules = groupRules;
exports.compareIngress = compareIngress;
const node_1 = __webpack_require__(28309);
const declared_values_1 = __webpack_require__(343);
const sg_permissions_1 = __webpack_require__(55538);
/** Assigns each separate rule resource to its group: by reference to a declared group, or by the group id. */
function groupRules(context, rules, liveIds, all) {
    const declaredGroups = new Set(context.ofType('aws_security_group').map((group) => group.address));
    const grouped = { byGroup: new Map(), external: [] };
    const add = (address, rule) => grouped.byGroup.set(address, [...(grouped.byGroup.get(address) ?? []), rule]);
    for (const rule of rules) {
        const reference = (rule.source.references ?? []).find((entry) => entry.attribute === 'security_group_id' && declaredGroups.has(entry.address));
        if (reference) {
            add(reference.address, rule);
            continue;
        }
        const id = (0, declared_values_1.declaredString)(rule, 'security_group_id');
        if (!id)
            continue;
        const owner = [...liveIds].find(([, group]) => group.group.GroupId === id);
        if (owner)
            add(owner[0], rule);
        else {
            const live = all.find((candidate) => candidate.item.group.GroupId === id);
            if (live)
                grouped.external.push({ rule, group: live.item });
        }
    }
    return grouped;
}
/**
 * Compares a group's live ingress with the declared one (inline blocks and separate rules). `exclusive`: the
 * project declares the group, so a live opening it does not declare is drift (and less secure).
 */
function compareIngress(context, owner, live, rules, liveIds, exclusive) {
    const declared = declaredIngress(owner, live, rules, liveIds);
    if (!declared)
        return;
    const inline = owner.type === 'aws_security_group' ? (0, node_1.child)(owner.source.body, 'ingress') : undefined;
    if (exclusive && !inline && rules.length === 0)
        return;
    const groups = new Map();
    const slot = (permission) => {
        const key = (0, sg_permissions_1.portKey)(permission);
        let entry = groups.get(key);
        if (!entry)
            groups.set(key, (entry = { declared: [], live: [] }));
        return entry;
    };
    for (const permission of declared)
        slot(permission).declared.push(permission);
    for (const permission of (0, sg_permissions_1.livePermissions)(live.group))
        slot(permission).live.push(permission);
    const diffs = [];
    for (const [key, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
        const declaredKeys = new Set(group.declared.map(sg_permissions_1.permissionKey));
        const liveKeys = new Set(group.live.map(sg_permissions_1.permissionKey));
        const extra = exclusive ? group.live.filter((entry) => !declaredKeys.has((0, sg_permissions_1.permissionKey)(entry))) : [];
        const absent = group.declared.filter((entry) => !liveKeys.has((0, sg_permissions_1.permissionKey)(entry)));
        if (extra.length === 0 && absent.length === 0)
            continue;
        const anchor = absent[0] ?? group.declared[0];
        diffs.push({
            setting: `ingress ${key}`,
            declared: describeSources(group.declared),
            live: exclusive
                ? describeSources(group.live)
                : `missing ${absent.map((entry) => entry.source).join(', ')}`,
            lessSecure: extra.length > 0,
            ...(anchor?.node ? { node: anchor.node, declaredIn: anchor.holder } : inline ? { node: inline } : {}),
        });
    }
    context.drifted(owner, live.arn, diffs);
}
function declaredIngress(owner, live, rules, liveIds) {
    const ownId = live.group.GroupId;
    const permissions = [];
    const resolver = (holder) => (attribute) => {
        const reference = (holder.source.references ?? []).find((entry) => entry.attribute === attribute);
        return reference ? liveIds.get(reference.address)?.group.GroupId : undefined;
    };
    if (owner.type === 'aws_security_group' && (0, node_1.child)(owner.source.body, 'ingress')) {
        const blocks = (0, declared_values_1.declaredValue)(owner, 'ingress');
        if (blocks.kind !== 'known' || !Array.isArray(blocks.value))
            return undefined;
        for (let index = 0; index < blocks.value.length; index++) {
            const found = (0, sg_permissions_1.declaredPermissions)(owner, 'inline', `ingress.${index}.`, () => undefined, ownId);
            if (!found)
                return undefined;
            permissions.push(...found);
        }
    }
    for (const rule of rules) {
        if (rule.type === 'aws_security_group_rule') {
            const kind = (0, declared_values_1.declaredValue)(rule, 'type');
            if (kind.kind !== 'known')
                return undefined;
            if (kind.value !== 'ingress')
                continue;
        }
        const style = rule.type === 'aws_vpc_security_group_ingress_rule' ? 'vpc-rule' : 'rule';
        const found = (0, sg_permissions_1.declaredPermissions)(rule, style, '', resolver(rule), ownId);
        if (!found)
            return undefined;
        permissions.push(...found);
    }
    return permissions;
}
function describeSources(permissions) {
    const sources = [...new Set(permissions.map((permission) => permission.source))].sort();
    return sources.length > 0 ? `open from ${sources.join(', ')}` : 'closed';
}


/***/ }),

/***/ 55538:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.portKey = portKey;
exports.permissionKey = permissionKey;
exports.livePermissions = livePermissions;
exports.declaredPermissions = declaredPermissions;
const declared_values_1 = __webpack_require__(343);
const PROTOCOLS = {
    '-1': 'all',
    all: 'all',
    '6': 'tcp',
    '17': 'udp',
    '1': 'icmp',
    '58': 'icmpv6',
};
function protocolName(value) {
    const text = String(value ?? '-1').toLowerCase();
    return PROTOCOLS[text] ?? text;
}
function port(value) {
    const number = typeof value === 'number' ? value : Number(value);
    return Number.isFinite(number) ? number : -1;
}
/** Protocol and ports as one key; "all traffic" has no ports. */
function portKey(permission) {
    return permission.protocol === 'all'
        ? 'all traffic'
        : `${permission.protocol} ${permission.from === permission.to ? permission.from : `${permission.from}-${permission.to}`}`;
}
function permissionKey(permission) {
    return `${portKey(permission)} from ${permission.source}`;
}
/** Live ingress of a group, one permission per source; a reference to the group itself is `self`. */
function livePermissions(group) {
    return (group.IpPermissions ?? []).flatMap((entry) => expandLive(entry, group.GroupId));
}
function expandLive(entry, ownId) {
    const base = ports(entry.IpProtocol, entry.FromPort, entry.ToPort);
    const sources = [
        ...(entry.IpRanges ?? []).map((range) => range.CidrIp),
        ...(entry.Ipv6Ranges ?? []).map((range) => range.CidrIpv6),
        ...(entry.PrefixListIds ?? []).map((list) => list.PrefixListId),
        ...(entry.UserIdGroupPairs ?? []).map((pair) => (pair.GroupId === ownId ? 'self' : pair.GroupId)),
    ];
    return sources.filter((source) => !!source).map((source) => ({ ...base, source }));
}
function ports(protocol, from, to) {
    const name = protocolName(protocol);
    return name === 'all'
        ? { protocol: name, from: -1, to: -1 }
        : { protocol: name, from: port(from), to: port(to) };
}
/** Source attributes of each declaration style: attribute -> whether it holds a list. */
const SOURCES = {
    inline: { cidr_blocks: true, ipv6_cidr_blocks: true, prefix_list_ids: true, security_groups: true },
    rule: { cidr_blocks: true, ipv6_cidr_blocks: true, prefix_list_ids: true, source_security_group_id: false },
    'vpc-rule': {
        cidr_ipv4: false,
        cidr_ipv6: false,
        prefix_list_id: false,
        referenced_security_group_id: false,
    },
};
/**
 * The permissions one declaration opens, read at `prefix` (`ingress.0.` for an inline block, '' for a rule
 * resource); undefined when any part is unknown, so that the group is left alone rather than guessed.
 */
function declaredPermissions(holder, style, prefix, resolveGroup, ownId) {
    const read = (name) => (0, declared_values_1.declaredValue)(holder, `${prefix}${name}`);
    const protocol = read(style === 'vpc-rule' ? 'ip_protocol' : 'protocol');
    const from = read('from_port');
    const to = read('to_port');
    if ([protocol, from, to].some((value) => value.kind === 'unknown'))
        return undefined;
    const known = (value) => (value.kind === 'known' ? value.value : undefined);
    const base = ports(known(protocol), known(from), known(to));
    const result = [];
    for (const [attribute, isList] of Object.entries(SOURCES[style])) {
        let value = read(attribute);
        if (value.kind === 'unknown' && !isList) {
            const resolved = resolveGroup(attribute);
            if (resolved === undefined)
                return undefined;
            value = { kind: 'known', value: resolved, node: undefined };
        }
        if (value.kind === 'unknown')
            return undefined;
        if (value.kind === 'absent')
            continue;
        const sources = isList ? value.value : [value.value];
        if (!Array.isArray(sources))
            return undefined;
        for (const source of sources) {
            if (typeof source !== 'string')
                return undefined;
            if (source !== '')
                result.push({ ...base, source: source === ownId ? 'self' : source, holder, node: value.node });
        }
    }
    const self = read('self');
    if (self.kind === 'unknown')
        return undefined;
    if (self.kind === 'known' && (self.value === true || self.value === 'true'))
        result.push({ ...base, source: 'self', holder, node: self.node });
    return result;
}


/***/ }),

/***/ 1279:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.identityOf = identityOf;
exports.matchLive = matchLive;
exports.tagMap = tagMap;
const declared_values_1 = __webpack_require__(343);
function identityOf(resource, paths) {
    const ids = paths.ids
        .map((path) => resource.state?.[path])
        .filter((value) => typeof value === 'string' && value !== '');
    const name = paths.name ? (0, declared_values_1.declaredString)(resource, paths.name) : undefined;
    const prefix = paths.prefix ? (0, declared_values_1.declaredString)(resource, paths.prefix) : undefined;
    const label = paths.label ? (0, declared_values_1.declaredString)(resource, paths.label) : undefined;
    const tags = paths.tags ? declaredTags(resource, paths.tags) : undefined;
    return {
        ids,
        ...(name ? { name } : {}),
        ...(prefix ? { prefix } : {}),
        ...(label ? { label } : {}),
        ...(tags ? { tags } : {}),
    };
}
/** Finds the live resource of a declaration: by id, else by name, prefix or tags when exactly one fits. */
function matchLive(identity, candidates) {
    if (identity.ids.length > 0) {
        const found = candidates.find((candidate) => candidate.ids.some((id) => identity.ids.includes(id)));
        return found ? { kind: 'matched', candidate: found } : { kind: 'missing', by: identity.ids[0] };
    }
    if (identity.name !== undefined) {
        const name = identity.name;
        const found = candidates.filter((candidate) => candidate.name === name);
        if (found.length === 1)
            return { kind: 'matched', candidate: found[0] };
        return found.length === 0 ? { kind: 'missing', by: name } : { kind: 'unknown' };
    }
    if (identity.prefix !== undefined) {
        const prefix = identity.prefix;
        return unique(candidates.filter((candidate) => candidate.name?.startsWith(prefix)));
    }
    if (identity.label !== undefined) {
        const label = identity.label;
        return unique(candidates.filter((candidate) => candidate.label === label));
    }
    const tags = identity.tags;
    if (tags && Object.keys(tags).length > 0)
        return unique(candidates.filter((candidate) => Object.entries(tags).every(([key, value]) => candidate.tags?.[key] === value)));
    return { kind: 'unknown' };
}
function unique(found) {
    return found.length === 1 ? { kind: 'matched', candidate: found[0] } : { kind: 'unknown' };
}
/** Tags as a map of known strings, or undefined when absent or partly unknown. */
function declaredTags(resource, path) {
    const value = (0, declared_values_1.declaredValue)(resource, path);
    if (value.kind !== 'known' || typeof value.value !== 'object' || value.value === null)
        return undefined;
    const tags = {};
    for (const [key, tag] of Object.entries(value.value)) {
        if (typeof tag !== 'string')
            return undefined;
        tags[key] = tag;
    }
    return tags;
}
/** AWS tags (`[{ Key, Value }]`) as a map. */
function tagMap(tags) {
    const map = {};
    for (const tag of tags ?? [])
        if (tag.Key !== undefined)
            map[tag.Key] = tag.Value ?? '';
    return map;
}


/***/ }),

/***/ 52503:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Protocol and port entries as `tcp:22`, `tcp:8000-8080`, `udp:*`, `all:*`: one spelling for Google firewall
 * `allowed` blocks and Azure security rules, so that "live allows more than the code" is one test.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.protocolName = protocolName;
exports.portEntries = portEntries;
exports.portsCover = portsCover;
const PROTOCOL_NUMBERS = { '1': 'icmp', '6': 'tcp', '17': 'udp', '58': 'ipv6-icmp' };
function protocolName(protocol) {
    const lower = protocol.trim().toLowerCase();
    if (lower === '*' || lower === 'all')
        return 'all';
    return PROTOCOL_NUMBERS[lower] ?? lower;
}
/** The entries of one protocol with its ports (none, `*` or `0-65535` meaning every port). */
function portEntries(protocol, ports) {
    const name = protocolName(protocol);
    const cleaned = ports.map((port) => port.trim()).filter((port) => port !== '');
    if (cleaned.length === 0 || cleaned.some((port) => port === '*' || port === '0-65535'))
        return [`${name}:*`];
    return cleaned.map((port) => `${name}:${port}`);
}
/** Whether the declared entries allow everything `entry` allows. */
function portsCover(declared, entry) {
    const [protocol, ports] = split(entry);
    return declared.some((candidate) => {
        const [allowed, range] = split(candidate);
        if (allowed !== 'all' && allowed !== protocol)
            return false;
        if (range === '*')
            return true;
        if (ports === '*')
            return false;
        const [from, to] = bounds(ports);
        const [allowedFrom, allowedTo] = bounds(range);
        return from >= allowedFrom && to <= allowedTo;
    });
}
function split(entry) {
    const index = entry.lastIndexOf(':');
    return index < 0 ? [entry, '*'] : [entry.slice(0, index), entry.slice(index + 1)];
}
function bounds(range) {
    const [from, to] = range.split('-');
    const low = Number(from);
    const high = to === undefined ? low : Number(to);
    return Number.isFinite(low) && Number.isFinite(high) ? [low, high] : [Number.NaN, Number.NaN];
}


/***/ }),

/***/ 16645:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ScopeDriftContext = void 0;
exports.kindsDeclared = kindsDeclared;
const drift_recorder_1 = __webpack_require__(21817);
/** What the comparators see of one project or subscription, and where their results go. */
class ScopeDriftContext extends drift_recorder_1.DriftRecorder {
    datasets;
    constructor(declared, datasets, target) {
        super(declared, { ...target, scopeLabel: target.provider === 'gcp' ? 'project' : 'subscription' });
        this.datasets = datasets;
    }
    /** A dataset; undefined when it was not collected, or (with a notice naming `what`) when it failed. */
    data(key, what) {
        const value = this.datasets.get(key);
        if (!value)
            return undefined;
        if (value.ok)
            return value.value;
        this.notAssessed(this.rules.settingChanged, `${what} in ${this.where}`, value.reason);
        return undefined;
    }
    /** A per-item value (one bucket's policy, one server's firewall rules), or undefined after a notice. */
    use(value, what) {
        if (!value)
            return undefined;
        if (value.ok)
            return value.value;
        this.notAssessed(this.rules.settingChanged, `${what} in ${this.where}`, value.reason);
        return undefined;
    }
}
exports.ScopeDriftContext = ScopeDriftContext;
/** The kinds of `all` the project declares. */
function kindsDeclared(declared, all) {
    const types = new Set(declared.resources.map((resource) => resource.type));
    return all.filter((kind) => kind.types.some((type) => types.has(type)));
}


/***/ }),

/***/ 45819:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scopeDriftNeeds = scopeDriftNeeds;
exports.detectScopeDrift = detectScopeDrift;
exports.scopeDriftHooks = scopeDriftHooks;
const index_1 = __webpack_require__(65073);
const scope_drift_context_1 = __webpack_require__(16645);
/** The datasets drift reads for this project: only those of the kinds it declares. No calls of its own. */
function scopeDriftNeeds(declared, cloud) {
    return [...new Set((0, scope_drift_context_1.kindsDeclared)(declared, cloud.kinds).flatMap((kind) => kind.needs))].sort();
}
/** Compares the declared infrastructure with one project's or subscription's datasets. */
function detectScopeDrift(declared, datasets, scope, cloud) {
    const context = new scope_drift_context_1.ScopeDriftContext(declared, datasets, {
        provider: cloud.provider,
        scope,
        rules: cloud.rules,
    });
    for (const kind of (0, scope_drift_context_1.kindsDeclared)(declared, cloud.kinds))
        kind.compare(context);
    return { findings: context.findings, notices: context.notices };
}
/**
 * What the per-scope audit needs to run drift in the one scope the project deploys to (the one its state
 * names, else the only one audited), and the notice saying why drift did not run when there is none.
 */
function scopeDriftHooks(declared, targets, cloud) {
    const label = cloud.provider === 'gcp' ? 'project' : 'subscription';
    const same = (a, b) => cloud.provider === 'azure' ? a.toLowerCase() === b.toLowerCase() : a === b;
    const named = declared.account;
    const chosen = named ?? (targets.length === 1 ? targets[0].id : undefined);
    const target = chosen === undefined ? undefined : targets.find((candidate) => same(candidate.id, chosen));
    const extraRules = (0, index_1.driftRuleList)(cloud.rules);
    if (!target) {
        const reason = named
            ? `the Terraform state names ${label} ${named}, which this audit does not cover`
            : `the Terraform project's ${label} is unknown (no state, or a state naming several) and ${targets.length} ${label}s are audited; give the state or audit one ${label}`;
        const notice = {
            kind: 'not-assessed',
            ruleId: cloud.rules.settingChanged.id,
            message: `drift was not assessed: ${reason}`,
        };
        return { hooks: { extraRules }, notices: [notice] };
    }
    const needs = scopeDriftNeeds(declared, cloud);
    return {
        hooks: {
            extraRules,
            extraNeeds: (scope) => (scope.id === target.id ? needs : []),
            afterEvaluate: (scope, datasets, report) => {
                if (scope.id !== target.id)
                    return;
                const result = detectScopeDrift(declared, datasets, scope.id, cloud);
                report.findings.push(...result.findings);
                report.notices.push(...result.notices);
            },
        },
        notices: [],
    };
}


/***/ }),

/***/ 20105:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.compareSet = compareSet;
exports.stringList = stringList;
exports.fieldList = fieldList;
const declared_values_1 = __webpack_require__(343);
/**
 * A set that differs between code and live; less secure when a live entry allows something no declared
 * entry allows (a wider source, another port), as strict otherwise (an entry was removed).
 */
function compareSet(resource, spec) {
    if (spec.live === undefined)
        return undefined;
    const declared = (0, declared_values_1.declaredValue)(resource, spec.path);
    if (declared.kind === 'unknown')
        return undefined;
    if (declared.kind === 'absent' && spec.default === undefined)
        return undefined;
    const want = declared.kind === 'known' ? spec.entries(declared.value) : spec.default;
    if (want === undefined)
        return undefined;
    const wanted = [...new Set(want)].sort();
    const have = [...new Set(spec.live)].sort();
    if (wanted.length === have.length && wanted.every((entry, index) => entry === have[index]))
        return undefined;
    const covers = spec.covers ?? ((list, entry) => list.includes(entry));
    return {
        setting: spec.label ??
            spec.path
                .split('.')
                .filter((part) => !/^\d+$/.test(part))
                .join('.'),
        declared: describeSet(wanted),
        live: describeSet(have),
        lessSecure: have.some((entry) => !covers(wanted, entry)),
        ...(declared.kind === 'known' && declared.node ? { node: declared.node } : {}),
    };
}
function describeSet(entries) {
    return entries.length === 0 ? 'empty' : `[${entries.join(', ')}]`;
}
/** A list of strings, or undefined when the value is not one. */
function stringList(value) {
    if (!Array.isArray(value))
        return undefined;
    return value.every((entry) => typeof entry === 'string') ? value : undefined;
}
/** One field of each object of a list (`authorized_networks[*].value`), or undefined when any is not a string. */
function fieldList(value, field) {
    if (!Array.isArray(value))
        return undefined;
    const result = [];
    for (const entry of value) {
        const item = typeof entry === 'object' && entry !== null ? entry[field] : undefined;
        if (typeof item !== 'string')
            return undefined;
        result.push(item);
    }
    return result;
}


/***/ }),

/***/ 2456:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BOOLEAN_STRICTNESS = void 0;
exports.compareSettings = compareSettings;
exports.describeValue = describeValue;
exports.asBoolean = asBoolean;
exports.asNumber = asNumber;
const declared_values_1 = __webpack_require__(343);
const BOOLEAN_STRICTNESS = (value) => (value === true ? 1 : 0);
exports.BOOLEAN_STRICTNESS = BOOLEAN_STRICTNESS;
/** The settings whose live value differs from the declared one; unknown declared values are skipped. */
function compareSettings(resource, specs) {
    const diffs = [];
    for (const spec of specs) {
        if (spec.live === undefined)
            continue;
        const declared = (0, declared_values_1.declaredValue)(resource, spec.path);
        if (declared.kind === 'unknown')
            continue;
        if (declared.kind === 'absent' && spec.default === undefined)
            continue;
        const normalise = spec.normalise ?? ((value) => value);
        const want = normalise(declared.kind === 'known' ? declared.value : spec.default);
        const have = normalise(spec.live);
        if (sameValue(want, have))
            continue;
        diffs.push({
            setting: spec.path
                .split('.')
                .filter((part) => !/^\d+$/.test(part))
                .join('.'),
            declared: describeValue(want),
            live: describeValue(have),
            lessSecure: spec.strictness ? spec.strictness(have) < spec.strictness(want) : false,
            ...(declared.kind === 'known' && declared.node ? { node: declared.node } : {}),
        });
    }
    return diffs;
}
/** Booleans and numbers also match their string spellings (`"true"`, `"14"`), as Terraform converts them. */
function sameValue(a, b) {
    if (a === b)
        return true;
    if (a === undefined || a === null || b === undefined || b === null)
        return false;
    return typeof a !== 'object' && typeof b !== 'object' && String(a) === String(b);
}
function describeValue(value) {
    if (value === undefined || value === null)
        return 'not set';
    if (typeof value === 'string')
        return JSON.stringify(value);
    return String(value);
}
/** A boolean from the code's or state's value, which may be spelled as a string. */
function asBoolean(value) {
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    return value;
}
function asNumber(value) {
    if (typeof value === 'string' && /^-?\d+$/.test(value.trim()))
        return Number(value);
    return value;
}


/***/ }),

/***/ 13869:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportUnmanaged = reportUnmanaged;
/**
 * Live resources of a kind the project manages that no declaration and no state entry has. Only assessed
 * when every declaration could be recognised: an unrecognised one might be any of the live resources.
 */
function reportUnmanaged(context, check) {
    if (check.matches.length === 0)
        return;
    const where = `unmanaged ${check.label}s in ${context.where}`;
    const { declared } = context;
    if (declared.incomplete && !declared.hasState) {
        context.notAssessed(context.rules.unmanagedResource, where, declared.incomplete);
        return;
    }
    const unrecognised = check.matches.find((match) => match.result.kind === 'unknown');
    if (unrecognised) {
        context.notAssessed(context.rules.unmanagedResource, where, `${unrecognised.resource.address} cannot be recognised live (its identity is known only after apply); give the Terraform state`);
        return;
    }
    const managed = new Set();
    for (const match of check.matches)
        if (match.result.kind === 'matched')
            for (const id of match.result.candidate.ids)
                managed.add(id);
    const recorded = [
        ...declared.stateOnly.filter((entry) => entry.type === check.type).map((entry) => entry.values),
        ...declared.resources.filter((entry) => entry.type === check.type).map((entry) => entry.state ?? {}),
    ];
    for (const values of recorded)
        for (const path of check.stateIdPaths) {
            const id = values[path];
            if (typeof id === 'string')
                managed.add(id);
        }
    for (const candidate of check.candidates) {
        if (candidate.ids.some((id) => managed.has(id)) || check.createdByProvider(candidate))
            continue;
        const id = check.resourceId(candidate);
        const name = candidate.name && !id.endsWith(candidate.name) ? ` (${candidate.name})` : '';
        context.unmanaged(id, candidate.region, `${capitalise(check.label)} ${id}${name} in ${context.where} is not managed by the Terraform project, which manages the other ${check.label}s${candidate.region ? ` of ${candidate.region}` : ''}.`);
    }
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 30753:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RegionRuleContext = exports.AccountRuleContext = void 0;
/** Builds the context of one rule run and records its gaps. */
class ContextBase {
    shared;
    rule;
    defaultRegion;
    gaps = [];
    constructor(shared, rule, defaultRegion) {
        this.shared = shared;
        this.rule = rule;
        this.defaultRegion = defaultRegion;
    }
    get account() {
        return this.shared.data.account;
    }
    get partition() {
        return this.shared.partition;
    }
    get now() {
        return this.shared.now;
    }
    get incomplete() {
        return this.gaps.length > 0;
    }
    gap(reason, region = this.defaultRegion) {
        if (!this.gaps.some((gap) => gap.reason === reason && gap.region === region))
            this.gaps.push({ reason, ...(region ? { region } : {}) });
    }
    use(value, region) {
        if (value === undefined)
            return undefined;
        if (value.ok)
            return value.value;
        this.gap(value.reason, region ?? this.defaultRegion);
        return undefined;
    }
    flag(resourceId, message, options = {}) {
        const region = options.region ?? this.defaultRegion;
        return {
            message,
            resource: resourceId,
            location: {
                kind: 'cloud',
                provider: 'aws',
                account: this.account,
                ...(region ? { region } : {}),
                resourceId,
            },
            ...(options.properties ? { properties: options.properties } : {}),
        };
    }
    read(map, key, declared) {
        if (!declared.includes(key))
            throw new Error(`${this.rule.meta.id} reads ${key} without listing it in needs`);
        const value = map?.get(key);
        if (!value) {
            this.gap(`${key} was not collected`);
            return undefined;
        }
        return this.use(value);
    }
}
class AccountRuleContext extends ContextBase {
    homeRegion;
    regions;
    scope = 'account';
    constructor(shared, rule, homeRegion, regions) {
        super(shared, rule, undefined);
        this.homeRegion = homeRegion;
        this.regions = regions;
    }
    get(key) {
        return this.read(this.shared.data.accountWide, key, this.rule.needs);
    }
}
exports.AccountRuleContext = AccountRuleContext;
class RegionRuleContext extends ContextBase {
    region;
    scope = 'region';
    constructor(shared, rule, region) {
        super(shared, rule, region);
        this.region = region;
    }
    get(key) {
        return this.read(this.shared.data.regions.get(this.region), key, this.rule.needs);
    }
}
exports.RegionRuleContext = RegionRuleContext;


/***/ }),

/***/ 13822:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.evaluateAccount = evaluateAccount;
const engine_1 = __webpack_require__(63805);
const audit_context_1 = __webpack_require__(30753);
const NO_SNIPPET = { snippetFor: () => '' };
/** Runs the checks over one account's collected data: findings, "not assessed" notices and per-check outcomes. */
function evaluateAccount(rules, data, options) {
    const shared = { data, partition: options.partition, now: options.now };
    const evaluation = {
        account: data.account,
        findings: [],
        notices: [],
        outcomes: new Map(),
    };
    for (const rule of rules) {
        const runs = [];
        if (rule.scope === 'account') {
            if (!options.accountChecks)
                continue;
            const context = new audit_context_1.AccountRuleContext(shared, rule, options.homeRegion, options.regions);
            runs.push({ context, result: (0, engine_1.runRules)([rule], context, NO_SNIPPET) });
        }
        else {
            for (const region of data.regions.keys()) {
                const context = new audit_context_1.RegionRuleContext(shared, rule, region);
                runs.push({ context, result: (0, engine_1.runRules)([rule], context, NO_SNIPPET) });
            }
        }
        const gaps = runs.flatMap((run) => run.context.gaps);
        if (rule.scope === 'region')
            gaps.push(...options.unavailableRegions);
        const findings = runs.flatMap((run) => run.result.findings);
        const failures = runs.flatMap((run) => run.result.notices);
        if (runs.length === 0 && gaps.length === 0)
            continue;
        evaluation.findings.push(...findings);
        evaluation.notices.push(...failures, ...gaps.map((gap) => gapNotice(rule.meta.id, data.account, gap)));
        evaluation.outcomes.set(rule.meta.id, findings.length > 0 ? 'failed' : gaps.length + failures.length > 0 ? 'not-assessed' : 'passed');
    }
    return evaluation;
}
function gapNotice(ruleId, account, gap) {
    const where = gap.region ? `account ${account}, ${gap.region}` : `account ${account}`;
    return { kind: 'not-assessed', ruleId, message: `${ruleId} was not assessed in ${where}: ${gap.reason}` };
}


/***/ }),

/***/ 98509:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.auditScopes = auditScopes;
const engine_1 = __webpack_require__(63805);
const report_1 = __webpack_require__(88557);
const limiter_1 = __webpack_require__(9820);
const collect_datasets_1 = __webpack_require__(6610);
const scope_engine_1 = __webpack_require__(49139);
/**
 * The audit of every scope: collect the datasets the checks need, run the checks, one report. A scope that
 * fails as a whole becomes a notice and "not assessed" outcomes; the other scopes are still audited.
 */
async function auditScopes(targets, settings) {
    const started = Date.now();
    const report = (0, report_1.emptyReport)(['audit']);
    const needs = [...new Set(settings.rules.flatMap((rule) => rule.needs))].sort();
    const label = settings.provider === 'azure' ? 'subscription' : 'project';
    const coverage = await (0, limiter_1.mapLimited)(targets, settings.concurrency, async (target) => {
        const session = settings.openSession(target);
        try {
            settings.log(`Auditing ${label} ${describeTarget(target)}.`);
            const keys = settings.extraNeeds ? [...needs, ...settings.extraNeeds(target)] : needs;
            const datasets = await (0, collect_datasets_1.collectDatasets)(session, settings.collectors, keys, settings.describeError);
            const evaluation = (0, scope_engine_1.evaluateScope)(settings.rules, { provider: settings.provider, scope: target.id, datasets }, settings.now);
            report.findings.push(...evaluation.findings);
            report.notices.push(...evaluation.notices);
            settings.afterEvaluate?.(target, datasets, report);
            for (const value of datasets.values())
                if (value.ok && Array.isArray(value.value))
                    report.stats.resources += value.value.length;
            return {
                scope: target.id,
                ...(target.name ? { name: target.name } : {}),
                outcomes: evaluation.outcomes,
            };
        }
        catch (error) {
            const failure = settings.describeError(error);
            report.notices.push({
                kind: 'not-assessed',
                message: `${label} ${target.id} was not audited: ${failure}`,
            });
            const outcomes = new Map(settings.rules.map((rule) => [rule.meta.id, 'not-assessed']));
            return { scope: target.id, outcomes, failure };
        }
        finally {
            settings.closeSession?.(session);
        }
    });
    (0, engine_1.assignUniqueFingerprints)(report.findings);
    const fired = new Set(report.findings.map((finding) => finding.ruleId));
    const metas = [...settings.rules.map((rule) => rule.meta), ...(settings.extraRules ?? [])];
    report.rules = metas.filter((meta) => fired.has(meta.id));
    report.stats.rulesRun = metas.length;
    report.stats.durationMs = Date.now() - started;
    return { report, coverage };
}
function describeTarget(target) {
    return target.name && target.name !== target.id ? `${target.id} (${target.name})` : target.id;
}


/***/ }),

/***/ 6610:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectDatasets = collectDatasets;
const collected_1 = __webpack_require__(9035);
/**
 * Reads the datasets `keys` (and those they depend on) of one scope, each once. A dataset whose calls fail
 * is kept as the reason it is missing, so the checks that need it are "not assessed", never passed.
 */
async function collectDatasets(session, collectors, keys, describeError) {
    const pending = new Map();
    const need = (key) => {
        let promise = pending.get(key);
        if (!promise) {
            promise = collectors[key](session, need);
            pending.set(key, promise);
        }
        return promise;
    };
    const results = new Map();
    await Promise.all([...new Set(keys)].map(async (key) => {
        try {
            results.set(key, (0, collected_1.collected)(await need(key)));
        }
        catch (error) {
            results.set(key, (0, collected_1.missing)(describeError(error)));
        }
    }));
    return results;
}


/***/ }),

/***/ 49139:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.evaluateScope = evaluateScope;
const engine_1 = __webpack_require__(63805);
const NO_SNIPPET = { snippetFor: () => '' };
class RuleContext {
    data;
    rule;
    now;
    gaps = [];
    constructor(data, rule, now) {
        this.data = data;
        this.rule = rule;
        this.now = now;
    }
    get provider() {
        return this.data.provider;
    }
    get scope() {
        return this.data.scope;
    }
    get incomplete() {
        return this.gaps.length > 0;
    }
    gap(reason) {
        if (!this.gaps.includes(reason))
            this.gaps.push(reason);
    }
    use(value) {
        if (value === undefined)
            return undefined;
        if (value.ok)
            return value.value;
        this.gap(value.reason);
        return undefined;
    }
    get(key) {
        if (!this.rule.needs.includes(key))
            throw new Error(`${this.rule.meta.id} reads ${key} without listing it in needs`);
        const value = this.data.datasets.get(key);
        if (!value) {
            this.gap(`${key} was not collected`);
            return undefined;
        }
        return this.use(value);
    }
    flag(resourceId, message, options = {}) {
        return {
            message,
            resource: resourceId,
            location: {
                kind: 'cloud',
                provider: this.data.provider,
                account: this.data.scope,
                ...(options.region ? { region: options.region } : {}),
                resourceId,
            },
            ...(options.properties ? { properties: options.properties } : {}),
        };
    }
}
/** Runs the checks over one subscription's or project's datasets: findings, gaps as notices, outcomes. */
function evaluateScope(rules, data, now) {
    const evaluation = { scope: data.scope, findings: [], notices: [], outcomes: new Map() };
    const label = data.provider === 'azure' ? 'subscription' : 'project';
    for (const rule of rules) {
        const context = new RuleContext(data, rule, now);
        const result = (0, engine_1.runRules)([rule], context, NO_SNIPPET);
        evaluation.findings.push(...result.findings);
        evaluation.notices.push(...result.notices, ...context.gaps.map((reason) => ({
            kind: 'not-assessed',
            ruleId: rule.meta.id,
            message: `${rule.meta.id} was not assessed in ${label} ${data.scope}: ${reason}`,
        })));
        evaluation.outcomes.set(rule.meta.id, result.findings.length > 0
            ? 'failed'
            : context.gaps.length + result.notices.length > 0
                ? 'not-assessed'
                : 'passed');
    }
    return evaluation;
}


/***/ }),

/***/ 62417:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.describeScopeAuditRun = describeScopeAuditRun;
/** One line for the log: what an Azure or Google Cloud audit covered and concluded. */
function describeScopeAuditRun(result, unit) {
    const outcomes = result.coverage.flatMap((entry) => [...entry.outcomes.values()]);
    const count = (outcome) => outcomes.filter((value) => value === outcome).length;
    const failed = result.coverage.filter((entry) => entry.failure).length;
    return [
        `Audited ${result.coverage.length} ${unit}(s)${failed ? ` (${failed} could not be audited)` : ''}:`,
        `${count('passed')} checks passed, ${count('failed')} failed, ${count('not-assessed')} not assessed;`,
        `${result.report.findings.length} finding(s).`,
    ].join(' ');
}


/***/ }),

/***/ 31870:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.selectAuditRules = selectAuditRules;
const errors_1 = __webpack_require__(74296);
const github_id_token_1 = __webpack_require__(43147);
/**
 * The checks to run: all, or those named in `checks`, minus those in `skipChecks`. A name is a check id
 * (`aws-audit-iam-root-mfa-disabled`), an id without its `aws-audit-` prefix, or a pattern ending in `*`
 * (`aws-audit-iam-*`). A name that matches nothing is an error, so a typo never silently audits less.
 */
function selectAuditRules(rules, checks, skipChecks, prefix = 'aws-audit-') {
    const chosen = checks.length > 0
        ? rules.filter((rule) => checks.some((name) => matches(rule, name, prefix)))
        : [...rules];
    for (const name of [...checks, ...skipChecks]) {
        if (!rules.some((rule) => matches(rule, name, prefix))) {
            throw new errors_1.UserError(`no ${PROVIDER_NAMES[prefix] ?? ''} audit check is called "${name.length > 60 ? `${name.slice(0, 60)}\u2026` : name}"`, `Run "cloudgate rules" for the ids, or use a prefix with a trailing * such as ${prefix}${prefix === 'aws-audit-' ? 'iam' : 'storage'}-*.`, github_id_token_1.CLOUD_AUDIT_DOCS);
        }
    }
    return chosen.filter((rule) => !skipChecks.some((name) => matches(rule, name, prefix)));
}
const PROVIDER_NAMES = {
    'aws-audit-': 'AWS',
    'azure-audit-': 'Azure',
    'gcp-audit-': 'Google Cloud',
};
function matches(rule, name, prefix) {
    const id = rule.meta.id;
    const wanted = name.trim().toLowerCase();
    if (wanted.endsWith('*')) {
        const wantedPrefix = wanted.slice(0, -1);
        return id.startsWith(wantedPrefix) || id.startsWith(`${prefix}${wantedPrefix}`);
    }
    return id === wanted || id === `${prefix}${wanted}` || rule.meta.aliases.includes(name.trim());
}


/***/ }),

/***/ 6284:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.auditGcp = auditGcp;
const v1_1 = __webpack_require__(91891);
const google_auth_library_1 = __webpack_require__(492);
const errors_1 = __webpack_require__(74296);
const datasets_1 = __webpack_require__(65930);
const paging_1 = __webpack_require__(54547);
const github_id_token_1 = __webpack_require__(43147);
const audit_shard_1 = __webpack_require__(64029);
const audit_scopes_1 = __webpack_require__(98509);
const detect_gcp_drift_1 = __webpack_require__(37456);
const scope_drift_1 = __webpack_require__(45819);
const index_1 = __webpack_require__(11344);
const gcp_connection_1 = __webpack_require__(6987);
const gcp_errors_1 = __webpack_require__(95664);
/** The live Google Cloud audit: projects, collection, checks, one report. Shared by the CLI and the action. */
async function auditGcp(options) {
    const connection = options.connection ?? {};
    const rules = options.rules ?? index_1.GCP_AUDIT_RULES;
    const log = options.log ?? (() => { });
    const auth = new google_auth_library_1.GoogleAuth({ authClient: options.credential });
    const targets = (await projects(auth, options.projectIds, connection, options.maxItems ?? 5_000)).filter((target) => (0, audit_shard_1.unitInShard)(target.id, options.shard));
    log(`Auditing ${targets.length} Google Cloud project(s) with ${rules.length} checks.`);
    const warnings = [];
    const drift = options.drift ? (0, scope_drift_1.scopeDriftHooks)(options.drift, targets, detect_gcp_drift_1.GCP_DRIFT) : undefined;
    const result = await (0, audit_scopes_1.auditScopes)(targets, {
        ...drift?.hooks,
        provider: 'gcp',
        rules,
        collectors: datasets_1.GCP_COLLECTORS,
        describeError: gcp_errors_1.describeGcpError,
        openSession: (target) => ({
            projectId: target.id,
            auth,
            connection,
            maxItems: options.maxItems ?? 5_000,
            warn: (message) => warnings.push({ kind: 'warning', message }),
        }),
        concurrency: options.concurrency ?? 4,
        now: new Date((options.clock ?? Date.now)()),
        log,
    });
    result.report.notices.push(...warnings, ...(drift?.notices ?? []));
    return result;
}
/** The projects asked for, or every active one the identity can see. */
async function projects(auth, wanted, connection, maxItems) {
    if (wanted.length > 0) {
        // The exchange happens before any project is read, so a refused token is told as such here.
        await auth.getAccessToken().catch((error) => {
            throw exchangeError(error);
        });
        return wanted.map((id) => ({ id }));
    }
    const api = new v1_1.cloudresourcemanager_v1.Cloudresourcemanager({
        auth,
        rootUrl: (0, gcp_connection_1.gcpRootUrl)(connection, 'cloudresourcemanager'),
    });
    let found;
    try {
        found = await (0, paging_1.listPages)(async (pageToken) => {
            const { data } = await api.projects.list({
                filter: 'lifecycleState:ACTIVE',
                ...(pageToken ? { pageToken } : {}),
            });
            return { items: data.projects ?? [], nextPageToken: data.nextPageToken ?? null };
        }, maxItems, 'projects', () => { });
    }
    catch (error) {
        throw exchangeError(error, 'Name them with project-ids, or grant the identity roles/browser on the organisation or folder.');
    }
    const targets = found
        .filter((project) => project.projectId && (project.lifecycleState ?? 'ACTIVE') === 'ACTIVE')
        .map((project) => ({ id: project.projectId, ...(project.name ? { name: project.name } : {}) }));
    if (targets.length === 0) {
        throw new errors_1.UserError('The Google Cloud identity can see no active project.', 'Grant it roles/viewer (or roles/iam.securityReviewer) on the projects to audit, or name them with project-ids.', github_id_token_1.CLOUD_AUDIT_DOCS);
    }
    return targets.sort((a, b) => a.id.localeCompare(b.id));
}
/** A refused token exchange or listing, as what to fix. */
function exchangeError(error, listingHint) {
    if (error instanceof errors_1.UserError)
        return error;
    const text = (0, gcp_errors_1.describeGcpError)(error);
    if (/invalid_grant|unauthorized_client|invalid_target|attribute condition|audience/i.test(text)) {
        return new errors_1.UserError(`Google's STS did not exchange the GitHub OIDC token: ${text}`, 'The workload identity provider must trust https://token.actions.githubusercontent.com, its attribute condition must admit this repository, and the service account must grant roles/iam.workloadIdentityUser to the pool identity.', github_id_token_1.CLOUD_AUDIT_DOCS);
    }
    if (/generateAccessToken|iam\.serviceAccounts\.getAccessToken/i.test(text)) {
        return new errors_1.UserError(`The federated identity could not impersonate the service account: ${text}`, 'Grant roles/iam.workloadIdentityUser on the service account to principalSet://iam.googleapis.com/<pool>/attribute.repository/<owner>/<repo>.', github_id_token_1.CLOUD_AUDIT_DOCS);
    }
    return new errors_1.UserError(`cloudgate could not list the Google Cloud projects: ${text}`, listingHint, github_id_token_1.CLOUD_AUDIT_DOCS);
}


/***/ }),

/***/ 6987:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CLOUD_PLATFORM_SCOPE = void 0;
exports.gcpRootUrl = gcpRootUrl;
/** The `rootUrl` of a Google API client: the API's own host, or the test endpoint. */
function gcpRootUrl(connection, api) {
    return connection.endpoint ? `${connection.endpoint}/` : `https://${api}.googleapis.com/`;
}
exports.CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';


/***/ }),

/***/ 35994:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseWorkloadIdentityProvider = parseWorkloadIdentityProvider;
exports.parseServiceAccount = parseServiceAccount;
exports.gcpOidcCredential = gcpOidcCredential;
exports.gcpDefaultCredential = gcpDefaultCredential;
const google_auth_library_1 = __webpack_require__(492);
const errors_1 = __webpack_require__(74296);
const github_id_token_1 = __webpack_require__(43147);
const gcp_connection_1 = __webpack_require__(6987);
const PROVIDER = /^projects\/\d+\/locations\/global\/workloadIdentityPools\/[a-z0-9-]{4,32}\/providers\/[a-z0-9-]{4,32}$/;
const SERVICE_ACCOUNT = /^[a-z0-9-]{6,30}@[a-z0-9.-]+\.iam\.gserviceaccount\.com$|^[\w.+-]+@[\w-]+\.(iam\.)?gserviceaccount\.com$/;
/** Checks the workload-identity-provider input, so a typo is told apart from a refused exchange. */
function parseWorkloadIdentityProvider(value) {
    const name = value.trim().replace(/^\/\/iam\.googleapis\.com\//, '');
    if (!PROVIDER.test(name)) {
        throw new errors_1.UserError(`workload-identity-provider "${value.slice(0, 120)}" is not a provider's resource name`, 'Write it as projects/<project number>/locations/global/workloadIdentityPools/<pool>/providers/<provider> (the project number, not its id).', github_id_token_1.CLOUD_AUDIT_DOCS);
    }
    return name;
}
function parseServiceAccount(value) {
    if (!SERVICE_ACCOUNT.test(value.trim())) {
        throw new errors_1.UserError(`service-account "${value.slice(0, 120)}" is not a service account email`, 'Write it as <name>@<project id>.iam.gserviceaccount.com.', github_id_token_1.CLOUD_AUDIT_DOCS);
    }
    return value.trim();
}
/**
 * Workload Identity Federation with the workflow's GitHub OIDC token: Google's STS exchanges it for a
 * federated token, which (with a service account) IAM Credentials turns into the account's access token.
 * The token supplier asks the runner for a fresh GitHub token at every exchange.
 */
function gcpOidcCredential(options) {
    const provider = parseWorkloadIdentityProvider(options.workloadIdentityProvider);
    const serviceAccount = options.serviceAccount ? parseServiceAccount(options.serviceAccount) : undefined;
    const audience = options.audience || `https://iam.googleapis.com/${provider}`;
    const env = options.env ?? process.env;
    const getIdToken = options.getIdToken ?? github_id_token_1.runnerIdToken;
    const connection = options.connection ?? {};
    return new google_auth_library_1.IdentityPoolClient({
        type: 'external_account',
        audience: `//iam.googleapis.com/${provider}`,
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: `${(0, gcp_connection_1.gcpRootUrl)(connection, 'sts')}v1/token`,
        ...(serviceAccount
            ? {
                service_account_impersonation_url: `${(0, gcp_connection_1.gcpRootUrl)(connection, 'iamcredentials')}v1/projects/-/serviceAccounts/${serviceAccount}:generateAccessToken`,
            }
            : {}),
        scopes: [gcp_connection_1.CLOUD_PLATFORM_SCOPE],
        subject_token_supplier: { getSubjectToken: () => (0, github_id_token_1.requestIdToken)(env, audience, getIdToken) },
    });
}
/** The CLI's credential: application default credentials (gcloud auth application-default login, or a key file). */
async function gcpDefaultCredential() {
    try {
        return await new google_auth_library_1.GoogleAuth({ scopes: [gcp_connection_1.CLOUD_PLATFORM_SCOPE] }).getClient();
    }
    catch (error) {
        throw new errors_1.UserError(`cloudgate found no Google Cloud credentials: ${(0, github_id_token_1.oneLine)(error)}`, 'Run `gcloud auth application-default login`, or set GOOGLE_APPLICATION_CREDENTIALS to a credential file.', github_id_token_1.CLOUD_AUDIT_DOCS);
    }
}


/***/ }),

/***/ 95664:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.describeGcpError = describeGcpError;
exports.isGcpAccessDenied = isGcpAccessDenied;
/** A short account of a failed Google API call: its status and message on one line. */
function describeGcpError(error) {
    if (!(error instanceof Error))
        return String(error).slice(0, 300);
    const failed = error;
    const status = failed.status ?? failed.response?.status;
    const body = failed.response?.data;
    const detail = typeof body?.error === 'object'
        ? [body.error.status, body.error.message].filter(Boolean).join(': ')
        : [body?.error, body?.error_description].filter(Boolean).join(': ');
    const message = (detail || error.message).replace(/\s+/g, ' ').trim().slice(0, 300);
    return status ? `HTTP ${status}: ${message}` : message;
}
/** Whether the API refused the call for lack of permission, or is not enabled in the project. */
function isGcpAccessDenied(error) {
    const failed = error;
    return (failed?.status ?? failed?.response?.status) === 403;
}


/***/ })

};
;