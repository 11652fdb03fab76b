import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sharedCatalogues } from '../../shared/i18n/shared-i18n';
import { catalogueTexts, placeholders } from '../../shared/i18n/test-support/catalogue-texts';
import { DomainError } from './domain-error';

const MAIN = resolve(import.meta.dirname, '..');

const english = catalogueTexts(sharedCatalogues.en.errors);
const chinese = catalogueTexts(sharedCatalogues['zh-CN'].errors);
/** The names a message fills in: `{{title}}`, `{{limit, number}}` → title, limit. */
const namesOf = (key: string): string[] => placeholders(english.get(key) ?? []).map((p) => p.split(',')[0] ?? p);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

interface Throw {
  where: string;
  /** What is wrong with the message argument, if anything. */
  problems: string[];
}

/** Every `new DomainError(code, message, values)` in src/main, and what is wrong with its message. */
function domainErrors(): Throw[] {
  const found: Throw[] = [];
  for (const file of sourceFiles(MAIN)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('DomainError')) continue; // parsing only the files that name it keeps this quick
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node) && node.expression.getText(source) === 'DomainError') {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        const where = `${relative(MAIN, file)}:${line + 1}`;
        const [, message, values] = node.arguments ?? [];
        found.push({ where, problems: message ? messageProblems(message, values, source) : ['no message'] });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function messageProblems(message: ts.Expression, values: ts.Expression | undefined, source: ts.SourceFile): string[] {
  const problems: string[] = [];
  const keys: string[] = [];
  const collect = (node: ts.Node): void => {
    if (ts.isTemplateExpression(node)) problems.push(`a text built inline: ${node.getText(source)}`);
    else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
      problems.push(`a text joined inline: ${node.getText(source)}`);
    else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) keys.push(node.text);
    else if (ts.isConditionalExpression(node))
      [node.whenTrue, node.whenFalse].forEach(collect); // not the condition
    else ts.forEachChild(node, collect);
  };
  collect(message);
  for (const key of keys) {
    if (!english.has(key) || !chinese.has(key)) problems.push(`"${key}" is not a key of the errors catalogue in English and Chinese`);
  }
  // A message named by one literal key: the values given are the ones it fills in, no more, no fewer.
  if (ts.isStringLiteral(message) && english.has(message.text)) {
    const given =
      values && ts.isObjectLiteralExpression(values)
        ? values.properties.map((p) => (p.name && ts.isIdentifier(p.name) ? p.name.text : '?')).sort()
        : values
          ? null
          : [];
    const wanted = namesOf(message.text);
    if (given !== null && given.join() !== wanted.join())
      problems.push(`"${message.text}" fills in {${wanted.join(', ')}} but is given {${given.join(', ')}}`);
  }
  return problems;
}

describe('the messages of DomainErrors', () => {
  it('are keys of the errors catalogue, never text written inline, given exactly the values they fill in', () => {
    const throws = domainErrors();
    expect(throws.length).toBeGreaterThan(50); // the scan sees the services' throws
    expect(throws.filter((t) => t.problems.length > 0)).toEqual([]);
  });

  it('are worded in the language asked for, with English for logs and the command line', () => {
    const error = new DomainError('CONFLICT', 'document.revisionImporting', { title: '2024年政府工作报告' });
    expect(error.message).toBe('A revised version of "2024年政府工作报告" is still being imported. Wait until it is done, then try again.');
    expect(error.messageIn('zh-CN')).toBe('修订稿“2024年政府工作报告”正在导入，请等待完成后再试。');
  });

  it('write numbers and page lists the language’s way, and word a nested reason in the same language', () => {
    const replyTooLong = new DomainError('INVALID_INPUT', 'submission.replyTooLong', { fileName: '答复.docx', max: 20000 });
    expect(replyTooLong.message).toBe('The reply in 答复.docx is longer than 20,000 characters: paste the part that matters instead.');
    const pages = { key: 'import.refusal.unreadablePages', values: { pages: [2, 5, 9] } } as const;
    const refused = new DomainError('INVALID_INPUT', 'import.refused', { fileName: 'garbled.pdf', reason: pages });
    expect(refused.message).toMatch(/^"garbled\.pdf" cannot be imported: the text of these pages cannot be read: 2, 5, and 9\./);
    expect(refused.messageIn('zh-CN')).toMatch(/^“garbled\.pdf”无法导入：第 2、5和9 页的文字无法读取/);
  });
});
