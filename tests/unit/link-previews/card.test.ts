import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  CardDoesNotFitError,
  TITLE_SIZES,
  cardPng,
  cardSvg,
  loadCardAssets,
  pngSize,
  type CardText,
} from '../../../plugins/link-previews/card';

const assets = loadCardAssets(path.resolve(__dirname, '../../..'));

const card = (text: Partial<CardText>): CardText => ({
  course: 'Docker Course Notes',
  title: 'Your first container',
  part: 'Hands-on',
  edition: 'Edition 1.1',
  host: 'docker-course-notes.example.org',
  ...text,
});

describe('preview card', () => {
  it('is a 1200×630 PNG', async () => {
    const {svg} = await cardSvg(card({}), assets);
    const png = await cardPng(svg);
    expect(pngSize(png)).toEqual({width: CARD_WIDTH, height: CARD_HEIGHT});
  });

  it('draws a short title at the largest size and shrinks the type for a long one', async () => {
    expect((await cardSvg(card({}), assets)).titleSize).toBe(TITLE_SIZES[0]);
    const long = card({
      title:
        'Configure a container and keep secrets out of the image, then ship it to a server behind a proxy with health checks',
    });
    const {titleSize} = await cardSvg(long, assets);
    expect(titleSize).toBeLessThan(TITLE_SIZES[0]);
    expect(titleSize).toBeGreaterThanOrEqual(TITLE_SIZES[TITLE_SIZES.length - 1]);
  });

  it('draws the longest Spanish title of the course at the largest size', async () => {
    const spanish = card({
      course: 'Curso de Docker',
      title: 'Configura un contenedor y mantén los secretos fuera de la imagen',
      part: 'Práctica',
      edition: 'Próxima edición (sin publicar)',
    });
    expect((await cardSvg(spanish, assets)).titleSize).toBe(TITLE_SIZES[0]);
  });

  it('refuses a title that does not fit even at the smallest size, rather than cutting it off', async () => {
    const title = Array.from({length: 40}, (_, i) => `word${i}`).join(' ');
    await expect(cardSvg(card({title}), assets)).rejects.toThrow(CardDoesNotFitError);
    await expect(cardSvg(card({title}), assets)).rejects.toThrow(/does not fit in the card even at 48 px/);
  });

  it('refuses a word wider than the card', async () => {
    await expect(cardSvg(card({title: 'Dockerize'.repeat(8)}), assets)).rejects.toThrow(/Shorten the title/);
  });

  it('refuses a character the card font cannot draw', async () => {
    await expect(cardSvg(card({title: 'Ports → containers'}), assets)).rejects.toThrow(/"→"/);
  });

  it('refuses a course name or edition too wide for its line', async () => {
    await expect(cardSvg(card({edition: 'Edition '.repeat(12)}), assets)).rejects.toThrow(
      /wider than the card/,
    );
  });
});

describe('pngSize', () => {
  it('reads nothing from bytes that are not a PNG', () => {
    expect(pngSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
  });
});
