"use strict";
exports.id = 804;
exports.ids = [804];
exports.modules = {

/***/ 13804:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runImage = runImage;
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __importDefault(__webpack_require__(76760));
const node_util_1 = __webpack_require__(57975);
const errors_1 = __webpack_require__(74296);
const image_pipeline_1 = __webpack_require__(67143);
const base_image_updates_1 = __webpack_require__(44791);
const scan_settings_1 = __webpack_require__(10264);
const trivy_args_1 = __webpack_require__(73583);
const trivy_versions_1 = __webpack_require__(28643);
const report_output_1 = __webpack_require__(99966);
const OPTIONS = {
    input: { type: 'string', multiple: true },
    'trivy-report': { type: 'string', multiple: true },
    image: { type: 'string' },
    dockerfile: { type: 'string', multiple: true },
    'base-image-update': { type: 'string', multiple: true },
    format: { type: 'string' },
    output: { type: 'string' },
    'fail-on': { type: 'string' },
    category: { type: 'string' },
    config: { type: 'string' },
    baseline: { type: 'string' },
    root: { type: 'string' },
    severity: { type: 'string' },
    'ignore-unfixed': { type: 'boolean' },
    scanners: { type: 'string' },
    trivyignore: { type: 'string' },
    vex: { type: 'string' },
    'db-repository': { type: 'string' },
    'java-db-repository': { type: 'string' },
    timeout: { type: 'string' },
    'cache-dir': { type: 'string' },
    'trivy-version': { type: 'string' },
};
/** The image command's work, loaded only when the command runs. */
async function runImage(argv) {
    const { values, positionals } = (0, node_util_1.parseArgs)({ args: argv, allowPositionals: true, options: OPTIONS });
    const format = (0, report_output_1.parseFormat)(values.format);
    const root = node_path_1.default.resolve(values.root ?? process.cwd());
    const { report, config } = await (0, image_pipeline_1.runImagePipeline)(imageSource(values, positionals, root), {
        repoRoot: root,
        ...(values.config ? { configPath: values.config } : {}),
        ...(values.baseline !== undefined ? { baselinePath: values.baseline } : {}),
    });
    return (0, report_output_1.emitReport)(report, {
        format,
        output: values.output,
        failOn: (0, report_output_1.failOnOption)(values['fail-on'], config.failOn),
        category: values.category,
    });
}
/** Either images to scan (references and tarballs) or reports to convert, never both. */
function imageSource(values, positionals, root) {
    const reports = values['trivy-report'] ?? [];
    const targets = [
        ...positionals.map((ref) => ({ kind: 'image', ref: (0, trivy_args_1.parseImageRef)(ref) })),
        ...(values.input ?? []).map((file) => ({ kind: 'input', file: existing(file) })),
    ];
    if (reports.length > 0 && targets.length > 0) {
        throw new errors_1.UserError('--trivy-report converts reports made elsewhere; it cannot be combined with images to scan', 'Run two commands.');
    }
    if (reports.length === 0 && targets.length === 0) {
        throw new errors_1.UserError('nothing to scan', 'Name an image, or pass --input <image.tar> or --trivy-report <report.json>.');
    }
    const dockerfiles = (values.dockerfile ?? []).map((file) => node_path_1.default.relative(root, node_path_1.default.resolve(file)));
    const baseImageUpdates = (0, base_image_updates_1.parseBaseImageUpdates)((0, trivy_args_1.splitList)((values['base-image-update'] ?? []).join('\n')));
    if (reports.length > 0) {
        return {
            kind: 'reports',
            files: reports.map(existing),
            dockerfiles,
            baseImageUpdates,
            ...(values.image ? { image: values.image } : {}),
        };
    }
    return {
        kind: 'scan',
        options: {
            targets,
            dockerfiles,
            baseImageUpdates,
            trivyVersion: (0, trivy_versions_1.normaliseTrivyVersion)(values['trivy-version']),
            settings: (0, scan_settings_1.resolveScanSettings)({
                severity: values.severity,
                ignoreUnfixed: values['ignore-unfixed'] ?? false,
                scanners: values.scanners,
                trivyignore: values.trivyignore,
                vex: values.vex,
                dbRepository: values['db-repository'],
                javaDbRepository: values['java-db-repository'],
                timeout: values.timeout,
                cacheDir: values['cache-dir'],
            }, root),
            log: (line) => process.stderr.write(`${line}\n`),
            logStream: process.stderr,
        },
    };
}
function existing(file) {
    const absolute = node_path_1.default.resolve(file);
    if (!(0, node_fs_1.existsSync)(absolute))
        throw new errors_1.UserError(`${file} does not exist`);
    return absolute;
}


/***/ }),

/***/ 53678:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_LINKS = exports.MAX_TAGS = exports.MAX_TITLE = exports.MAX_DESCRIPTION = void 0;
exports.trivySeverity = trivySeverity;
exports.imageRuleId = imageRuleId;
exports.highestCvss = highestCvss;
exports.advisoryLinks = advisoryLinks;
exports.fixedVersions = fixedVersions;
exports.clip = clip;
exports.text = text;
const severity_1 = __webpack_require__(60432);
/** GitHub code scanning shows at most 1024 characters of a rule description and 10 of its 20 tags. */
exports.MAX_DESCRIPTION = 1000;
exports.MAX_TITLE = 200;
exports.MAX_TAGS = 20;
exports.MAX_LINKS = 10;
/**
 * Trivy's severities map one to one; UNKNOWN (the vendor gave no rating, common for GMS and fresh
 * GHSA ids) becomes info, so it is reported but never fails the default gate. See docs/severity.md.
 */
function trivySeverity(value) {
    return (typeof value === 'string' ? (0, severity_1.parseSeverity)(value) : undefined) ?? 'info';
}
/** `image-` plus the advisory or check id in lower case: `image-cve-2019-1549`, `image-ghsa-xxxx-xxxx-xxxx`. */
function imageRuleId(kind, id) {
    const slug = id
        .toLowerCase()
        .replace(/[^a-z0-9.]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 120);
    const prefix = kind === 'vuln' ? 'image-' : `image-${kind}-`;
    return `${prefix}${slug || 'unnamed'}`;
}
/** The highest CVSS v3 base score any source gives; code scanning sorts security alerts by it. */
function highestCvss(cvss) {
    let best;
    for (const [source, entry] of Object.entries(cvss ?? {})) {
        const score = entry?.V3Score;
        if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 10)
            continue;
        if (!best || score > best.score) {
            best = { score, source, ...(typeof entry.V3Vector === 'string' ? { vector: entry.V3Vector } : {}) };
        }
    }
    return best;
}
/** The primary URL first, then the references; only https, without duplicates. */
function advisoryLinks(id, primary, references) {
    const links = [primary, ...(Array.isArray(references) ? references : [])]
        .filter((link) => typeof link === 'string' && link.startsWith('https://'))
        .filter((link, index, all) => all.indexOf(link) === index);
    if (links.length === 0) {
        if (/^GHSA-/i.test(id))
            links.push(`https://github.com/advisories/${id}`);
        else if (/^CVE-\d+-\d+$/i.test(id))
            links.push(`https://nvd.nist.gov/vuln/detail/${id.toUpperCase()}`);
    }
    return links.slice(0, exports.MAX_LINKS);
}
/** Several fixed versions are listed with commas, one per release line. */
function fixedVersions(value) {
    if (typeof value !== 'string')
        return [];
    return value
        .split(',')
        .map((version) => version.trim())
        .filter((version) => version !== '');
}
function clip(text, max) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}\u2026`;
}
function text(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}


/***/ }),

/***/ 44791:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseBaseImageUpdates = parseBaseImageUpdates;
const errors_1 = __webpack_require__(74296);
const REF = /^[A-Za-z0-9][\w.\-/:@$]*$/;
/**
 * `alpine:3.19.1=alpine:3.19.4` lines: a base image as written on a FROM line, and a newer reference
 * the user knows carries the fixes. cloudgate cannot know which tag fixes an OS package without
 * scanning it, so it only names one it was told about.
 */
function parseBaseImageUpdates(entries) {
    const updates = {};
    for (const entry of entries) {
        const [from, to, ...rest] = entry.split('=').map((part) => part.trim());
        if (!from || !to || rest.length > 0 || !REF.test(from) || !REF.test(to)) {
            throw new errors_1.UserError(`base image update "${entry}" is not written as <from>=<to>`, 'Write it like alpine:3.19.1=alpine:3.19.4, with the FROM reference exactly as the Dockerfile has it.');
        }
        updates[from] = to;
    }
    return updates;
}


/***/ }),

/***/ 31103:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createContext = createContext;
exports.stableImageKey = stableImageKey;
exports.anchorVulnerability = anchorVulnerability;
const node_path_1 = __importDefault(__webpack_require__(76760));
const layer_attribution_1 = __webpack_require__(50460);
const lockfile_anchors_1 = __webpack_require__(19683);
function createContext(report, options) {
    const image = options.image ?? report.Metadata?.Reference ?? report.ArtifactName ?? 'image';
    return {
        image,
        imageKey: stableImageKey(image),
        files: options.files,
        ...(options.dockerfile ? { dockerfile: options.dockerfile } : {}),
        // Layers, and so Dockerfile lines, only exist in an image; a repository scan has none.
        ...(options.dockerfile && isImageScan(report)
            ? { layers: new layer_attribution_1.LayerAttribution(options.dockerfile, report.Metadata) }
            : {}),
        baseImageUpdates: options.baseImageUpdates ?? {},
    };
}
function isImageScan(report) {
    return report.ArtifactType === undefined || report.ArtifactType === 'container_image';
}
/** `ghcr.io/acme/api:pr-12@sha256:\u2026` -> `ghcr.io/acme/api`; a tarball keeps only its file name. */
function stableImageKey(image) {
    const withoutDigest = image.split('@')[0];
    if (/\.(tar|tar\.gz|tgz)$/i.test(withoutDigest)) {
        return node_path_1.default.basename(withoutDigest);
    }
    const lastSlash = withoutDigest.lastIndexOf('/');
    const colon = withoutDigest.indexOf(':', lastSlash + 1);
    return colon === -1 ? withoutDigest : withoutDigest.slice(0, colon);
}
/**
 * Where a vulnerable package is best shown: its lockfile line in the repository, else the Dockerfile
 * line that put it in the image (a RUN, or the FROM of the base image), else the image itself.
 */
function anchorVulnerability(context, result, vulnerability) {
    const dockerfile = context.dockerfile;
    if (result.Class === 'lang-pkgs') {
        const contextDir = dockerfile ? node_path_1.default.posix.dirname(dockerfile.path) : undefined;
        const lockfile = (0, lockfile_anchors_1.lockfileAnchor)(result, vulnerability, context.files, contextDir);
        if (lockfile)
            return { kind: 'lockfile', location: { kind: 'file', ...lockfile } };
    }
    const origin = context.layers?.originOf(vulnerability.Layer?.DiffID);
    if (dockerfile && origin) {
        if (origin.kind === 'instruction') {
            const { instruction } = origin;
            const { startLine, endLine, endColumn } = instruction.range;
            return {
                kind: instruction.keyword === 'RUN' ? 'run' : 'copy',
                location: {
                    kind: 'file',
                    path: dockerfile.path,
                    range: { startLine, startColumn: 1, endLine, endColumn },
                },
            };
        }
        const { stage } = origin;
        return {
            kind: 'from',
            fromBase: origin.kind === 'base',
            from: stage.image.written,
            location: { kind: 'file', path: dockerfile.path, range: stage.imageRange },
        };
    }
    const detail = [result.Target, vulnerability.PkgPath].filter(Boolean).join(': ');
    return {
        kind: 'artifact',
        location: { kind: 'artifact', name: context.imageKey, ...(detail ? { detail } : {}) },
    };
}


/***/ }),

/***/ 95905:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fileOrArtifact = fileOrArtifact;
const node_path_1 = __importDefault(__webpack_require__(76760));
const lockfile_anchors_1 = __webpack_require__(19683);
/**
 * A file location in the repository for a secret or misconfiguration Trivy found at `target`, when a
 * file there has the reported line (and, when given, the expected text on it); otherwise the image.
 * A whole-file finding (no line) anchors only on the exact path, on its first line.
 */
function fileOrArtifact(context, target, lines) {
    const contextDir = context.dockerfile ? node_path_1.default.posix.dirname(context.dockerfile.path) : undefined;
    const start = positive(lines.start);
    const candidates = start === undefined ? (0, lockfile_anchors_1.candidatePaths)(target, contextDir).slice(0, 1) : (0, lockfile_anchors_1.candidatePaths)(target, contextDir);
    for (const candidate of candidates) {
        const content = context.files.lines(candidate);
        if (!content)
            continue;
        if (start === undefined) {
            return {
                kind: 'file',
                path: candidate,
                range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: (content[0]?.length ?? 0) + 1 },
            };
        }
        const end = Math.max(start, positive(lines.end) ?? start);
        if (end > content.length)
            continue;
        if (lines.expect && !(content[start - 1] ?? '').includes(lines.expect))
            continue;
        return {
            kind: 'file',
            path: candidate,
            range: {
                startLine: start,
                startColumn: 1,
                endLine: end,
                endColumn: (content[end - 1]?.length ?? 0) + 1,
            },
        };
    }
    const detail = start === undefined ? target : `${target}:${start}`;
    return { kind: 'artifact', name: context.imageKey, detail };
}
function positive(value) {
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}


/***/ }),

/***/ 55142:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FindingCollector = void 0;
const fingerprint_1 = __webpack_require__(75527);
const severity_1 = __webpack_require__(60432);
/**
 * Collects findings and one rule per advisory or check id. The fingerprint is advisory + package +
 * target, never a line or version, so a finding keeps its identity when the Dockerfile moves or a bump
 * does not fix it; exact repeats are dropped and the engine numbers the rest.
 */
class FindingCollector {
    findings = [];
    rules = new Map();
    seen = new Set();
    add(meta, finding, identity) {
        const print = (0, fingerprint_1.fingerprint)({
            ruleId: meta.id,
            where: identity.where,
            resource: identity.what,
            snippet: '',
        });
        const key = `${print}\0${identity.variant ?? ''}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        const known = this.rules.get(meta.id);
        // One advisory can be rated differently per distribution; the rule shows the worst rating.
        if (!known || (0, severity_1.compareSeverity)(meta.severity, known.severity) > 0)
            this.rules.set(meta.id, meta);
        this.findings.push({ ruleId: meta.id, scanner: 'image', fingerprint: print, ...finding });
    }
    ruleList() {
        return [...this.rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
}
exports.FindingCollector = FindingCollector;


/***/ }),

