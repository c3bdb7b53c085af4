import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/**
 * Password rules in line with OWASP ASVS 5: at least 12 characters, at most 128, no composition rules,
 * and refused when it is a common or easily guessed password. Guessability is estimated by zxcvbn-ts
 * with the common-password list and Indonesian and English dictionaries, plus the person's own name
 * and e-mail and words of this domain.
 */
let estimator: Promise<ZxcvbnFactory> | undefined;

/**
 * The estimator and its dictionaries take ~0.7 s to load and build: done on the first password
 * checked, not at every server start.
 */
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, en, id] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
      import('@zxcvbn-ts/language-id'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary, ...id.dictionary },
      graphs: common.adjacencyGraphs,
    });
  })();
  return estimator;
}

const domainWords = ['balai', 'bp3mi', 'bp2mi', 'kp2mi', 'pmi', 'cpmi', 'sumsel', 'palembang', 'sumatera', 'selatan', 'indonesia', 'merdeka'];

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common';

/** Returns what is wrong with a new password, or null when it is acceptable. */
export async function checkPassword(password: string, personal: string[] = []): Promise<PasswordProblem | null> {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return 'too_short';
  if (length > PASSWORD_MAX) return 'too_long';
  const inputs = [...domainWords, ...personal.flatMap((p) => p.toLowerCase().split(/[^a-z0-9]+/)).filter((w) => w.length >= 3)];
  const result = (await loadEstimator()).check(password, inputs);
  return result.score < 4 ? 'too_common' : null;
}
