import {describe, expect, it} from 'vitest';
import {checkImageAlt} from '../../../scripts/checks/image-alt';
import {fixtureAs} from './fixtures';

describe('checkImageAlt', () => {
  it('reports Markdown and HTML images without alt text in a page', () => {
    const problems = checkImageAlt(fixtureAs('bad/missing-alt.mdx', 'docs/page.mdx'));
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [6, 'image /img/logo.svg has no alt text'],
      [8, 'image /img/logo.svg has no alt text'],
      [10, '<img> /img/logo.svg has no alt attribute'],
      [12, '<img> /img/logo.svg has an empty alt attribute'],
      [14, '<img> /img/logo.svg has an empty alt attribute'],
    ]);
    expect(problems[0].fix).toMatch(/^describe what the image shows/);
  });

  it('reports images without alt text in components', () => {
    const problems = checkImageAlt(fixtureAs('bad/missing-alt.tsx.txt', 'src/components/Logo/index.tsx'));
    expect(problems.map((p) => p.line)).toEqual([6, 7]);
  });

  it('passes translated alt text and alt text passed through props', () => {
    expect(checkImageAlt(fixtureAs('good/alt-text.tsx.txt', 'src/components/Logo/index.tsx'))).toEqual([]);
    expect(checkImageAlt(fixtureAs('good/local-assets.mdx', 'docs/page.mdx'))).toEqual([]);
  });
});