/***/ 94091:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readDockerfile = readDockerfile;
exports.finalStageChain = finalStageChain;
const dockerfile_1 = __webpack_require__(5552);
const dockerfile_stages_1 = __webpack_require__(51874);
const dockerfile_words_1 = __webpack_require__(63292);
function readDockerfile(path, text) {
    const parsed = (0, dockerfile_1.parseDockerfile)(text);
    const stages = (0, dockerfile_stages_1.splitStages)(parsed).stages.map((stage) => ({
        ...stage,
        imageRange: imageRange(stage, parsed.escape),
    }));
    return { path, stages };
}
/**
 * The stages whose layers end up in the final image: the last stage and the stages it is built
 * FROM, base first. `COPY --from` stages contribute files, not layers, so they are left out.
 */
function finalStageChain(dockerfile) {
    const chain = [];
    for (let stage = dockerfile.stages.at(-1); stage;) {
        chain.unshift(stage);
        stage = stage.baseStage === undefined ? undefined : dockerfile.stages[stage.baseStage];
    }
    return chain;
}
function imageRange(stage, escape) {
    const { from } = stage;
    const word = (0, dockerfile_words_1.splitWords)(from.args, escape)[0];
    const start = word && positionOf(from.segments, word.start);
    const last = word && positionOf(from.segments, word.end - 1);
    if (!start || !last)
        return from.range;
    return { startLine: start.line, startColumn: start.column, endLine: last.line, endColumn: last.column + 1 };
}
/** The line and column of an offset into the joined arguments. */
function positionOf(segments, offset) {
    let start = 0;
    for (const segment of segments) {
        if (offset < start + segment.text.length)
            return { line: segment.line, column: segment.column + offset - start };
        start += segment.text.length;
    }
    return undefined;
}


/***/ }),

/***/ 67143:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runImagePipeline = runImagePipeline;
const node_path_1 = __importDefault(__webpack_require__(76760));
const apply_filters_1 = __webpack_require__(57761);
const baseline_1 = __webpack_require__(10288);
const config_1 = __webpack_require__(84489);
const scan_image_1 = __webpack_require__(38656);
/**
 * The image scan as users run it: Trivy (or its reports), then the config's severity overrides,
 * disabled rules and suppressions (`CVE-\u2026` ids work through the rules' aliases) and the baseline.
 */
async function runImagePipeline(source, options) {
    const root = node_path_1.default.resolve(options.repoRoot);
    const loaded = (0, config_1.loadConfig)(root, options.configPath);
    const baselinePath = options.baselinePath ?? (0, config_1.resolveBaselinePath)(loaded);
    const baseline = baselinePath ? (0, baseline_1.readBaseline)(node_path_1.default.resolve(root, baselinePath)) : undefined;
    const raw = source.kind === 'scan'
        ? await (0, scan_image_1.scanImages)({ ...source.options, repoRoot: root })
        : (0, scan_image_1.reportFromTrivyFiles)(source.files, {
            repoRoot: root,
            ...(source.image ? { image: source.image } : {}),
            ...(source.dockerfiles ? { dockerfiles: source.dockerfiles } : {}),
            ...(source.baseImageUpdates ? { baseImageUpdates: source.baseImageUpdates } : {}),
        });
    // `rules.enable` picks IaC rules; advisories are not rules a user enables one by one.
    const config = { ...loaded.config, rules: { disable: loaded.config.rules.disable } };
    const report = (0, apply_filters_1.applyFilters)(raw, {
        config,
        today: options.today ?? new Date(),
        ...(baseline ? { baseline } : {}),
        ...(baselinePath
            ? { baselineSource: node_path_1.default.relative(root, node_path_1.default.resolve(root, baselinePath)) || baselinePath }
            : {}),
    });
    return { report, config: loaded.config };
}


/***/ }),

/***/ 50460:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LayerAttribution = void 0;
exports.createdBy = createdBy;
const image_dockerfile_1 = __webpack_require__(94091);
/**
 * Maps image layers to Dockerfile lines. The image config lists one history entry per build
 * step; the steps that wrote files (not `empty_layer`) pair up, in order, with the layer diff ids.
 * Each such entry's `created_by` is compared with the RUN/COPY/ADD instructions of the final stage
 * chain, from the last one backwards; layers older than the first matched one came with the base
 * image. When the history is missing or does not line up, nothing is claimed.
 */
class LayerAttribution {
    originByDiffId = new Map();
    baseStage;
    /** A final stage without RUN/COPY/ADD/WORKDIR adds no layer: everything came with the base image. */
    onlyBase = false;
    constructor(dockerfile, metadata) {
        const chain = (0, image_dockerfile_1.finalStageChain)(dockerfile);
        this.baseStage = chain[0];
        if (!this.baseStage)
            return;
        const instructions = chain
            .flatMap((stage) => stage.instructions)
            .filter((i) => LAYER_KEYWORDS.has(i.keyword));
        this.onlyBase = instructions.length === 0;
        const layers = layerHistory(metadata);
        if (!layers || this.onlyBase)
            return;
        const matched = matchLayers(layers, instructions);
        const firstOwn = matched.size > 0 ? Math.min(...matched.keys()) : -1;
        layers.forEach((layer, index) => {
            const instruction = matched.get(index);
            const origin = instruction
                ? { kind: 'instruction', instruction }
                : { kind: index < firstOwn ? 'base' : 'unknown', stage: this.baseStage };
            this.originByDiffId.set(layer.diffId, origin);
        });
    }
    originOf(diffId) {
        if (!this.baseStage)
            return undefined;
        if (this.onlyBase)
            return { kind: 'base', stage: this.baseStage };
        return ((diffId ? this.originByDiffId.get(diffId) : undefined) ?? { kind: 'unknown', stage: this.baseStage });
    }
}
exports.LayerAttribution = LayerAttribution;
/** Pairs layers with instructions from the end backwards, so a base image running the same command does not steal the match. */
function matchLayers(layers, instructions) {
    const matched = new Map();
    let next = instructions.length - 1;
    for (let layer = layers.length - 1; layer >= 0 && next >= 0; layer--) {
        for (let candidate = next; candidate >= 0; candidate--) {
            if (createdBy(layers[layer].createdBy, instructions[candidate])) {
                matched.set(layer, instructions[candidate]);
                next = candidate - 1;
                break;
            }
        }
    }
    return matched;
}
const LAYER_KEYWORDS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);
function layerHistory(metadata) {
    const config = metadata?.ImageConfig;
    const diffIds = config?.rootfs?.diff_ids ?? metadata?.DiffIDs;
    const history = Array.isArray(config?.history)
        ? config.history.filter((entry) => entry && !entry.empty_layer)
        : [];
    if (!Array.isArray(diffIds) || diffIds.length === 0 || history.length !== diffIds.length)
        return undefined;
    return diffIds.map((diffId, index) => ({
        diffId: String(diffId),
        createdBy: typeof history[index]?.created_by === 'string' ? history[index].created_by : '',
    }));
}
/** Whether a history `created_by` text records this instruction (BuildKit and the classic builder differ). */
function createdBy(history, instruction) {
    const text = history.replace(/\s*#\s*buildkit\s*$/, '').trim();
    if (instruction.keyword === 'RUN') {
        const recorded = runCommandOf(text);
        const written = normalise(instruction.exec?.join(' ') ?? instruction.args);
        if (recorded === undefined || written === '')
            return false;
        return (recorded === written ||
            (written.length >= 40 &&
                recorded.length >= 40 &&
                (recorded.includes(written) || written.includes(recorded))));
    }
    if (instruction.keyword === 'WORKDIR')
        return normalise(text) === normalise(`WORKDIR ${instruction.args}`);
    const classic = /^\/bin\/sh -c #\(nop\)\s+(COPY|ADD) \S+ in (\S+)/.exec(text);
    if (classic)
        return classic[1] === instruction.keyword && sameDestination(classic[2], instruction.args);
    const buildkit = /^(COPY|ADD)\s+(.*)$/.exec(text);
    return (buildkit !== null &&
        buildkit[1] === instruction.keyword &&
        normalise(stripFlags(buildkit[2])) === normalise(instruction.args));
}
function runCommandOf(text) {
    if (text.includes('#(nop)'))
        return undefined;
    let command = text.replace(/^RUN\s+/, '');
    const args = /^\|(\d+)\s+/.exec(command);
    if (args) {
        command = command.slice(args[0].length);
        for (let count = Number(args[1]); count > 0; count--)
            command = command.replace(/^\S+=\S*\s*/, '');
    }
    const shell = /^\/\S+(?:\s+-[-\w]+(?:\s+\w+)?)*?\s+-c\s+/.exec(command);
    if (shell)
        command = command.slice(shell[0].length);
    return normalise(command);
}
function stripFlags(args) {
    return args.replace(/^(\s*--\S+)+\s*/, '');
}
function sameDestination(recorded, args) {
    const parts = args.trim().split(/\s+/);
    const destination = parts.at(-1) ?? '';
    return trimSlash(destination) === trimSlash(recorded);
}
function trimSlash(path) {
    return path.replace(/\/+$/, '') || '/';
}
function normalise(text) {
    return text.replace(/\s+/g, ' ').trim();
}


/***/ }),

