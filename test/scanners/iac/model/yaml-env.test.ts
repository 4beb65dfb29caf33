import { withYamlEnv } from '../../../../src/scanners/iac/parsers/yaml-env';
import { parseYaml } from '../../../../src/scanners/iac/parsers/yaml';

describe('the environment stand-in around YAML parsing', () => {
  const real = process.env;
  afterEach(() => {
    process.env = real;
    delete process.env.CLOUDGATE_TEST_VARIABLE;
  });

  it('reads every variable through to the real environment while a parse runs', () => {
    process.env.CLOUDGATE_TEST_VARIABLE = 'seen';
    const during = withYamlEnv(() => ({
      variable: process.env.CLOUDGATE_TEST_VARIABLE,
      path: process.env.PATH,
      logTokens: process.env.LOG_TOKENS,
      same: process.env === real,
    }));
    expect(during).toEqual({ variable: 'seen', path: real.PATH, logTokens: real.LOG_TOKENS, same: false });
    expect(process.env).toBe(real);
  });

  it('puts the real environment back when the parse throws', () => {
    expect(() =>
      withYamlEnv(() => {
        throw new Error('broken');
      }),
    ).toThrow('broken');
    expect(process.env).toBe(real);
  });

  it('leaves parsing results and process.env as they were', () => {
    const parsed = parseYaml('a: 1\n---\nb: [x, y]\n');
    expect(parsed.documents).toHaveLength(2);
    expect(parsed.errors).toEqual([]);
    expect(process.env).toBe(real);
  });
});
