import {
  assignUniqueFingerprints,
  checkRules,
  ruleFailure,
  type EngineOptions,
  type EngineResult,
  type Violation,
} from '../../core/engine';
import type { Finding } from '../../core/finding';
import { mayHoldDirectives } from '../../core/inline-suppressions';
import type { Notice } from '../../core/notice';
import { scopeOf } from './aws/resource-scope';
import type { CheckedRoot } from './formats/format-loader';
import type { IacModel } from './model/iac-model';
import type { Resource } from './model/resource';
import { subjectOf, type AcrossRoots, type IacRule } from './model/violation';

type GatheringRule = IacRule & { acrossRoots: Extract<AcrossRoots, { kind: 'gathered' }> };

interface RootModule {
  resources: Resource[];
  found: EngineResult;
  /** Its resources of the types some rule reads across root modules. */
  acrossRoots: Resource[];
  /** What each gathering rule took from it. */
  parts: Map<IacRule, unknown>;
  count: number;
}

/**
 * Root modules are checked together once they hold this many resources between them. Each model a
 * scan checks costs its rules and views something whatever its size, and a root module is often a
 * few dozen resources; a larger batch would keep more of them waiting for the collector to copy.
 */
const BATCH_RESOURCES = 500;

/**
 * The rules of a scan that checks Terraform root modules a few at a time, as soon as they are
 * evaluated: their resources are then dropped, so that a large scan holds only findings, not every
 * resource it read, and the garbage collector does not copy them all. Rules join resources within a
 * root module only (addresses are local to it), so root modules checked together find what each
 * would alone, and each gets back its own findings: a folder checked as a root module may turn out
 * to be called as a module, and what was found in it is then dropped. Other formats are checked at
 * the end. A rule that reads across root modules says how (`acrossRoots`), and the resources it
 * needs are kept for the end.
 */
export class RootChecks {
  private readonly perRoot: IacRule[];
  private readonly wholeScan: IacRule[];
  private readonly gathering: GatheringRule[];
  private readonly keptTypes: Set<string>;
  private readonly pending: RootModule[] = [];
  private pendingResources = 0;
  private readonly kept: RootModule[] = [];
  private readonly filesWithDirectives = new Map<string, boolean>();

  constructor(
    private readonly rules: readonly IacRule[],
    private readonly model: IacModel,
    private readonly engine: EngineOptions,
  ) {
    const kind = (rule: IacRule) => rule.acrossRoots?.kind;
    this.perRoot = rules.filter((rule) => kind(rule) !== 'whole-scan' && kind(rule) !== 'gathered');
    this.wholeScan = rules.filter((rule) => kind(rule) === 'whole-scan');
    this.gathering = rules.filter((rule): rule is GatheringRule => kind(rule) === 'gathered');
    this.keptTypes = new Set(
      rules.flatMap((rule) =>
        rule.acrossRoots && 'types' in rule.acrossRoots ? rule.acrossRoots.types : [],
      ),
    );
  }

  /** For `LoadSink.checkRoot`: the root module is checked with the next batch. */
  add(resources: Resource[]): CheckedRoot {
    const root: RootModule = {
      resources,
      found: { findings: [], notices: [] },
      acrossRoots: [],
      parts: new Map(),
      count: resources.length,
    };
    this.pending.push(root);
    this.pendingResources += resources.length;
    return { keep: () => void this.kept.push(root) };
  }

  /**
   * Checks the root modules added since the last batch, once they hold enough resources. A root
   * module is evaluated while its last file is loaded, and the file's text (for fingerprints) is in
   * the model only after that.
   */
  checkPending(): void {
    if (this.pendingResources >= BATCH_RESOURCES) this.checkBatch();
  }

  private checkBatch(): void {
    const batch = this.pending.splice(0);
    this.pendingResources = 0;
    if (batch.length === 0) return;
    const resources = batch.length === 1 ? batch[0]!.resources : batch.flatMap((root) => root.resources);
    const platforms = new Set(resources.map((resource) => resource.platform));
    // A rule reads resources of its own platform only: most root modules use one cloud.
    const rules = this.perRoot.filter((rule) => platforms.has(rule.meta.platform));
    const model = this.model.sibling(resources);
    this.checkTogether(batch, rules, model);
    for (const rule of this.gathering) {
      if (platforms.has(rule.meta.platform)) this.gatherTogether(batch, rule, model);
    }
    for (const root of batch) {
      for (const resource of root.resources) {
        if (this.keptTypes.has(resource.type)) root.acrossRoots.push(resource);
        if (this.mayHoldDirectives(resource.file)) this.model.keepLines(resource);
      }
      root.resources = [];
    }
  }

  /**
   * Runs the rules on the batch's model and gives each root module the findings about its own
   * resources. A rule that fails is run again on each root module alone, so that one root module's
   * failure never hides the others' findings.
   */
  private checkTogether(batch: RootModule[], rules: IacRule[], model: IacModel): void {
    if (batch.length === 1) {
      batch[0]!.found = checkRules(rules, model, this.engine);
      return;
    }
    const ownerOf = new Map<Resource, RootModule>();
    for (const root of batch) for (const resource of root.resources) ownerOf.set(resource, root);
    // The engine makes one finding per violation, in order: the owners are recorded in that order.
    const owners: RootModule[] = [];
    const recording = rules.map((rule) => ({
      meta: rule.meta,
      check: (checked: IacModel) => {
        const violations = rule.check(checked);
        for (const violation of violations) owners.push(ownerOfViolation(violation, ownerOf, batch));
        return violations;
      },
    }));
    const found = checkRules(recording, model, this.engine);
    found.findings.forEach((finding, index) => owners[index]!.found.findings.push(finding));
    const failed = new Set(found.notices.map((notice) => notice.ruleId));
    if (failed.size === 0) return;
    const again = rules.filter((rule) => failed.has(rule.meta.id));
    for (const root of batch) {
      const alone = checkRules(again, this.model.sibling(root.resources), this.engine);
      root.found.findings.push(...alone.findings);
      root.found.notices.push(...alone.notices);
    }
  }