/***/ 35697:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectLicenses = collectLicenses;
const advisory_metadata_1 = __webpack_require__(53678);
/** Licences are ruled per category (forbidden, restricted, reciprocal...), the way Trivy rates them. */
function collectLicenses(context, result, out) {
    for (const license of result.Licenses ?? []) {
        const severity = (0, advisory_metadata_1.trivySeverity)(license.Severity);
        const category = (0, advisory_metadata_1.text)(license.Category) ?? 'unknown';
        const subject = (0, advisory_metadata_1.text)(license.PkgName) ?? (0, advisory_metadata_1.text)(license.FilePath) ?? result.Target;
        out.add(licenseRule(category, severity), {
            severity,
            message: `${subject} is licensed under ${license.Name} (${category}) in ${context.image}${result.Target ? `, ${result.Target}` : ''}. Check that this licence's terms fit how the image is distributed.`,
            location: {
                kind: 'artifact',
                name: context.imageKey,
                detail: [result.Target, (0, advisory_metadata_1.text)(license.FilePath)].filter(Boolean).join(': '),
            },
            resource: subject,
            properties: {
                license: license.Name,
                licenseCategory: category,
                target: result.Target,
                image: context.image,
                ...(typeof license.Confidence === 'number' ? { confidence: license.Confidence } : {}),
            },
        }, { where: `${context.imageKey}|${result.Target}`, what: `${subject}|${license.Name}` });
    }
}
function licenseRule(category, severity) {
    return {
        id: (0, advisory_metadata_1.imageRuleId)('license', category),
        title: `Package under a ${category} licence`,
        severity,
        description: `The image contains software whose licence Trivy classifies as ${category}. Reciprocal, restricted and forbidden licences can impose obligations (publishing source, attribution) when the image is distributed.`,
        remediation: 'Confirm the licence is acceptable for this distribution, replace the package, or accept it in the Trivy licence policy.',
        links: ['https://trivy.dev/latest/docs/scanner/license/'],
        scanner: 'image',
        platform: 'container-image',
        category: 'license',
        compliance: {},
        aliases: [],
        tags: ['license'],
    };
}


/***/ }),

/***/ 19683:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.packageOf = packageOf;
exports.lockfileAnchor = lockfileAnchor;
exports.candidatePaths = candidatePaths;
const repo_files_1 = __webpack_require__(37619);
/** The entry of `Packages[]` a vulnerability is about: pip packages have no ID, so the UID comes first. */
function packageOf(result, vulnerability) {
    const packages = result.Packages ?? [];
    const uid = vulnerability.PkgIdentifier?.UID;
    const purl = vulnerability.PkgIdentifier?.PURL;
    return ((uid ? packages.find((pkg) => pkg.Identifier?.UID === uid) : undefined) ??
        (vulnerability.PkgID ? packages.find((pkg) => pkg.ID === vulnerability.PkgID) : undefined) ??
        (purl ? packages.find((pkg) => pkg.Identifier?.PURL === purl) : undefined) ??
        packages.find((pkg) => pkg.Name === vulnerability.PkgName && pkg.Version === vulnerability.InstalledVersion));
}
/**
 * The lockfile line of a language package, when the lockfile Trivy read is also in the repository.
 * Inside an image the target is the path in the image (`usr/src/app/package-lock.json`), so shorter
 * and shorter tails of it are tried, first under the build context, and a candidate counts only when
 * the reported lines name the package: an image's own `package-lock.json` of a bundled tool never
 * lands on the repository's lockfile by accident.
 */
function lockfileAnchor(result, vulnerability, files, contextDir) {
    const location = packageOf(result, vulnerability)?.Locations?.find((candidate) => Number.isInteger(candidate.StartLine) && (candidate.StartLine ?? 0) > 0);
    if (!location)
        return undefined;
    const startLine = location.StartLine;
    const endLine = Math.max(startLine, Number.isInteger(location.EndLine) ? location.EndLine : startLine);
    for (const candidate of candidatePaths(result.Target, contextDir)) {
        const lines = files.lines(candidate);
        if (!lines || endLine > lines.length)
            continue;
        const text = lines.slice(startLine - 1, Math.min(endLine, startLine + 50)).join('\n');
        if (!mentions(text, vulnerability.PkgName))
            continue;
        const last = lines[endLine - 1] ?? '';
        return { path: candidate, range: { startLine, startColumn: 1, endLine, endColumn: last.length + 1 } };
    }
    return undefined;
}
function candidatePaths(target, contextDir) {
    const segments = target
        .replace(/\\/g, '/')
        .split('/')
        .filter((part) => part !== '' && part !== '.');
    const tails = [];
    for (let start = 0; start < segments.length; start++)
        tails.push(segments.slice(start).join('/'));
    const prefixes = contextDir && contextDir !== '.' ? [`${contextDir}/`, ''] : [''];
    const seen = new Set();
    const candidates = [];
    for (const tail of tails) {
        for (const prefix of prefixes) {
            const candidate = (0, repo_files_1.normaliseRelative)(`${prefix}${tail}`);
            if (candidate && !seen.has(candidate)) {
                seen.add(candidate);
                candidates.push(candidate);
            }
        }
    }
    return candidates;
}
/** Package names are compared the way registries fold them (pip: case, `-`, `_` and `.` are the same). */
function mentions(text, name) {
    const fold = (value) => value.toLowerCase().replace(/[-_.]+/g, '-');
    return fold(text).includes(fold(name));
}


/***/ }),

/***/ 30087:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectMisconfigurations = collectMisconfigurations;
exports.normalisedCheckId = normalisedCheckId;
const advisory_metadata_1 = __webpack_require__(53678);
const file_anchor_1 = __webpack_require__(95905);
function collectMisconfigurations(context, result, out) {
    for (const misconfig of result.Misconfigurations ?? []) {
        // PASS only appears with --include-non-failures; EXCEPTION is an exception the user declared.
        if (misconfig.Status !== undefined && misconfig.Status !== 'FAIL')
            continue;
        const severity = (0, advisory_metadata_1.trivySeverity)(misconfig.Severity);
        const cause = misconfig.CauseMetadata;
        const firstCause = cause?.Code?.Lines?.find((line) => line?.IsCause && (0, advisory_metadata_1.text)(line.Content));
        const location = (0, file_anchor_1.fileOrArtifact)(context, result.Target, {
            start: cause?.StartLine,
            end: cause?.EndLine,
            ...(firstCause?.Content ? { expect: firstCause.Content.trim() } : {}),
        });
        const resource = (0, advisory_metadata_1.text)(cause?.Resource) ?? result.Target;
        const message = (0, advisory_metadata_1.text)(misconfig.Message) ?? (0, advisory_metadata_1.text)(misconfig.Title) ?? normalisedCheckId(misconfig);
        out.add(misconfigRule(misconfig, severity), {
            severity,
            message: `${message} (${result.Target}${location.kind === 'artifact' ? ` in ${context.image}` : ''}).`,
            location,
            resource,
            properties: { checkId: normalisedCheckId(misconfig), target: result.Target, image: context.image },
        }, {
            where: `${context.imageKey}|${result.Target}`,
            what: resource,
            variant: `${cause?.StartLine ?? ''}|${message}`,
        });
    }
}
/**
 * One id form for both generations of Trivy's checks: `DS-0002` (v0.69 on) and `DS002` with
 * `AVDID: AVD-DS-0002` (before); the other spellings become aliases.
 */
function normalisedCheckId(misconfig) {
    const id = misconfig.ID.trim();
    if (/^[A-Za-z]+-\d+$/.test(id))
        return id.toUpperCase();
    const avd = typeof misconfig.AVDID === 'string' ? /^AVD-([A-Za-z]+-\d+)$/i.exec(misconfig.AVDID.trim()) : null;
    if (avd)
        return avd[1].toUpperCase();
    const legacy = /^([A-Za-z]+)(\d+)$/.exec(id);
    if (legacy)
        return `${legacy[1].toUpperCase()}-${legacy[2].padStart(4, '0')}`;
    return id;
}
function misconfigRule(misconfig, severity) {
    const id = normalisedCheckId(misconfig);
    const title = (0, advisory_metadata_1.text)(misconfig.Title) ?? id;
    const aliases = [id, `AVD-${id}`, misconfig.ID, (0, advisory_metadata_1.text)(misconfig.AVDID)].filter((alias, index, all) => typeof alias === 'string' && all.indexOf(alias) === index);
    return {
        id: (0, advisory_metadata_1.imageRuleId)('misconfig', id),
        title: (0, advisory_metadata_1.clip)(title, advisory_metadata_1.MAX_TITLE),
        severity,
        description: (0, advisory_metadata_1.clip)((0, advisory_metadata_1.text)(misconfig.Description) ?? title, advisory_metadata_1.MAX_DESCRIPTION),
        remediation: (0, advisory_metadata_1.clip)((0, advisory_metadata_1.text)(misconfig.Resolution) ?? 'Change the configuration as the check describes.', advisory_metadata_1.MAX_DESCRIPTION),
        links: (0, advisory_metadata_1.advisoryLinks)(id, misconfig.PrimaryURL, misconfig.References),
        scanner: 'image',
        platform: 'container-image',
        category: 'misconfiguration',
        compliance: {},
        aliases,
        tags: ['security', 'misconfiguration'],
    };
}


/***/ }),

