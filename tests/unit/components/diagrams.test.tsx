import type {ComponentType} from 'react';
import {cleanup, render, screen} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import ImageLayers from '../../../src/components/ImageLayers';
import ImageAndContainers from '../../../src/components/ImageAndContainers';
import ContainersVsVMs from '../../../src/components/ContainersVsVMs';
import VirtualizationHistory from '../../../src/components/VirtualizationHistory';
import DockerWorkflow from '../../../src/components/DockerWorkflow';
import BeforeAfterContainers from '../../../src/components/BeforeAfterContainers';
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

describe.each(diagrams)('<%s>', (_name, Diagram, english, spanish) => {
  it('is a captioned figure with one image that has a name and a description', () => {
    render(<Diagram />);
    const image = screen.getByRole('img', {name: english});
    const description = document.getElementById(image.getAttribute('aria-describedby')!)!;
    expect(description.textContent!.length).toBeGreaterThan(80);
    const figure = image.closest('figure')!;
    expect(figure.querySelector('figcaption')!.textContent).not.toBe('');
    expect(figure.querySelectorAll('svg').length).toBeGreaterThan(0);
    // Nothing is fetched: no images, no external references.
    expect(figure.querySelector('image, img, use[href^="http"]')).toBeNull();
  });

  it('draws real labels, not placeholders', () => {
    render(<Diagram />);
    const text = [...document.querySelectorAll('svg text')].map((t) => t.textContent).join(' ');
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
    const labels = [...document.querySelectorAll('svg text')].map((t) => t.textContent);
    expect(labels.indexOf('COPY app.py')).toBeLessThan(labels.indexOf('python:3.12-slim'));
    expect(labels).not.toContain('writable container layer');
    const image = screen.getByRole('img', {name: 'The layers of a Docker image'});
    expect(document.getElementById(image.getAttribute('aria-describedby')!)!.textContent).toBe(
      'An image is a stack of read-only layers, from the bottom up: python:3.12-slim, COPY app.py.',
    );
  });
});
