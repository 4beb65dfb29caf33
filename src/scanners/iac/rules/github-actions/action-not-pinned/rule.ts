import { flag, type IacRule } from '../../../model/violation';
import { describeRef, isOfficial, isPinned, usesRefs } from '../shared/uses-refs';

const rule: IacRule = {
  meta: {
    id: 'gha-action-not-pinned',
    title: 'Third-party action is not pinned to a commit SHA',
    severity: 'high',
    description:
      "A tag or branch of someone else's action can be moved to new code at any time, by its maintainers or by whoever compromises their account, and the next run executes it with this job's token and secrets. Only a full commit SHA is immutable. Docker images are the same: only a digest is.",
    remediation:
      'Pin to the full 40-character commit SHA of a reviewed release and keep the version in a comment (`uses: owner/action@<sha> # v1.2.3`); let Dependabot or Renovate propose updates. Pin `docker://` images by `@sha256:` digest.',
    links: [
      'https://docs.github.com/en/actions/reference/security/secure-use',
      'https://docs.github.com/en/code-security/dependabot/working-with-dependabot/keeping-your-actions-up-to-date-with-dependabot',
    ],
    scanner: 'iac',
    platform: 'github-actions',
    category: 'supply-chain',
    compliance: { 'nist-800-53-r5': ['SR-3', 'SR-11', 'SI-7'], 'soc2-2017': ['CC8.1'] },
    aliases: [],
  },
  check(model) {
    return usesRefs(model)
      .filter((use) => !isPinned(use.ref) && !isOfficial(use.ref))
      .map((use) => {
        const given =
          use.secrets.length > 0
            ? `; it receives ${use.secrets.map((name) => `secrets.${name}`).join(', ')}`
            : '';
        return flag(
          use.resource,
          use.node,
          `${use.uses} is referenced by ${describeRef(use.ref)}, which can change under you${given}`,
        );
      });
  },
};

export default rule;