/***/ 99302:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_REPORT_BYTES = void 0;
exports.readTrivyReport = readTrivyReport;
exports.parseTrivyReport = parseTrivyReport;
const node_fs_1 = __webpack_require__(73024);
const errors_1 = __webpack_require__(74296);
/** Reports of images with tens of thousands of packages reach tens of megabytes; beyond this it is not a report. */
exports.MAX_REPORT_BYTES = 512 * 1024 * 1024;
function readTrivyReport(file, displayName = file) {
    let size;
    try {
        size = (0, node_fs_1.statSync)(file).size;
    }
    catch (error) {
        throw new errors_1.UserError(`cannot read the Trivy report ${displayName}: ${error.message}`);
    }
    if (size > exports.MAX_REPORT_BYTES) {
        throw new errors_1.UserError(`the Trivy report ${displayName} is ${Math.round(size / 1024 / 1024)} MB, more than cloudgate reads (${exports.MAX_REPORT_BYTES / 1024 / 1024} MB)`, 'Scan with a --severity filter, or run Trivy with --list-all-pkgs=false to leave out the package inventory.');
    }
    return parseTrivyReport((0, node_fs_1.readFileSync)(file, 'utf8'), displayName);
}
/**
 * Checks the shape Trivy documents and drops what does not fit it (with a notice), so a report
 * edited by hand or produced by another tool cannot crash the conversion.
 */
function parseTrivyReport(text, displayName) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new errors_1.UserError(`${displayName} is not JSON: ${error.message}`, 'Pass the file Trivy wrote with --format json --output <file>.');
    }
    if (!isObject(data))
        throw notAReport(displayName, 'the top level is not an object');
    if ('runs' in data && !('SchemaVersion' in data)) {
        throw notAReport(displayName, 'it is a SARIF file', 'Run Trivy with --format json, not --format sarif.');
    }
    if (data.SchemaVersion !== 2) {
        throw notAReport(displayName, `SchemaVersion is ${JSON.stringify(data.SchemaVersion)}, cloudgate reads version 2`, 'Trivy has written SchemaVersion 2 since v0.20; upgrade Trivy or pass its --format json output.');
    }
    const notices = [];
    const results = [];
    const rawResults = data.Results;
    if (rawResults !== undefined && rawResults !== null && !Array.isArray(rawResults)) {
        notices.push(warning(displayName, '"Results" is not a list; the report was read as empty'));
    }
    for (const [index, raw] of (Array.isArray(rawResults) ? rawResults : []).entries()) {
        const result = sanitizeResult(raw, `${displayName}: Results[${index}]`, notices);
        if (result)
            results.push(result);
    }
    const report = { ...data, Results: results };
    if (!isObject(report.Metadata))
        delete report.Metadata;
    return { report, notices };
}
function sanitizeResult(raw, where, notices) {
    if (!isObject(raw) || typeof raw.Target !== 'string') {
        notices.push(warning(where, 'has no Target and was skipped'));
        return undefined;
    }
    const result = { ...raw };
    result.Vulnerabilities = keep(raw.Vulnerabilities, where, 'Vulnerabilities', notices, (entry) => hasStrings(entry, ['VulnerabilityID', 'PkgName']));
    for (const vulnerability of result.Vulnerabilities) {
        if (typeof vulnerability.InstalledVersion !== 'string')
            vulnerability.InstalledVersion = '';
        if (typeof vulnerability.PkgPath !== 'string')
            delete vulnerability.PkgPath;
    }
    result.Misconfigurations = keep(raw.Misconfigurations, where, 'Misconfigurations', notices, (entry) => hasStrings(entry, ['ID']));
    result.Secrets = keep(raw.Secrets, where, 'Secrets', notices, (entry) => hasStrings(entry, ['RuleID']));
    result.Licenses = keep(raw.Licenses, where, 'Licenses', notices, (entry) => hasStrings(entry, ['Name']));
    result.Packages = keep(raw.Packages, where, 'Packages', notices, isObject);
    return result;
}
function keep(value, where, field, notices, valid) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value)) {
        notices.push(warning(where, `"${field}" is not a list and was skipped`));
        return [];
    }
    const kept = value.filter((entry) => isObject(entry) && valid(entry));
    if (kept.length < value.length) {
        notices.push(warning(where, `${value.length - kept.length} of ${value.length} ${field} entries lack required fields and were skipped`));
    }
    return kept;
}
function hasStrings(entry, fields) {
    return fields.every((field) => typeof entry[field] === 'string' && entry[field] !== '');
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function notAReport(displayName, why, hint) {
    return new errors_1.UserError(`${displayName} is not a Trivy JSON report: ${why}`, hint ?? 'Pass the file Trivy wrote with --format json --output <file>.');
}
function warning(where, message) {
    return { kind: 'warning', message: `${where}: ${message}` };
}


/***/ }),

/***/ 37619:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NO_REPO_FILES = void 0;
exports.repoFiles = repoFiles;
exports.normaliseRelative = normaliseRelative;
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __importDefault(__webpack_require__(76760));
const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** Only paths inside the root resolve, so a report cannot point cloudgate at /etc/passwd. */
function repoFiles(root) {
    const absoluteRoot = node_path_1.default.resolve(root);
    const cache = new Map();
    return {
        lines(relativePath) {
            const normalised = normaliseRelative(relativePath);
            if (normalised === undefined)
                return undefined;
            if (!cache.has(normalised))
                cache.set(normalised, read(node_path_1.default.join(absoluteRoot, normalised)));
            return cache.get(normalised);
        },
    };
}
function read(file) {
    try {
        const stat = (0, node_fs_1.statSync)(file);
        if (!stat.isFile() || stat.size > MAX_FILE_BYTES)
            return undefined;
        return (0, node_fs_1.readFileSync)(file, 'utf8').split(/\r?\n/);
    }
    catch {
        return undefined;
    }
}
/** A repository-relative path with forward slashes, or undefined when it would leave the root. */
function normaliseRelative(relativePath) {
    const posix = relativePath.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    if (posix === '' || posix.startsWith('/') || /^[A-Za-z]:/.test(posix))
        return undefined;
    const normalised = node_path_1.default.posix.normalize(posix);
    if (normalised === '..' || normalised.startsWith('../'))
        return undefined;
    return normalised;
}
exports.NO_REPO_FILES = { lines: () => undefined };


/***/ }),

/***/ 38656:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scanImages = scanImages;
exports.reportFromTrivyFiles = reportFromTrivyFiles;
exports.resolveDockerfiles = resolveDockerfiles;
const node_fs_1 = __webpack_require__(73024);
const node_os_1 = __importDefault(__webpack_require__(48161));
const node_path_1 = __importDefault(__webpack_require__(76760));
const errors_1 = __webpack_require__(74296);
const image_dockerfile_1 = __webpack_require__(94091);
const parse_trivy_report_1 = __webpack_require__(99302);
const repo_files_1 = __webpack_require__(37619);
const trivy_args_1 = __webpack_require__(73583);
const trivy_install_1 = __webpack_require__(32251);
const trivy_run_1 = __webpack_require__(40933);
const trivy_to_findings_1 = __webpack_require__(27282);
/** Installs Trivy, scans each image or tarball in turn and converts the reports into one cloudgate report. */
async function scanImages(options) {
    const started = Date.now();
    const files = (0, repo_files_1.repoFiles)(options.repoRoot);
    const dockerfiles = resolveDockerfiles(options.repoRoot, options.dockerfiles ?? [], options.targets.length);
    const trivy = await (0, trivy_install_1.installTrivy)({
        version: options.trivyVersion,
        ...(options.env ? { env: options.env } : {}),
        ...(options.releasesUrl ? { releasesUrl: options.releasesUrl } : {}),
        ...(options.log ? { log: options.log } : {}),
    });
    options.log?.(`Using Trivy ${trivy.version} (${trivy.source}: ${trivy.path})`);
    const work = (0, node_fs_1.mkdtempSync)(node_path_1.default.join(process.env.RUNNER_TEMP ?? node_os_1.default.tmpdir(), 'cloudgate-trivy-'));
    try {
        const scans = [];
        for (const [index, target] of options.targets.entries()) {
            const what = target.kind === 'image' ? target.ref : target.file;
            const outputFile = node_path_1.default.join(work, `report-${index + 1}.json`);
            const parsed = await (0, trivy_run_1.runTrivy)({
                binary: trivy.path,
                args: (0, trivy_args_1.buildTrivyArgs)(target, options.settings, outputFile),
                outputFile,
                what,
                ...(options.env ? { env: options.env } : {}),
                ...(options.logStream ? { logStream: options.logStream } : {}),
                ...(options.quiet !== undefined ? { quiet: options.quiet } : {}),
            });
            scans.push(convertOne(parsed.report, parsed.notices, what, files, dockerfiles[index], options.baseImageUpdates));
        }
        return (0, trivy_to_findings_1.buildImageReport)(scans, [], Date.now() - started);
    }
    finally {
        (0, node_fs_1.rmSync)(work, { recursive: true, force: true });
    }
}
/** `cloudgate image --trivy-report`: reports produced elsewhere, converted the same way. */
function reportFromTrivyFiles(reportFiles, options) {
    const started = Date.now();
    const files = (0, repo_files_1.repoFiles)(options.repoRoot);
    const dockerfiles = resolveDockerfiles(options.repoRoot, options.dockerfiles ?? [], reportFiles.length);
    const scans = reportFiles.map((file, index) => {
        const parsed = (0, parse_trivy_report_1.readTrivyReport)(file);
        return convertOne(parsed.report, parsed.notices, options.image, files, dockerfiles[index], options.baseImageUpdates);
    });
    return (0, trivy_to_findings_1.buildImageReport)(scans, [], Date.now() - started);
}
function convertOne(report, notices, image, files, dockerfile, baseImageUpdates) {
    const scan = (0, trivy_to_findings_1.convertTrivyReport)(report, {
        files,
        ...(image ? { image } : {}),
        ...(dockerfile ? { dockerfile } : {}),
        ...(baseImageUpdates ? { baseImageUpdates } : {}),
    });
    return { ...scan, notices: [...notices, ...scan.notices] };
}
/** One Dockerfile for every target, or one per target; none given means ./Dockerfile when it exists. */
function resolveDockerfiles(repoRoot, given, targets) {
    if (given.length > 1 && given.length !== targets) {
        throw new errors_1.UserError(`${given.length} Dockerfiles for ${targets} images`, 'Give one Dockerfile for all images, or one per image in the same order.');
    }
    const paths = given.length === 0 ? ((0, node_fs_1.existsSync)(node_path_1.default.join(repoRoot, 'Dockerfile')) ? ['Dockerfile'] : []) : given;
    const parsed = paths.map((file) => loadDockerfile(repoRoot, file));
    return Array.from({ length: targets }, (_, index) => (parsed.length === 1 ? parsed[0] : parsed[index]));
}
function loadDockerfile(repoRoot, file) {
    const absolute = node_path_1.default.resolve(repoRoot, file);
    const relative = node_path_1.default.relative(node_path_1.default.resolve(repoRoot), absolute).split(node_path_1.default.sep).join('/');
    if (relative.startsWith('..') || node_path_1.default.isAbsolute(relative)) {
        throw new errors_1.UserError(`the Dockerfile ${file} is outside the repository`, 'Findings can only be anchored on files in the repository.');
    }
    if (!(0, node_fs_1.existsSync)(absolute) || !(0, node_fs_1.statSync)(absolute).isFile()) {
        throw new errors_1.UserError(`the Dockerfile ${file} does not exist`, 'Give its path relative to the repository root.');
    }
    return (0, image_dockerfile_1.readDockerfile)(relative, (0, node_fs_1.readFileSync)(absolute, 'utf8'));
}


