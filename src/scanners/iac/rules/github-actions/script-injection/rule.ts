import type { IacRule } from '../../../model/violation';
import { untrustedPath } from '../../../formats/github-actions/expressions';
import { flagExpressions, inlineScripts, where } from '../shared/scripts';

const rule: IacRule = {
  meta: {
    id: 'gha-script-injection',
    title: 'Untrusted event data is expanded into a script',
    severity: 'high',
    description:
      '`${{ }}` expressions are substituted into a `run:` script (or a github-script `script:`) before the shell or Node.js reads it. A pull request title, branch name, issue body or commit message chosen by an outsider can therefore close a quote and run commands in the job, with its token and secrets.',
    remediation:
      'Pass the value through an environment variable and quote it in the script: `env: TITLE: ${{ github.event.pull_request.title }}` and `run: echo "$TITLE"` (in github-script, read `process.env.TITLE` or `context.payload`).',
    links: [
      'https://docs.github.com/en/actions/concepts/security/script-injections',
      'https://docs.github.com/en/actions/reference/security/secure-use',
    ],
    scanner: 'iac',
    platform: 'github-actions',
    category: 'ci-cd',
    compliance: { 'nist-800-53-r5': ['SI-10'], 'soc2-2017': ['CC8.1'] },
    aliases: ['CKV_GHA_2'],
  },
  check(model) {
    return inlineScripts(model).flatMap((script) =>
      flagExpressions(model, script, (body) => {
        const path = untrustedPath(body);
        if (!path) return undefined;
        return `${where(script.owner, script.step)} expands ${path} directly into its ${script.kind === 'run' ? 'shell script' : 'github-script code'}`;
      }),
    );
  },
};

export default rule;
