import { flag, type IacRule } from '../../../model/violation';
import { describeRef, isOfficial, isPinned, usesRefs } from '../shared/uses-refs';

const rule: IacRule = {
  meta: {
    id: 'gha-official-action-not-pinned',
    title: 'GitHub-owned action is not pinned to a commit SHA',
    severity: 'medium',
    description:
      'Actions under `actions/` and `github/` are maintained by GitHub, but their tags are still mutable, and an organisation that requires SHA pinning (a repository or enterprise policy can enforce it) will refuse to run a workflow that uses tags.',
    remediation:
      'Pin to the full commit SHA with the version as a comment (`uses: actions/checkout@<sha> # v4.1.7`) and let Dependabot keep it current.',
    links: [
      'https://docs.github.com/en/actions/reference/security/secure-use',
      'https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/enabling-features-for-your-repository/managing-github-actions-settings-for-a-repository',
    ],
    scanner: 'iac',
    platform: 'github-actions',
    category: 'supply-chain',
    compliance: { 'nist-800-53-r5': ['SR-11', 'SI-7'] },
    aliases: [],
  },
  check(model) {
    return usesRefs(model)
      .filter((use) => !isPinned(use.ref) && isOfficial(use.ref))
      .map((use) =>
        flag(
          use.resource,
          use.node,
          `${use.uses} is referenced by ${describeRef(use.ref)} instead of a commit SHA`,
        ),
      );
  },
};

export default rule;