/***/ }),

/***/ 10264:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveScanSettings = resolveScanSettings;
exports.defaultCacheDir = defaultCacheDir;
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __importDefault(__webpack_require__(76760));
const errors_1 = __webpack_require__(74296);
const user_cache_1 = __webpack_require__(31655);
const trivy_args_1 = __webpack_require__(73583);
const VEX_SOURCES = new Set(['repo', 'oci', 'sbom-ref']);
function resolveScanSettings(raw, repoRoot, env = process.env) {
    const ignoreFile = resolveIgnoreFile(raw.trivyignore, repoRoot);
    const timeout = (0, trivy_args_1.parseTimeout)(raw.timeout);
    return {
        severities: (0, trivy_args_1.parseSeverities)((0, trivy_args_1.splitList)(raw.severity)),
        ignoreUnfixed: raw.ignoreUnfixed ?? false,
        scanners: (0, trivy_args_1.parseScanners)((0, trivy_args_1.splitList)(raw.scanners)),
        ...(ignoreFile ? { ignoreFile } : {}),
        vex: (0, trivy_args_1.splitList)(raw.vex).map((vex) => (VEX_SOURCES.has(vex) ? vex : existingFile(repoRoot, vex, 'vex'))),
        dbRepositories: (0, trivy_args_1.parseRepositories)((0, trivy_args_1.splitList)(raw.dbRepository), trivy_args_1.DEFAULT_DB_REPOSITORIES, 'db-repository'),
        javaDbRepositories: (0, trivy_args_1.parseRepositories)((0, trivy_args_1.splitList)(raw.javaDbRepository), trivy_args_1.DEFAULT_JAVA_DB_REPOSITORIES, 'java-db-repository'),
        ...(timeout ? { timeout } : {}),
        cacheDir: node_path_1.default.resolve(raw.cacheDir?.trim() || defaultCacheDir(env)),
    };
}
/** Trivy's own default, so the CLI shares a database the user already downloaded. */
function defaultCacheDir(env) {
    return node_path_1.default.join((0, user_cache_1.userCacheHome)(env), 'trivy');
}
/** Trivy reads `.trivyignore` from its working folder but `.trivyignore.yaml` only when named, so both are named. */
function resolveIgnoreFile(given, repoRoot) {
    if (given?.trim())
        return existingFile(repoRoot, given.trim(), 'trivyignore');
    for (const name of ['.trivyignore.yaml', '.trivyignore']) {
        const candidate = node_path_1.default.join(repoRoot, name);
        if ((0, node_fs_1.existsSync)(candidate))
            return candidate;
    }
    return undefined;
}
function existingFile(repoRoot, file, input) {
    const absolute = node_path_1.default.resolve(repoRoot, file);
    if (!(0, node_fs_1.existsSync)(absolute)) {
        throw new errors_1.UserError(`the ${input} file ${file} does not exist`, 'Give its path relative to the repository root.');
    }
    return absolute;
}


/***/ }),

/***/ 83080:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectSecrets = collectSecrets;
const advisory_metadata_1 = __webpack_require__(53678);
const file_anchor_1 = __webpack_require__(95905);
function collectSecrets(context, result, out) {
    for (const secret of result.Secrets ?? []) {
        const severity = (0, advisory_metadata_1.trivySeverity)(secret.Severity);
        const match = (0, advisory_metadata_1.text)(secret.Match);
        // The match is masked; what comes before the mask is plain text that must be on the repository line.
        const visible = match?.split('*')[0]?.trim();
        const location = (0, file_anchor_1.fileOrArtifact)(context, result.Target, {
            start: secret.StartLine,
            end: secret.EndLine,
            ...(visible ? { expect: visible } : {}),
        });
        const line = typeof secret.StartLine === 'number' ? ` line ${secret.StartLine}` : '';
        const inImage = location.kind === 'file' ? `; the file is also in ${context.image}` : ` in ${context.image}`;
        out.add(secretRule(secret, severity), {
            severity,
            message: `${(0, advisory_metadata_1.text)(secret.Title) ?? secret.RuleID} in ${result.Target}${line}${inImage}${match ? `: ${(0, advisory_metadata_1.clip)(match, 120)}` : ''}. Revoke the credential, remove it from the file and the image history, and load it at run time from a secret store.`,
            location,
            resource: result.Target,
            properties: {
                secretRule: secret.RuleID,
                target: result.Target,
                image: context.image,
                ...((0, advisory_metadata_1.text)(secret.Category) ? { category: secret.Category } : {}),
            },
        }, {
            where: `${context.imageKey}|${result.Target}`,
            what: match ?? '',
            variant: String(secret.StartLine ?? ''),
        });
    }
}
function secretRule(secret, severity) {
    const title = (0, advisory_metadata_1.text)(secret.Title) ?? secret.RuleID;
    return {
        id: (0, advisory_metadata_1.imageRuleId)('secret', secret.RuleID),
        title: (0, advisory_metadata_1.clip)(`Secret in the image: ${title}`, advisory_metadata_1.MAX_TITLE),
        severity,
        description: `A ${title} is stored in a file of the image. Anyone who can pull the image, or read one of its layers, can read it, and removing the file in a later layer does not remove it from the earlier one.`,
        remediation: 'Revoke and rotate the credential, keep it out of the build context (.dockerignore), and pass it at run time or with a BuildKit secret mount.',
        links: [
            'https://docs.docker.com/build/building/secrets/',
            'https://trivy.dev/latest/docs/scanner/secret/',
        ],
        scanner: 'image',
        platform: 'container-image',
        category: 'secret',
        compliance: {},
        aliases: [secret.RuleID],
        tags: ['security', 'secret'],
    };
}


/***/ }),

/***/ 73583:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_DB_AGE_MS = exports.TRIVY_SCANNERS = exports.TRIVY_SEVERITIES = exports.DEFAULT_JAVA_DB_REPOSITORIES = exports.DEFAULT_DB_REPOSITORIES = void 0;
exports.buildTrivyArgs = buildTrivyArgs;
exports.freshDb = freshDb;
exports.parseSeverities = parseSeverities;
exports.parseScanners = parseScanners;
exports.parseTimeout = parseTimeout;
exports.parseRepositories = parseRepositories;
exports.parseImageRef = parseImageRef;
exports.splitList = splitList;
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __importDefault(__webpack_require__(76760));
const errors_1 = __webpack_require__(74296);
/**
 * Trivy falls back along this list on 429 and 5xx. Setting --db-repository replaces Trivy's own
 * defaults, so the whole list is always passed: the unthrottled mirrors first, the original last.
 */
exports.DEFAULT_DB_REPOSITORIES = [
    'mirror.gcr.io/aquasec/trivy-db:2',
    'public.ecr.aws/aquasecurity/trivy-db:2',
    'ghcr.io/aquasecurity/trivy-db:2',
];
exports.DEFAULT_JAVA_DB_REPOSITORIES = [
    'mirror.gcr.io/aquasec/trivy-java-db:1',
    'public.ecr.aws/aquasecurity/trivy-java-db:1',
    'ghcr.io/aquasecurity/trivy-java-db:1',
];
exports.TRIVY_SEVERITIES = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
exports.TRIVY_SCANNERS = ['vuln', 'secret', 'misconfig', 'license'];
const DOCS = 'https://github.com/cloudgate-dev/cloudgate/blob/main/docs/image-scan.md#inputs';
/** The arguments of one `trivy image` run; JSON goes to a file, never to stdout mixed with logs. */
function buildTrivyArgs(target, settings, outputFile, now = new Date()) {
    const args = ['image', '--format', 'json', '--output', outputFile, '--no-progress', '--list-all-pkgs'];
    args.push('--scanners', settings.scanners.join(','));
    if (settings.severities.length > 0)
        args.push('--severity', settings.severities.join(','));
    if (settings.ignoreUnfixed)
        args.push('--ignore-unfixed');
    if (settings.ignoreFile)
        args.push('--ignorefile', settings.ignoreFile);
    for (const vex of settings.vex)
        args.push('--vex', vex);
    args.push('--cache-dir', settings.cacheDir);
    args.push('--db-repository', settings.dbRepositories.join(','));
    args.push('--java-db-repository', settings.javaDbRepositories.join(','));
    // Skipping the update on a first run is a Trivy error, so only a fresh cached DB allows it.
    if (freshDb(node_path_1.default.join(settings.cacheDir, 'db'), now))
        args.push('--skip-db-update');
    if (freshDb(node_path_1.default.join(settings.cacheDir, 'java-db'), now))
        args.push('--skip-java-db-update');
    if (settings.timeout)
        args.push('--timeout', settings.timeout);
    if (target.kind === 'input')
        args.push('--input', target.file);
    else
        args.push('--', target.ref);
    return args;
}
/** The cache step restores yesterday's DB when today's key misses; older than a day, it is updated. */
exports.MAX_DB_AGE_MS = 24 * 60 * 60 * 1000;
function freshDb(dir, now) {
    const metadata = node_path_1.default.join(dir, 'metadata.json');
    if (!(0, node_fs_1.existsSync)(metadata))
        return false;
    try {
        const { DownloadedAt } = JSON.parse((0, node_fs_1.readFileSync)(metadata, 'utf8'));
        const downloaded = Date.parse(DownloadedAt ?? '');
        return (Number.isFinite(downloaded) &&
            now.getTime() - downloaded < exports.MAX_DB_AGE_MS &&
            now.getTime() >= downloaded - 60_000);
    }
    catch {
        return false;
    }
}
function parseSeverities(values) {
    const severities = values.map((value) => value.toLowerCase() === 'info' ? 'UNKNOWN' : value.toUpperCase());
    return distinctAllowed(severities, exports.TRIVY_SEVERITIES, (unknown) => `severity "${unknown}" is not a Trivy severity`);
}
function parseScanners(values) {
    const scanners = values.length > 0 ? values.map((value) => value.toLowerCase()) : ['vuln', 'secret'];
    return distinctAllowed(scanners, exports.TRIVY_SCANNERS, (unknown) => `scanner "${unknown}" is not one cloudgate runs`);
}
/** The values without repeats, or a UserError naming those not allowed. */
function distinctAllowed(values, allowed, problem) {
    const unknown = values.filter((value) => !allowed.includes(value));
    if (unknown.length > 0)
        throw new errors_1.UserError(problem(unknown.join(', ')), `Use a list of ${allowed.join(', ')}.`, DOCS);
    return [...new Set(values)];
}
function parseTimeout(value) {
    const text = value?.trim();
    if (!text)
        return undefined;
    if (!/^(\d+(ms|s|m|h))+$/.test(text)) {
        throw new errors_1.UserError(`timeout "${text}" is not a duration`, 'Write it the way Trivy does: 10m, 900s, 1h30m.', DOCS);
    }
    return text;
}
/** Registry references only: no spaces, no options, no shell. */
function parseRepositories(values, defaults, input) {
    if (values.length === 0)
        return defaults;
    for (const value of values) {
        if (!/^[A-Za-z0-9][\w.-]*(:\d+)?(\/[\w.-]+)+(:[\w.-]+)?(@sha256:[0-9a-f]{64})?$/.test(value)) {
            throw new errors_1.UserError(`${input} "${value}" is not a registry repository`, 'Write it like mirror.gcr.io/aquasec/trivy-db:2; several are separated by commas or new lines and tried in order.', DOCS);
        }
    }
    return values;
}
/** An image reference cannot start with `-`, so it can never be read as an option. */
function parseImageRef(value) {
    const ref = value.trim();
    if (ref === '' || ref.startsWith('-') || /\s/.test(ref)) {
        throw new errors_1.UserError(`"${value}" is not an image reference`, 'Write it like ghcr.io/acme/api:1.4.2 or ghcr.io/acme/api@sha256:<digest>.', DOCS);
    }
    return ref;
}
/** Comma- or newline-separated input lists. */
function splitList(value) {
    return (value ?? '')
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}


