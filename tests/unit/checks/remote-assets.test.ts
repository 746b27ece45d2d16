import {describe, expect, it} from 'vitest';
import {checkRemoteAssets, isRemoteUrl} from '../../../scripts/checks/remote-assets';
import {fixtureAs} from './fixtures';

describe('checkRemoteAssets', () => {
  it('reports images, scripts, frames, stylesheets and CSS loaded from another origin in a page', () => {
    const problems = checkRemoteAssets(fixtureAs('bad/remote-assets.mdx', 'docs/page.mdx'));
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [6, 'image https://www.docker.com/logo.png is loaded from another origin'],
      [8, 'image //cdn.example.com/diagram.svg is loaded from another origin'],
      [12, '<img> loads http://example.com/photo.jpg from another origin'],
      [16, '<img> loads https://example.com/chart.png from another origin'],
      [19, '<script> loads //cdn.example.com/tracker.js from another origin'],
      [21, '<iframe> loads https://www.youtube.com/embed/abc from another origin'],
      [23, '<link> loads https://fonts.googleapis.com/css2?family=Inter from another origin'],
      [25, 'CSS loads https://example.com/bg.png from another origin'],
    ]);
    expect(problems.every((p) => p.severity === 'error' && /save the .* in the repository/.test(p.fix))).toBe(
      true,
    );
  });

  it('reports url() and @import from another origin in a stylesheet', () => {
    const problems = checkRemoteAssets(fixtureAs('bad/remote-assets.css.txt', 'src/css/custom.css'));
    expect(problems.map((p) => p.line)).toEqual([1, 2, 5]);
  });

  it('passes local images, text links to other sites and examples in code', () => {
    expect(checkRemoteAssets(fixtureAs('good/local-assets.mdx', 'docs/page.mdx'))).toEqual([]);
  });

  it('knows which URLs point to another origin', () => {
    expect(['https://x.org/a.png', 'http://x.org', '//cdn.x.org/a.js'].every(isRemoteUrl)).toBe(true);
    expect(['/img/a.png', './a.png', 'data:image/png;base64,xx', '#top'].some(isRemoteUrl)).toBe(false);
  });
});