  /** A gathering rule's part of each root module, gathered from the batch's model, or from each alone if that fails. */
  private gatherTogether(batch: RootModule[], rule: GatheringRule, model: IacModel): void {
    let parts: ReadonlyMap<string, unknown> | undefined;
    try {
      parts = rule.acrossRoots.gather(model);
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.found.notices.push(ruleFailure(rule.meta.id, error));
        return;
      }
    }
    for (const root of batch) {
      if (root.resources.length === 0) continue;
      const scope = scopeOf(root.resources[0]!);
      const part = parts ? parts.get(scope) : this.gatherAlone(rule, root);
      if (part !== undefined) root.parts.set(rule, part);
    }
  }

  private gatherAlone(rule: GatheringRule, root: RootModule): unknown {
    if (!root.resources.some((resource) => resource.platform === rule.meta.platform)) return undefined;
    try {
      return rule.acrossRoots.gather(this.model.sibling(root.resources)).get(scopeOf(root.resources[0]!));
    } catch (error) {
      root.found.notices.push(ruleFailure(rule.meta.id, error));
      return undefined;
    }
  }

  /** Resources checked in root modules that were kept. */
  get checkedResources(): number {
    return this.kept.reduce((sum, root) => sum + root.count, 0);
  }

  /**
   * The findings of the kept root modules and of the rest of the model, with the whole-scan rules'
   * and without the findings a waiver makes moot; fingerprints told apart over all of them.
   */
  finish(): EngineResult {
    this.checkBatch();
    const findings: Finding[] = [];
    const notices: Notice[] = [];
    const acrossRoots: Resource[] = [];
    for (const root of this.kept) {
      findings.push(...root.found.findings);
      notices.push(...root.found.notices);
      acrossRoots.push(...root.acrossRoots);
    }
    const rest = checkRules(this.perRoot, this.model, this.engine);
    // Without Terraform kept for the end (a Kubernetes-only scan), the whole scan is the model itself.
    const whole =
      acrossRoots.length === 0 ? this.model : this.model.sibling([...this.model.resources, ...acrossRoots]);
    const wholeScan = checkRules(this.wholeScan, whole, this.engine);
    const settled = this.settle(notices);
    const waived = new Set(
      this.rules
        .filter((rule) => rule.acrossRoots?.kind === 'waiver' && rule.acrossRoots.waived(whole))
        .map((rule) => rule.meta.id),
    );
    const all = [...findings, ...rest.findings, ...wholeScan.findings, ...settled.findings].filter(
      (finding) => !waived.has(finding.ruleId),
    );
    assignUniqueFingerprints(all);
    return {
      findings: all,
      notices: uniqueNotices([...notices, ...rest.notices, ...wholeScan.notices, ...settled.notices]),
    };
  }

  /** The gathering rules' findings, from the parts of the kept root modules and of the rest of the model. */
  private settle(notices: Notice[]): EngineResult {
    const settled: EngineResult = { findings: [], notices: [] };
    for (const rule of this.gathering) {
      const parts = this.kept.flatMap((root) => (root.parts.has(rule) ? [root.parts.get(rule)] : []));
      try {
        parts.push(...rule.acrossRoots.gather(this.model).values());
      } catch (error) {
        notices.push(ruleFailure(rule.meta.id, error));
        continue;
      }
      const found = checkRules(
        [{ meta: rule.meta, check: () => rule.acrossRoots.settle(parts) }],
        this.model,
        this.engine,
      );
      settled.findings.push(...found.findings);
      settled.notices.push(...found.notices);
    }
    return settled;
  }

  private mayHoldDirectives(path: string): boolean {
    let holds = this.filesWithDirectives.get(path);
    if (holds === undefined) {
      holds = mayHoldDirectives(this.model.file(path)?.text ?? '');
      this.filesWithDirectives.set(path, holds);
    }
    return holds;
  }
}

/**
 * The root module whose resource a violation is about. A violation made without `flag` goes to the
 * root module with a resource of that file and address, or else to the first.
 */
function ownerOfViolation(
  violation: Violation,
  ownerOf: ReadonlyMap<Resource, RootModule>,
  batch: readonly RootModule[],
): RootModule {
  const subject = subjectOf(violation);
  const owner = subject && ownerOf.get(subject);
  if (owner) return owner;
  const path = violation.location.kind === 'file' ? violation.location.path : undefined;
  return (
    batch.find((root) =>
      root.resources.some((resource) => resource.address === violation.resource && resource.file === path),
    ) ?? batch[0]!
  );
}

/** A rule that fails in many root modules is reported once. */
function uniqueNotices(notices: Notice[]): Notice[] {
  const seen = new Set<string>();
  return notices.filter((notice) => {
    const key = `${notice.ruleId ?? ''}\0${notice.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