/***/ }),

/***/ 95673:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.hintFor = hintFor;
exports.failureSummary = failureSummary;
exports.trivyFailure = trivyFailure;
const errors_1 = __webpack_require__(74296);
const DOCS = 'https://github.com/cloudgate-dev/cloudgate/blob/main/docs/image-scan.md#troubleshooting';
/** Known Trivy failures and what to do about them; the first match wins, so specific ones come first. */
const KNOWN = [
    {
        test: /TOOMANYREQUESTS|429 Too Many Requests/i,
        also: /trivy-(java-)?db|vulnerability DB|java DB|DB error/i,
        hint: 'The registry serving the vulnerability database is rate limiting this runner (ghcr.io has a global quota). Set the db-repository and java-db-repository inputs (CLI: --db-repository, --java-db-repository) to mirrors, for example public.ecr.aws/aquasecurity/trivy-db:2 and public.ecr.aws/aquasecurity/trivy-java-db:1, and keep the DB cache step so most runs download nothing.',
    },
    {
        test: /TOOMANYREQUESTS|pull rate limit|429 Too Many Requests/i,
        hint: 'The registry of the image is rate limiting pulls. Log in to it before the scan (docker/login-action, or TRIVY_USERNAME and TRIVY_PASSWORD), build and scan in the same job so the image is local, or scan a tarball with the input input.',
    },
    {
        test: /cannot be specified on the first run/i,
        hint: 'The vulnerability database is not cached yet; cloudgate only skips the update when a cached DB exists, so the cache folder was changed or removed during the run. Re-run the job.',
    },
    {
        test: /unknown (shorthand )?flag/i,
        hint: 'This Trivy version does not know a flag cloudgate passes. Use the default trivy-version, or at least 0.58.',
    },
    {
        test: /MANIFEST_UNKNOWN|manifest unknown|No such image|unable to find the specified image|name unknown|repository does not exist/i,
        hint: 'The image was not found. Check the reference and tag, build it earlier in the same job (with load: true for docker/build-push-action), or pass a tarball from `docker save` with the input input.',
    },
    {
        test: /DENIED|UNAUTHORIZED|authentication required|401 Unauthorized/i,
        also: /ghcr\.io\/aquasecurity|trivy-(java-)?db/i,
        hint: 'ghcr.io refused the database download, usually because of an expired ghcr.io login on the runner. Run `docker logout ghcr.io`, or set db-repository to a mirror such as mirror.gcr.io/aquasec/trivy-db:2.',
    },
    {
        test: /DENIED|UNAUTHORIZED|authentication required|401 Unauthorized|403 Forbidden/i,
        hint: 'The registry refused to serve the image. Log in before the scan (docker/login-action, or TRIVY_USERNAME and TRIVY_PASSWORD); for ghcr.io the job needs packages: read.',
    },
    {
        test: /cache may be in use by another process/i,
        hint: 'Another Trivy run holds the cache lock. Run image scans one after another, or give each parallel job its own cache folder.',
    },
    {
        test: /context deadline exceeded|timeout/i,
        hint: 'Trivy ran out of time. Raise the timeout input (for example 15m; Java-heavy images need it), or narrow the scanners input.',
    },
    {
        test: /no space left on device/i,
        hint: 'The runner ran out of disk. Remove images you no longer need (docker image prune) before the scan, or scan a tarball.',
    },
    {
        test: /ignore ?file|\.trivyignore/i,
        hint: 'Trivy could not read the ignore file. Check the trivyignore input points at a .trivyignore or .trivyignore.yaml file in the repository.',
    },
    {
        test: /\bvex\b/i,
        hint: 'Trivy could not use a VEX document. Check the vex input: a file path (OpenVEX, CycloneDX or CSAF), "repo", "oci" or "sbom-ref".',
    },
];
const CRASH = /^panic: |goroutine \d+ \[|SIGSEGV|fatal error: /m;
function hintFor(stderr) {
    for (const known of KNOWN) {
        if (known.test.test(stderr) && (!known.also || known.also.test(stderr)))
            return known.hint;
    }
    return undefined;
}
/** Trivy logs `... FATAL  Fatal error  <cause>`; that line says more than the last one. */
function failureSummary(stderr) {
    const lines = stderr
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
    const fatal = [...lines].reverse().find((line) => /\bFATAL\b|Fatal error|^panic: /.test(line));
    const summary = fatal ?? lines.at(-1) ?? 'no error output';
    return summary.length > 600 ? `${summary.slice(0, 600)}\u2026` : summary;
}
function trivyFailure(what, exitCode, stderr) {
    const how = exitCode === null ? 'was killed by a signal' : `failed with exit code ${exitCode}`;
    if (CRASH.test(stderr)) {
        return new errors_1.UserError(`Trivy crashed while scanning ${what} (${how}): ${failureSummary(stderr)}`, 'This is a bug in Trivy, not in the image. Re-run once; if it persists, report it to https://github.com/aquasecurity/trivy/issues with the trace above, and try another pinned trivy-version.', DOCS);
    }
    return new errors_1.UserError(`Trivy ${how} while scanning ${what}: ${failureSummary(stderr)}`, hintFor(stderr) ??
        "Trivy's own output above says why. cloudgate does not use Trivy's exit code for findings, so a failure is always an error of the run.", DOCS);
}


/***/ }),

/***/ 32251:
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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.installTrivy = installTrivy;
exports.sha256 = sha256;
exports.findOnPath = findOnPath;
exports.trivyVersion = trivyVersion;
exports.ensureRunnerDirectories = ensureRunnerDirectories;
const node_child_process_1 = __webpack_require__(31421);
const node_crypto_1 = __webpack_require__(77598);
const node_fs_1 = __webpack_require__(73024);
const node_os_1 = __importDefault(__webpack_require__(48161));
const node_path_1 = __importDefault(__webpack_require__(76760));
const toolCache = __importStar(__webpack_require__(33472));
const errors_1 = __webpack_require__(74296);
const user_cache_1 = __webpack_require__(31655);
const trivy_versions_1 = __webpack_require__(28643);
const DOCS = 'https://github.com/cloudgate-dev/cloudgate/blob/main/docs/image-scan.md#trivy-version';
/**
 * A Trivy binary of exactly the requested version: the one on PATH when it reports that version,
 * else the tool cache, else the release archive, verified before it is unpacked and cached.
 */
async function installTrivy(options) {
    (0, trivy_versions_1.normaliseTrivyVersion)(options.version);
    const env = options.env ?? process.env;
    const log = options.log ?? (() => undefined);
    if (options.usePath !== false) {
        const onPath = findOnPath('trivy', env.PATH ?? '');
        if (onPath) {
            const found = await trivyVersion(onPath);
            if (found === options.version)
                return { path: onPath, version: found, source: 'path' };
            log(`Trivy on PATH (${onPath}) is ${found ?? 'of an unknown version'}, not ${options.version}; using a pinned download instead.`);
        }
    }
    ensureRunnerDirectories(process.env);
    const platform = (0, trivy_versions_1.releasePlatform)(options.platform, options.arch);
    const toolArch = platform.endsWith('ARM64') ? 'arm64' : 'x64';
    const cached = toolCache.find('trivy', options.version, toolArch);
    if (cached && (0, node_fs_1.existsSync)(node_path_1.default.join(cached, 'trivy'))) {
        return { path: node_path_1.default.join(cached, 'trivy'), version: options.version, source: 'tool-cache' };
    }
    const base = `${(options.releasesUrl ?? trivy_versions_1.TRIVY_RELEASES_URL).replace(/\/+$/, '')}/v${options.version}`;
    const asset = (0, trivy_versions_1.archiveName)(options.version, platform);
    const expected = await expectedDigest(options, platform, base, asset, log);
    log(`Downloading ${base}/${asset}`);
    const archive = await download(`${base}/${asset}`, asset);
    let unpacked;
    try {
        await verifyDigest(archive, expected.digest, `${base}/${asset}`, expected.source);
        unpacked = await toolCache.extractTar(archive, undefined, 'xz');
        const binary = node_path_1.default.join(unpacked, 'trivy');
        if (!(0, node_fs_1.existsSync)(binary) || !(0, node_fs_1.statSync)(binary).isFile()) {
            throw new errors_1.UserError(`${asset} has no trivy executable at its top level`, 'The archive is not a Trivy release archive.', DOCS);
        }
        const dir = await toolCache.cacheDir(unpacked, 'trivy', options.version, toolArch);
        return { path: node_path_1.default.join(dir, 'trivy'), version: options.version, source: 'download' };
    }
    finally {
        (0, node_fs_1.rmSync)(archive, { force: true });
        if (unpacked)
            (0, node_fs_1.rmSync)(unpacked, { recursive: true, force: true });
    }
}
async function expectedDigest(options, platform, base, asset, log) {
    const pinned = (options.pinned ?? trivy_versions_1.PINNED_SHA256)[options.version]?.[platform];
    if (pinned)
        return { digest: pinned, source: 'the digest embedded in cloudgate for this version' };
    const name = (0, trivy_versions_1.checksumsName)(options.version);
    log(`Trivy ${options.version} is not pinned in cloudgate; checking ${asset} against the release's ${name}.`);
    const file = await download(`${base}/${name}`, name);
    try {
        const digest = (0, trivy_versions_1.checksumFor)((0, node_fs_1.readFileSync)(file, 'utf8'), asset);
        if (!digest) {
            throw new errors_1.UserError(`${name} of Trivy ${options.version} has no checksum for ${asset}, so the download cannot be verified`, 'Use a version cloudgate pins (the default), or a release that publishes this archive.', DOCS);
        }
        return { digest, source: `the release's ${name}` };
    }
    finally {
        (0, node_fs_1.rmSync)(file, { force: true });
    }
}
async function download(url, what) {
    try {
        return await toolCache.downloadTool(url);
    }
    catch (error) {
        const status = error.httpStatusCode;
        throw new errors_1.UserError(`cannot download ${what} from ${url}: ${status ? `HTTP ${status}` : error.message}`, status === 404
            ? 'Check that trivy-version names a published Trivy release.'
            : 'Check the runner can reach github.com, or install Trivy on PATH at the requested version.', DOCS);
    }
}
async function verifyDigest(file, expected, url, source) {
    const actual = await sha256(file);
    if (actual === expected.toLowerCase())
        return;
    throw new errors_1.UserError(`the Trivy archive from ${url} does not match ${source}: expected sha256 ${expected}, got ${actual}. Nothing was unpacked or cached.`, "A release asset that changed after it was pinned is what a hijacked release looks like (Trivy's were replaced in March 2026). Do not switch versions to get past this: check the release notes and advisories of aquasecurity/trivy first.", DOCS);
}
function sha256(file) {
    return new Promise((resolve, reject) => {
        const hash = (0, node_crypto_1.createHash)('sha256');
        (0, node_fs_1.createReadStream)(file)
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}
function findOnPath(name, searchPath) {
    for (const dir of searchPath.split(node_path_1.default.delimiter)) {
        if (dir === '')
            continue;
        const candidate = node_path_1.default.join(dir, name);
        try {
            (0, node_fs_1.accessSync)(candidate, node_fs_1.constants.X_OK);
            if ((0, node_fs_1.statSync)(candidate).isFile())
                return candidate;
        }
        catch {
            // Not here; keep looking.
        }
    }
    return undefined;
}
/** `trivy --version` prints `Version: 0.75.0`; a binary that hangs or prints something else is not used. */
function trivyVersion(binary) {
    return new Promise((resolve) => {
        (0, node_child_process_1.execFile)(binary, ['--version'], { timeout: 30_000, maxBuffer: 1024 * 1024 }, (error, stdout) => {
            if (error)
                return resolve(undefined);
            resolve(/Version:\s*v?(\d+\.\d+\.\d+)/.exec(stdout)?.[1]);
        });
    });
}
/** @actions/tool-cache needs these; outside a runner (the CLI) they default to the user's cache and temp folders. */
function ensureRunnerDirectories(env) {
    if (!env.RUNNER_TOOL_CACHE) {
        env.RUNNER_TOOL_CACHE = node_path_1.default.join((0, user_cache_1.userCacheHome)(env), 'cloudgate', 'tools');
    }
    if (!env.RUNNER_TEMP)
        env.RUNNER_TEMP = node_os_1.default.tmpdir();
}


/***/ }),

