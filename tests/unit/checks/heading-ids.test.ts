import {describe, expect, it} from 'vitest';
import {checkHeadingIds, extractHeadings, suggestId} from '../../../scripts/checks/heading-ids';
import {fixtureAs} from './fixtures';

describe('checkHeadingIds', () => {
  it('passes headings with explicit MDX-comment ids, and ignores look-alikes in code blocks', () => {
    expect(checkHeadingIds(fixtureAs('good/headings.mdx', 'docs/good.mdx'))).toEqual([]);
    expect(checkHeadingIds(fixtureAs('site/docs/intro.mdx', 'docs/intro.mdx'))).toEqual([]);
  });

  it('reports every broken heading with its line, what is wrong and the fix', () => {
    const problems = checkHeadingIds(fixtureAs('bad/headings.mdx', 'docs/bad.mdx'));
    const byLine = Object.fromEntries(problems.map((p) => [p.line, p]));
    expect(problems.every((p) => p.severity === 'error' && p.file === 'docs/bad.mdx')).toBe(true);

    expect(byLine[6].message).toMatch(/level-1 heading in the body/);
    expect(byLine[8].message).toBe('heading "No id at all" has no explicit id');
    expect(byLine[8].fix).toContain('## No id at all {/* #no-id-at-all */}');
    expect(byLine[10].message).toMatch(/classic id syntax `\{#classic-syntax\}`/);
    expect(byLine[10].fix).toContain('{/* #classic-syntax */}');
    expect(byLine[12].message).toMatch(/"Not_Kebab" is not kebab-case/);
    expect(byLine[12].col).toBe('## Not Kebab '.length + 1);
    expect(byLine[16].message).toMatch(/"same-id" is already used on line 14/);
    expect(byLine[18].message).toMatch(/underlined \(setext\) heading/);
    // The `## a comment` inside the fenced block (line 22) is not a heading.
    expect(problems.map((p) => p.line)).toEqual([6, 8, 10, 12, 16, 18]);
  });

  it('ignores headings in front matter and fences of any length and indentation', () => {
    const text = [
      '---',
      'title: x',
      '---',
      '',
      '  ````',
      '## not a heading',
      '  ````',
      '## Real {/* #real */}',
    ].join('\n');
    expect(extractHeadings(text).map((h) => h.id)).toEqual(['real']);
  });

  it('checks only Markdown pages', () => {
    expect(checkHeadingIds({path: 'src/data/glossary.ts', text: '## no id'})).toEqual([]);
  });

  it('suggests English kebab-case ids', () => {
    expect(suggestId('Run `docker ps` -a, then ¿qué?')).toBe('run-docker-ps-a-then-que');
  });
});
