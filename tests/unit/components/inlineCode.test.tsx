import {render} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import {withInlineCode} from '../../../src/components/inlineCode';

function rendered(text: string): HTMLElement {
  return render(<p>{withInlineCode(text)}</p>).container.querySelector('p')!;
}

describe('withInlineCode', () => {
  it('renders the spans between backticks as code, without the backticks', () => {
    const paragraph = rendered('Lists containers; the same as `docker ps`, or `docker ps -a` for all.');
    expect(paragraph.textContent).toBe('Lists containers; the same as docker ps, or docker ps -a for all.');
    const code = [...paragraph.querySelectorAll('code')];
    expect(code.map((element) => element.textContent)).toEqual(['docker ps', 'docker ps -a']);
    expect(code[0].getAttribute('translate')).toBe('no');
  });

  it('leaves a text without backticks as it is', () => {
    expect(withInlineCode('No code here.')).toBe('No code here.');
  });

  it('renders a code span at the very start or end of the text', () => {
    const paragraph = rendered('`docker compose start` runs them again with `-d`');
    expect([...paragraph.querySelectorAll('code')].map((element) => element.textContent)).toEqual([
      'docker compose start',
      '-d',
    ]);
  });
});