/***/ 40933:
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
exports.runTrivy = runTrivy;
const node_fs_1 = __webpack_require__(73024);
const exec = __importStar(__webpack_require__(95236));
const errors_1 = __webpack_require__(74296);
const parse_trivy_report_1 = __webpack_require__(99302);
const trivy_errors_1 = __webpack_require__(95673);
/** Enough of stderr to diagnose a failure without holding a runaway log in memory. */
const STDERR_TAIL_BYTES = 64 * 1024;
/**
 * Runs Trivy and reads its JSON report from the output file. Trivy's exit code only says whether the
 * run worked (cloudgate never passes --exit-code: it exits 1 on fatal errors too); findings are judged
 * by cloudgate's gate.
 */
async function runTrivy(options) {
    let stderr = '';
    const stream = options.logStream ?? process.stderr;
    let exitCode;
    try {
        exitCode = await exec.exec(options.binary, options.args, {
            ignoreReturnCode: true,
            silent: options.quiet ?? false,
            outStream: stream,
            errStream: stream,
            env: { ...definedOnly(options.env ?? process.env), ...quietTrivyEnv() },
            listeners: {
                stderr: (data) => {
                    stderr = (stderr + data.toString('utf8')).slice(-STDERR_TAIL_BYTES);
                },
            },
        });
    }
    catch (error) {
        throw new errors_1.UserError(`cannot run Trivy (${options.binary}): ${error.message}`, 'Check that the file exists and is executable.');
    }
    if (exitCode !== 0)
        throw (0, trivy_errors_1.trivyFailure)(options.what, exitCode ?? null, stderr);
    if (!(0, node_fs_1.existsSync)(options.outputFile) || (0, node_fs_1.statSync)(options.outputFile).size === 0) {
        throw new errors_1.UserError(`Trivy finished scanning ${options.what} but wrote no report to ${options.outputFile}`, 'A wrapper script or a trivy.yaml with its own output setting may be overriding --output; run Trivy without them.');
    }
    return (0, parse_trivy_report_1.readTrivyReport)(options.outputFile, `Trivy's report for ${options.what}`);
}
function definedOnly(env) {
    return Object.fromEntries(Object.entries(env).filter((entry) => entry[1] !== undefined));
}
/**
 * Older Trivy versions ignore variables they do not know, unlike flags. A TRIVY_EXIT_CODE left in the
 * environment would make findings look like a failed run, so it is reset.
 */
function quietTrivyEnv() {
    return { TRIVY_DISABLE_TELEMETRY: 'true', TRIVY_SKIP_VERSION_CHECK: 'true', TRIVY_EXIT_CODE: '0' };
}


/***/ }),

/***/ 27282:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.convertTrivyReport = convertTrivyReport;
exports.buildImageReport = buildImageReport;
const engine_1 = __webpack_require__(63805);
const report_1 = __webpack_require__(88557);
const severity_1 = __webpack_require__(60432);
const conversion_context_1 = __webpack_require__(31103);
const image_dockerfile_1 = __webpack_require__(94091);
const finding_collector_1 = __webpack_require__(55142);
const license_findings_1 = __webpack_require__(35697);
const misconfig_findings_1 = __webpack_require__(30087);
const repo_files_1 = __webpack_require__(37619);
const secret_findings_1 = __webpack_require__(83080);
const vulnerability_findings_1 = __webpack_require__(69422);
/** One Trivy report -> cloudgate findings: vulnerabilities, secrets, misconfigurations and licences. */
function convertTrivyReport(report, options = {}) {
    const context = (0, conversion_context_1.createContext)(report, {
        files: options.files ?? repo_files_1.NO_REPO_FILES,
        ...(options.image ? { image: options.image } : {}),
        ...(options.dockerfile ? { dockerfile: options.dockerfile } : {}),
        ...(options.baseImageUpdates ? { baseImageUpdates: options.baseImageUpdates } : {}),
    });
    const out = new finding_collector_1.FindingCollector();
    for (const result of report.Results ?? []) {
        (0, vulnerability_findings_1.collectVulnerabilities)(context, result, out);
        (0, secret_findings_1.collectSecrets)(context, result, out);
        (0, misconfig_findings_1.collectMisconfigurations)(context, result, out);
        (0, license_findings_1.collectLicenses)(context, result, out);
    }
    return {
        findings: out.findings,
        rules: out.ruleList(),
        notices: reportNotices(report, context.image, options.dockerfile),
        targets: report.Results?.length ?? 0,
    };
}
function reportNotices(report, image, dockerfile) {
    const os = report.Metadata?.OS;
    if (os?.EOSL !== true)
        return [];
    const from = dockerfile ? (0, image_dockerfile_1.finalStageChain)(dockerfile)[0]?.from : undefined;
    return [
        {
            kind: 'warning',
            message: `${image} is based on ${os.Family ?? 'an OS'} ${os.Name ?? ''}, which is end of life: its packages get no more security fixes. Move the base image to a supported release.`.replace(/ {2,}/g, ' '),
            ...(dockerfile && from ? { path: dockerfile.path, line: from.range.startLine } : {}),
        },
    ];
}
/** Merges the scans of one run (one per image) into the report every reporter reads. */
function buildImageReport(scans, extraNotices = [], durationMs = 0) {
    const report = (0, report_1.emptyReport)(['image']);
    const rules = new Map();
    for (const scan of scans) {
        report.findings.push(...scan.findings);
        report.notices.push(...scan.notices);
        for (const rule of scan.rules) {
            const known = rules.get(rule.id);
            if (!known || (0, severity_1.compareSeverity)(rule.severity, known.severity) > 0)
                rules.set(rule.id, rule);
        }
    }
    report.notices.push(...extraNotices);
    (0, engine_1.assignUniqueFingerprints)(report.findings);
    report.rules = [...rules.values()];
    report.stats = {
        files: scans.reduce((sum, scan) => sum + scan.targets, 0),
        resources: new Set(report.findings.map((finding) => finding.resource)).size,
        rulesRun: rules.size,
        durationMs,
    };
    return report;
}


/***/ }),

/***/ 28643:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.REFUSED_VERSIONS = exports.PINNED_SHA256 = exports.TRIVY_RELEASES_URL = exports.DEFAULT_TRIVY_VERSION = void 0;
exports.normaliseTrivyVersion = normaliseTrivyVersion;
exports.releasePlatform = releasePlatform;
exports.archiveName = archiveName;
exports.checksumsName = checksumsName;
exports.checksumFor = checksumFor;
const errors_1 = __webpack_require__(74296);
/** The Trivy cloudgate runs unless told otherwise. Bump it together with PINNED_SHA256. */
exports.DEFAULT_TRIVY_VERSION = '0.75.0';
exports.TRIVY_RELEASES_URL = 'https://github.com/aquasecurity/trivy/releases/download';
/**
 * SHA-256 of the release archives of the versions cloudgate pins, embedded so that a release whose
 * assets and checksums file were both replaced (as Trivy's were in March 2026) is caught. Each value
 * was cross-checked in several independent public repositories that pin the same archive.
 */
exports.PINNED_SHA256 = {
    '0.75.0': {
        'Linux-64bit': 'c6e65abddb348e25f10549df887045629cf28cc72453cd1c63acb717316b3f3f',
        'Linux-ARM64': 'a1ee9f6ffb7d112b64ff726a2a0717c21175c1114361391f4a132956751a13b3',
    },
    '0.74.0': {
        'Linux-64bit': '2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a',
        'Linux-ARM64': 'b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5',
    },
};
/** Published by the attacker of GHSA-69fq-xp46-6x23 (CVE-2026-33634); never downloaded or run. */
exports.REFUSED_VERSIONS = ['0.69.4', '0.69.5', '0.69.6'];
const DOCS = 'https://github.com/cloudgate-dev/cloudgate/blob/main/docs/image-scan.md#trivy-version';
/** `v0.75.0` and `0.75.0` are the same; anything that is not an exact version is refused. */
function normaliseTrivyVersion(input) {
    const text = (input ?? '').trim();
    if (text === '')
        return exports.DEFAULT_TRIVY_VERSION;
    const match = /^v?(\d+\.\d+\.\d+)$/.exec(text);
    if (!match) {
        throw new errors_1.UserError(`trivy-version "${text}" is not an exact version`, `Pin a release such as ${exports.DEFAULT_TRIVY_VERSION}: a moving version ("latest", a range) would run whatever was published last, which is how a hijacked release reaches a pipeline.`, DOCS);
    }
    const version = match[1];
    if (exports.REFUSED_VERSIONS.includes(version)) {
        throw new errors_1.UserError(`Trivy ${version} is refused: versions 0.69.4 to 0.69.6 were published by an attacker (GHSA-69fq-xp46-6x23, CVE-2026-33634)`, `Use ${exports.DEFAULT_TRIVY_VERSION} (the default). If this version ran in your pipelines, rotate the secrets those jobs could read.`, DOCS);
    }
    return version;
}
function releasePlatform(platform = process.platform, arch = process.arch) {
    const system = platform === 'linux' ? 'Linux' : platform === 'darwin' ? 'macOS' : undefined;
    const machine = arch === 'x64' ? '64bit' : arch === 'arm64' ? 'ARM64' : undefined;
    if (!system || !machine) {
        throw new errors_1.UserError(`cloudgate cannot download Trivy for ${platform}/${arch}`, 'Install Trivy yourself, put it on PATH, and set trivy-version to its version; cloudgate then uses it as it is.', DOCS);
    }
    return `${system}-${machine}`;
}
function archiveName(version, platform) {
    return `trivy_${version}_${platform}.tar.gz`;
}
function checksumsName(version) {
    return `trivy_${version}_checksums.txt`;
}
/**
 * The digest of one asset in a goreleaser checksums file (`<sha256>  <file>` per line). An asset
 * listed twice with different digests is an error, not a choice.
 */
