/**
 * What students type into the search bar, and the page of the latest edition that teaches it. Written as a student
 * would type them (lower case, no quotes, Spanish with and without accents), never tuned to the index: when one
 * misses, improve what is indexed or how it ranks (plugins/search-keywords), not the query.
 *
 * `page` is the doc's path inside an edition. `heading` is the id of the section that teaches it, given where the
 * section's heading names what the student typed (a command, a flag, an instruction, an error message): the
 * suggestion must then lead to that section. Otherwise the query names the page. `alsoOn` lists other pages that
 * teach the same thing just as well.
 */
export interface SearchQuery {
  lang: 'en' | 'es';
  kind: 'command' | 'task' | 'concept' | 'error';
  query: string;
  page: string;
  heading?: string;
  alsoOn?: string[];
}

/** A query in one language: `en('command', 'docker rm', 'hands-on/first-container', 'remove-a-container')`. */
const inLanguage =
  (lang: SearchQuery['lang']) =>
  (kind: SearchQuery['kind'], query: string, page: string, heading?: string): SearchQuery => ({
    lang,
    kind,
    query,
    page,
    heading,
  });
const en = inLanguage('en');
const es = inLanguage('es');

export const SEARCH_QUERIES: SearchQuery[] = [
  // Commands and flags.
  en('command', 'docker run -p', 'hands-on/dockerize-a-flask-app'),
  en('command', '--rm', 'hands-on/first-container', 'clean-up-with-rm'),
  en('command', 'docker ps -a', 'hands-on/first-container', 'list-containers'),
  en('command', 'docker rm', 'hands-on/first-container', 'remove-a-container'),
  en('command', 'docker rmi', 'hands-on/first-container', 'remove-an-image'),
  en('command', 'docker exec -it', 'hands-on/debugging'),
  en('command', 'docker logs -f', 'hands-on/debugging'),
  en('command', 'docker build -t', 'hands-on/dockerize-a-flask-app'),
  en('command', 'docker compose up', 'hands-on/docker-compose', 'compose-up'),
  en('command', 'docker volume create', 'hands-on/volumes'),
  en('command', 'docker network create', 'hands-on/networks'),
  en('command', 'docker commit', 'hands-on/image-from-a-container', 'docker-commit'),
  en('command', 'docker system prune', 'hands-on/cleaning-up', 'system-prune'),
  en('command', 'docker login --password-stdin', 'hands-on/share-on-docker-hub'),
  {...en('command', 'docker inspect', 'hands-on/debugging'), alsoOn: ['hands-on/health-checks']},
  en('command', 'docker push', 'hands-on/share-on-docker-hub'),
  en('command', 'copy --from', 'hands-on/multi-stage-builds', 'copy-from'),
  en('command', 'healthcheck', 'hands-on/health-checks', 'the-healthcheck-instruction'),
  en('command', '--env-file', 'hands-on/configuration-and-secrets', 'env-file'),
  en('command', 'docker tag', 'hands-on/share-on-docker-hub'),
  // Tasks.
  en('task', 'remove all stopped containers', 'hands-on/cleaning-up'),
  en('task', 'compose file', 'hands-on/docker-compose'),
  en('task', 'see the logs of a container', 'hands-on/debugging'),
  en('task', 'open a shell in a container', 'hands-on/debugging'),
  en('task', 'keep data when the container is removed', 'hands-on/volumes'),
  en('task', 'free up disk space', 'hands-on/cleaning-up'),
  en('task', 'publish a port', 'hands-on/dockerize-a-flask-app'),
  en('task', 'run docker without sudo', 'hands-on/install-docker'),
  en('task', 'make my image smaller', 'hands-on/multi-stage-builds'),
  en('task', 'pass environment variables', 'hands-on/configuration-and-secrets'),
  en('task', 'delete an image', 'hands-on/first-container'),
  en('task', 'stop a container', 'hands-on/dockerize-a-flask-app'),
  // Concepts.
  en('concept', 'image vs container', 'concepts/images-and-containers'),
  en('concept', 'image layers', 'concepts/images-and-containers'),
  en('concept', 'namespaces and cgroups', 'concepts/containers-vs-virtual-machines'),
  en('concept', 'virtual machine', 'concepts/containers-vs-virtual-machines'),
  en('concept', 'what is a registry', 'concepts/registries'),
  en('concept', 'build cache', 'concepts/images-and-containers'),
  {...en('concept', 'blue green deployment', 'hands-on/deploy'), alsoOn: ['concepts/why-containers']},
  en('concept', 'bind mount', 'hands-on/volumes'),
  // Error messages, as Docker prints them.
  en('error', 'port is already allocated', 'hands-on/dockerize-a-flask-app'),
  en(
    'error',
    'permission denied while trying to connect to the Docker daemon socket',
    'hands-on/install-docker',
  ),
  en('error', 'no space left on device', 'hands-on/cleaning-up', 'no-space-left'),
  en('error', 'pull access denied', 'hands-on/share-on-docker-hub'),
  en('error', 'Cannot connect to the Docker daemon', 'hands-on/install-docker'),
  en('error', 'Conflict. The container name "/web" is already in use', 'hands-on/debugging'),
  en('error', 'exec format error', 'hands-on/share-on-docker-hub'),
  en('error', 'denied: requested access to the resource is denied', 'hands-on/share-on-docker-hub'),

  // Comandos y opciones.
  es('command', 'docker run -p', 'hands-on/dockerize-a-flask-app'),
  es('command', '--rm', 'hands-on/first-container', 'clean-up-with-rm'),
  es('command', 'docker ps -a', 'hands-on/first-container', 'list-containers'),
  es('command', 'docker compose up', 'hands-on/docker-compose', 'compose-up'),
  es('command', 'docker exec -it', 'hands-on/debugging'),
  es('command', 'docker volume prune', 'hands-on/cleaning-up', 'volume-prune'),
  // Tareas.
  es('task', 'borrar un contenedor', 'hands-on/first-container'),
  es('task', 'eliminar un contenedor', 'hands-on/first-container'),
  es('task', 'borrar una imagen', 'hands-on/first-container'),
  es('task', 'ver los logs', 'hands-on/debugging'),
  es('task', 'borrar todos los contenedores parados', 'hands-on/cleaning-up'),
  es('task', 'liberar espacio en disco', 'hands-on/cleaning-up'),
  es('task', 'publicar un puerto', 'hands-on/dockerize-a-flask-app'),
  es('task', 'variables de entorno', 'hands-on/configuration-and-secrets'),
  es('task', 'archivo compose', 'hands-on/docker-compose'),
  es('task', 'abrir una terminal en un contenedor', 'hands-on/debugging'),
  es('task', 'subir una imagen a docker hub', 'hands-on/share-on-docker-hub'),
  es('task', 'usar docker sin sudo', 'hands-on/install-docker'),
  es('task', 'instalar docker', 'hands-on/install-docker'),
  es('task', 'imagen mas pequeña', 'hands-on/multi-stage-builds'),
  es('task', 'guardar datos de un contenedor', 'hands-on/volumes'),
  es('task', 'crear una red', 'hands-on/networks'),
  // Conceptos, con y sin tildes.
  es('concept', 'imagen y contenedor', 'concepts/images-and-containers'),
  es('concept', 'capas de una imagen', 'concepts/images-and-containers'),
  es('concept', 'maquina virtual', 'concepts/containers-vs-virtual-machines'),
  es('concept', 'máquina virtual', 'concepts/containers-vs-virtual-machines'),
  es('concept', 'compilacion en varias etapas', 'hands-on/multi-stage-builds'),
  es('concept', 'volumenes', 'hands-on/volumes'),
  es('concept', 'cache de construccion', 'concepts/images-and-containers'),
  es('concept', 'comprobacion de estado', 'hands-on/health-checks'),
  es('concept', 'codigos de salida', 'hands-on/debugging'),
  es('concept', 'secretos', 'hands-on/configuration-and-secrets'),
  {...es('concept', 'despliegue azul verde', 'hands-on/deploy'), alsoOn: ['concepts/why-containers']},
  // Mensajes de error: Docker los escribe en inglés; el alumno los busca tal cual o traducidos.
  es('error', 'puerto ya asignado', 'hands-on/dockerize-a-flask-app'),
  es('error', 'port is already allocated', 'hands-on/dockerize-a-flask-app'),
  es('error', 'no space left on device', 'hands-on/cleaning-up', 'no-space-left'),
  es('error', 'sin espacio en el disco', 'hands-on/cleaning-up'),
  es(
    'error',
    'permission denied while trying to connect to the Docker daemon socket',
    'hands-on/install-docker',
  ),
  es('error', 'permiso denegado docker', 'hands-on/install-docker'),
  es('error', 'pull access denied', 'hands-on/share-on-docker-hub'),
  es('error', 'el nombre del contenedor ya está en uso', 'hands-on/debugging'),
];
