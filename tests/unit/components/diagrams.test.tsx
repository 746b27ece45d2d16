import fs from 'node:fs';
import path from 'node:path';
import type {ComponentType} from 'react';
import {cleanup, render, screen} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import ImageLayers from '../../../src/components/Diagram/diagrams/ImageLayers';
import ImageAndContainers from '../../../src/components/Diagram/diagrams/ImageAndContainers';
import ContainersVsVMs from '../../../src/components/Diagram/diagrams/ContainersVsVMs';
import VirtualizationHistory from '../../../src/components/Diagram/diagrams/VirtualizationHistory';
import DockerWorkflow from '../../../src/components/Diagram/diagrams/DockerWorkflow';
import BeforeAfterContainers from '../../../src/components/Diagram/diagrams/BeforeAfterContainers';
import {diagrams as registered} from '../../../src/components/Diagram/registry';
import {setTestLocale} from './mocks/locale';

const diagrams: [string, ComponentType, string, string][] = [
  ['ImageLayers', ImageLayers, 'The layers of a Docker image', 'Las capas de una imagen de Docker'],
  [
    'ImageAndContainers',
    ImageAndContainers,
    'One image, several containers',
    'Una imagen, varios contenedores',
  ],
  [
    'ContainersVsVMs',
    ContainersVsVMs,
    'Virtual machines compared with containers',
    'Máquinas virtuales comparadas con contenedores',
  ],
  [
    'VirtualizationHistory',
    VirtualizationHistory,
    'From bare metal to virtual machines to containers',
    'Del servidor físico a las máquinas virtuales y a los contenedores',
  ],
  [
    'DockerWorkflow',
    DockerWorkflow,
    'The Docker workflow from Dockerfile to running container',
    'El flujo de trabajo de Docker, del Dockerfile al contenedor en ejecución',
  ],
  [
    'BeforeAfterContainers',
    BeforeAfterContainers,
    'Development and deployment before and after containers',
    'Desarrollo y despliegue antes y después de los contenedores',
  ],
];

describe.each(diagrams)('<%s>', (name, Diagram, english, spanish) => {
  it('is a captioned figure with one image that has a name and a description', () => {
    render(<Diagram />);
    const image = screen.getByRole('img', {name: english});
    const description = document.getElementById(image.getAttribute('aria-describedby')!)!;
    expect(description.textContent!.length).toBeGreaterThan(80);
    const figure = image.closest('figure')!;
    expect(figure.querySelector('figcaption')!.textContent).not.toBe('');
    expect(figure.querySelectorAll('[data-box]').length).toBeGreaterThan(2);
    // Screen readers get the description once, as the image's description, never as body text.
    expect(description.hidden).toBe(true);
    expect(figure.getAttribute('data-diagram')).toBe(name);
    // Nothing is fetched: no images, no external references.
    expect(figure.querySelector('image, img, use[href^="http"]')).toBeNull();
  });

  it('draws real labels, not placeholders', () => {
    render(<Diagram />);
    const text = [...document.querySelectorAll('[data-label]')].map((t) => t.textContent).join(' ');
    expect(text.length).toBeGreaterThan(40);
    expect(text).not.toMatch(/TODO|placeholder|lorem/i);
  });

  it('is translated on the Spanish site', () => {
    const english = render(<Diagram />).container.textContent;
    cleanup();
    setTestLocale('es');
    render(<Diagram />);
    const figure = screen.getByRole('img', {name: spanish}).closest('figure')!;
    expect(figure.textContent).not.toBe(english);
  });
});

describe('<ImageLayers> with its own layers', () => {
  it('draws the given layers bottom to top and can leave out the container layer', () => {
    render(
      <ImageLayers
        layers={[{label: 'python:3.12-slim', detail: 'base image'}, {label: 'COPY app.py'}]}
        containerLayer={false}
      />,
    );
    const labels = [...document.querySelectorAll('[data-label]')].map((t) => t.textContent);
    expect(labels.indexOf('COPY app.py')).toBeLessThan(labels.indexOf('python:3.12-slim'));
    expect(labels).not.toContain('writable container layer');
    const image = screen.getByRole('img', {name: 'The layers of a Docker image'});
    expect(document.getElementById(image.getAttribute('aria-describedby')!)!.textContent).toBe(
      'An image is a stack of read-only layers, from the bottom up: python:3.12-slim, COPY app.py.',
    );
  });
});

describe('the registry', () => {
  it('registers every diagram file, under its own name, and nothing else', async () => {
    const files = fs
      .readdirSync(path.join(__dirname, '../../../src/components/Diagram/diagrams'))
      .map((file) => file.replace(/\.tsx$/, ''))
      .sort();
    expect(Object.keys(registered).sort()).toEqual(files);
    for (const [name, load] of Object.entries(registered)) {
      const {default: Diagram} = await load();
      render(<Diagram />);
      expect(document.querySelector('figure')!.getAttribute('data-diagram')).toBe(name);
      cleanup();
    }
  });
});