function checksumFor(checksums, asset) {
    const digests = new Set();
    for (const line of checksums.split(/\r?\n/)) {
        const match = /^([0-9a-fA-F]{64})\s+\*?(\S+)\s*$/.exec(line.trim());
        if (match && match[2] === asset)
            digests.add(match[1].toLowerCase());
    }
    if (digests.size > 1) {
        throw new errors_1.UserError(`the checksums file lists ${asset} ${digests.size} times with different digests`, 'The release looks tampered with; do not use it.', DOCS);
    }
    return [...digests][0];
}


/***/ }),

/***/ 69422:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectVulnerabilities = collectVulnerabilities;
exports.vulnerabilityRule = vulnerabilityRule;
const advisory_metadata_1 = __webpack_require__(53678);
const conversion_context_1 = __webpack_require__(31103);
const vulnerability_remediation_1 = __webpack_require__(22263);
function collectVulnerabilities(context, result, out) {
    for (const vulnerability of result.Vulnerabilities ?? []) {
        const severity = (0, advisory_metadata_1.trivySeverity)(vulnerability.Severity);
        const cvss = (0, advisory_metadata_1.highestCvss)(vulnerability.CVSS);
        const meta = vulnerabilityRule(vulnerability, severity, cvss);
        const anchor = (0, conversion_context_1.anchorVulnerability)(context, result, vulnerability);
        const fixed = (0, advisory_metadata_1.fixedVersions)(vulnerability.FixedVersion);
        const osType = result.Class === 'os-pkgs' ? result.Type : undefined;
        const advice = (0, vulnerability_remediation_1.remediationFor)(context, vulnerability, fixed, anchor, osType);
        const packagePath = (0, advisory_metadata_1.text)(vulnerability.PkgPath);
        out.add(meta, {
            severity,
            message: vulnerabilityMessage(context, result, vulnerability, fixed, anchor, cvss, advice.text),
            location: anchor.location,
            resource: `${vulnerability.PkgName}@${vulnerability.InstalledVersion}`,
            ...(advice.fix ? { fix: advice.fix } : {}),
            properties: {
                vulnerabilityId: vulnerability.VulnerabilityID,
                package: vulnerability.PkgName,
                installedVersion: String(vulnerability.InstalledVersion ?? ''),
                fixedVersion: fixed.join(', '),
                status: (0, advisory_metadata_1.text)(vulnerability.Status) ?? (fixed.length > 0 ? 'fixed' : 'affected'),
                target: result.Target,
                image: context.image,
                anchor: anchor.kind,
                remediation: advice.text,
                ...(packagePath ? { packagePath } : {}),
                ...(cvss ? { cvss: cvss.score, cvssSource: cvss.source } : {}),
                ...(cvss?.vector ? { cvssVector: cvss.vector } : {}),
                ...((0, advisory_metadata_1.text)(vulnerability.SeveritySource) ? { severitySource: vulnerability.SeveritySource } : {}),
                ...((0, advisory_metadata_1.text)(vulnerability.PrimaryURL) ? { primaryUrl: vulnerability.PrimaryURL } : {}),
            },
        }, {
            where: `${context.imageKey}|${targetKey(result)}`,
            what: `${vulnerability.PkgName}|${packagePath ?? ''}`,
            variant: String(vulnerability.InstalledVersion ?? ''),
        });
    }
}
/** os-pkgs targets carry the OS release (`img (alpine 3.10.2)`), which a base image bump changes. */
function targetKey(result) {
    return result.Class === 'os-pkgs' ? `os-pkgs:${result.Type ?? ''}` : result.Target;
}
function vulnerabilityRule(vulnerability, severity, cvss) {
    const id = vulnerability.VulnerabilityID;
    const title = (0, advisory_metadata_1.text)(vulnerability.Title);
    const cwes = (Array.isArray(vulnerability.CweIDs) ? vulnerability.CweIDs : [])
        .filter((cwe) => typeof cwe === 'string')
        .map((cwe) => `external/cwe/${cwe.toLowerCase()}`);
    const vendorIds = (Array.isArray(vulnerability.VendorIDs) ? vulnerability.VendorIDs : []).filter((vendorId) => typeof vendorId === 'string');
    return {
        id: (0, advisory_metadata_1.imageRuleId)('vuln', id),
        title: (0, advisory_metadata_1.clip)(title ? `${id}: ${title}` : `${id} in ${vulnerability.PkgName}`, advisory_metadata_1.MAX_TITLE),
        severity,
        description: (0, advisory_metadata_1.clip)((0, advisory_metadata_1.text)(vulnerability.Description) ?? title ?? `Known vulnerability ${id}.`, advisory_metadata_1.MAX_DESCRIPTION),
        remediation: `Upgrade the affected package to a release that fixes ${id}; each finding names the fixed version. When the package comes from the base image, move the FROM line to a newer tag or digest that ships it.`,
        links: (0, advisory_metadata_1.advisoryLinks)(id, vulnerability.PrimaryURL, vulnerability.References),
        scanner: 'image',
        platform: 'container-image',
        category: 'vulnerability',
        compliance: {},
        aliases: [id, ...vendorIds],
        tags: ['security', 'vulnerability', ...(cvss ? [`cvss:${cvss.score}`] : []), ...cwes].slice(0, advisory_metadata_1.MAX_TAGS),
        ...(cvss ? { securitySeverity: cvss.score } : {}),
    };
}
function vulnerabilityMessage(context, result, vulnerability, fixed, anchor, cvss, remediation) {
    const rating = [(0, advisory_metadata_1.trivySeverity)(vulnerability.Severity), cvss ? `CVSS ${cvss.score}` : undefined].filter(Boolean);
    const title = (0, advisory_metadata_1.text)(vulnerability.Title);
    const where = whereText(context, result, vulnerability, anchor);
    return [
        `${vulnerability.VulnerabilityID} (${rating.join(', ')}) in ${vulnerability.PkgName} ${vulnerability.InstalledVersion}${where}${title ? `: ${(0, advisory_metadata_1.clip)(title, 160)}` : ''}.`,
        fixed.length > 0 ? `Fixed in ${fixed.join(', ')}.` : noFixText(vulnerability.Status),
        remediation,
    ].join(' ');
}
function whereText(context, result, vulnerability, anchor) {
    switch (anchor.kind) {
        case 'lockfile':
            return `, locked here and built into ${context.image}`;
        case 'run':
            return `, installed by this RUN into ${context.image}`;
        case 'copy':
            return `, copied into ${context.image} by this instruction`;
        case 'from':
            return anchor.fromBase
                ? `, from the base image ${anchor.from}`
                : `, in ${context.image} built from ${anchor.from}`;
        case 'artifact': {
            const inside = vulnerability.PkgPath ? ` (${vulnerability.PkgPath})` : '';
            return ` in ${context.image}${inside}${result.Class === 'os-pkgs' ? '' : `, ${result.Target}`}`;
        }
    }
}
function noFixText(status) {
    switch (status) {
        case 'will_not_fix':
            return 'The distribution will not fix it.';
        case 'fix_deferred':
            return 'The distribution has deferred the fix.';
        case 'end_of_life':
            return 'The release is end of life and gets no fix.';
        case 'under_investigation':
            return 'The distribution is still investigating it; no fix yet.';
        default:
            return 'No fixed version is published yet.';
    }
}


/***/ }),

/***/ 22263:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.remediationFor = remediationFor;
/** What to change, said for the line the finding is shown on. */
function remediationFor(context, vulnerability, fixed, anchor, osType) {
    const name = vulnerability.PkgName;
    if (fixed.length === 0) {
        return {
            text: `Remove ${name} if the image does not need it; otherwise record the accepted risk with a suppression until a fix is published.`,
        };
    }
    const version = fixed.length === 1 ? `${fixed[0]} or later` : `one of ${fixed.join(', ')} (or later in the same line)`;
    switch (anchor.kind) {
        case 'lockfile':
            return { text: `Bump ${name} to ${version} in this lockfile and rebuild the image.` };
        case 'run':
            return { text: `Have this RUN install ${name} ${version}${upgradeHint(osType, name)}.` };
        case 'copy':
            return { text: `Update ${name} to ${version} in what this instruction copies, then rebuild.` };
        case 'from':
            return fromRemediation(context, anchor, name, version, osType);
        case 'artifact':
            return { text: `Upgrade ${name} to ${version} and rebuild the image.` };
    }
}
function fromRemediation(context, anchor, name, version, osType) {
    const newer = context.baseImageUpdates[anchor.from];
    const location = anchor.location;
    if (newer && location.kind === 'file') {
        const text = `Update FROM ${anchor.from} to ${newer}, which ships ${name} ${version}.`;
        return {
            text,
            fix: {
                description: `Use ${newer} as the base image`,
                edits: [{ path: location.path, range: location.range, replacement: newer }],
            },
        };
    }
    if (anchor.fromBase || osType) {
        return {
            text: `Move FROM ${anchor.from} to a newer tag or digest whose ${name} is ${version}, or upgrade it in a RUN${upgradeHint(osType, name)}.`,
        };
    }
    return { text: `Upgrade ${name} to ${version} in the image built from ${anchor.from}.` };
}
/** The package manager command for the distributions Trivy names in `Type`. */
function upgradeHint(osType, name) {
    switch (osType) {
        case 'alpine':
        case 'wolfi':
        case 'chainguard':
            return ` (\`apk upgrade --no-cache ${name}\`)`;
        case 'debian':
        case 'ubuntu':
            return ` (\`apt-get install --only-upgrade -y ${name}\`)`;
        case 'redhat':
        case 'centos':
        case 'rocky':
        case 'alma':
        case 'amazon':
        case 'oracle':
        case 'fedora':
            return ` (\`dnf upgrade -y ${name}\` or \`yum update -y ${name}\`)`;
        default:
            return '';
    }
}


/***/ })

};
;