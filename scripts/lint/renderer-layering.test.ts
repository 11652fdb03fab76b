import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * The renderer's layering rule (eslint.config.js) run through ESLint's Node API on fixture files:
 * a feature importing another feature, or components/ (or an app/ file outside the shell)
 * importing any feature, is an error; the imports the layering allows are not.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  await eslint.calculateConfigForFile('src/renderer/features/drafts/fixture.ts'); // loads the config once
});

/** The layering messages ESLint gives `file` (a path under src/renderer) importing `specifier`. */
async function layeringErrors(file: string, specifier: string, typeOnly = false): Promise<string[]> {
  const code = typeOnly
    ? `import type { A } from '${specifier}';\nexport type B = A;\n`
    : `import { a } from '${specifier}';\nexport const b = a;\n`;
  const [result] = await eslint.lintText(code, { filePath: `src/renderer/${file}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('a feature imports no other feature', () => {
  it.each([
    ['features/drafts/fixture.ts', '../votes/vote-text'],
    ['features/drafts/fixture.ts', '../../features/votes/vote-text'],
    ['features/annotations/fixture.tsx', '../reader/ReaderView'],
    ['features/reader/fixture.ts', '../annotations'],
    ['features/drafts/nested/fixture.ts', '../../votes/vote-text'],
  ])('%s importing %s is an error naming both features', async (file, specifier) => {
    const errors = await layeringErrors(file, specifier);
    expect(errors).toHaveLength(1);
    const own = file.split('/')[1];
    expect(errors[0]).toContain(`features/${own} must not import features/`);
  });

  it('a type-only import from another feature is an error too', async () => {
    expect(await layeringErrors('features/votes/fixture.ts', '../reader/useCurrentSection', true)).toHaveLength(1);
  });

  it.each([
    '../../app/deliver',
    '../../app/reading/section-tree',
    '../../components/ModalDialog',
    '../../api/client',
    '../../i18n/i18n',
    '../../../shared/domain/draft',
    './useAutosave',
    '../drafts/useAutosave',
    'react',
  ])('features/drafts may import %s', async (specifier) => {
    expect(await layeringErrors('features/drafts/fixture.ts', specifier)).toEqual([]);
  });
});

describe('components/ and app/ import no feature', () => {
  it('a component importing a feature is an error', async () => {
    const errors = await layeringErrors('components/Fixture.tsx', '../features/reader/ReaderView');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('components/ must not import a feature');
  });

  it('an app/ helper importing a feature is an error, also from a subfolder', async () => {
    expect(await layeringErrors('app/useFixture.ts', '../features/votes/useVotes')).toHaveLength(1);
    expect(await layeringErrors('app/reading/fixture.ts', '../../features/reader/ReaderView', true)).toHaveLength(1);
  });

  it('the shell files that compose the views may import features', async () => {
    expect(await layeringErrors('app/Workspace.tsx', '../features/votes/useVotes')).toEqual([]);
    expect(await layeringErrors('app/App.tsx', '../features/settings/LanguageSwitch')).toEqual([]);
  });

  it('components/ may import app/ and other components', async () => {
    expect(await layeringErrors('components/Fixture.tsx', '../app/reading/section-tree')).toEqual([]);
    expect(await layeringErrors('components/Fixture.tsx', './ModalDialog')).toEqual([]);
  });
});
