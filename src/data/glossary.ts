// cspell:locale en,en-GB,es
/**
 * The glossary: each term of the course in English and Spanish, with a short definition in both.
 * `<Term id="...">` shows the definition inline and `<Glossary />` renders the reference page, both from
 * this one list. Ids are permanent: they are the anchors of /reference/glossary.
 */
import type {Localized} from './catalog';

export type {GlossaryEntry} from './catalog';
import {findGlossaryEntry as findIn, type GlossaryEntry} from './catalog';

const L = (en: string, es: string): Localized => ({en, es});

export const glossary: readonly GlossaryEntry[] = [
  {
    id: 'docker',
    term: L('Docker', 'Docker'),
    definition: L(
      'A platform to build, share and run applications in containers. It includes the `docker` command-line client, the Docker Engine that does the work, and Docker Hub.',
      'Una plataforma para construir, compartir y ejecutar aplicaciones en contenedores. Incluye el cliente de línea de comandos `docker`, el Docker Engine que hace el trabajo y Docker Hub.',
    ),
    related: ['docker-engine', 'container', 'docker-hub'],
  },
  {
    id: 'docker-engine',
    term: L('Docker Engine', 'Docker Engine (motor de Docker)'),
    definition: L(
      'The background service that builds images and creates, runs and stops containers. The `docker` command sends it your requests.',
      'El servicio en segundo plano que construye imágenes y crea, ejecuta y detiene contenedores. El comando `docker` le envía tus peticiones.',
    ),
    related: ['docker', 'container'],
  },
  {
    id: 'container',
    term: L('container', 'contenedor'),
    definition: L(
      'A running instance of an image: an isolated group of processes with its own file system, network and limits, sharing the host’s kernel. If an image is a class, a container is an object made from it.',
      'Una instancia en ejecución de una imagen: un grupo aislado de procesos con su propio sistema de archivos, su red y sus límites, que comparte el núcleo del anfitrión. Si una imagen es una clase, un contenedor es un objeto creado a partir de ella.',
    ),
    related: ['image', 'writable-layer', 'namespace', 'cgroup'],
  },
  {
    id: 'image',
    term: L('image', 'imagen'),
    definition: L(
      'A read-only package with everything an application needs to run: code, runtime, libraries and settings, stored as a stack of layers. Containers are started from images.',
      'Un paquete de solo lectura con todo lo que una aplicación necesita para ejecutarse: código, entorno de ejecución, bibliotecas y configuración, guardado como una pila de capas. Los contenedores se arrancan a partir de imágenes.',
    ),
    related: ['layer', 'container', 'dockerfile'],
  },
  {
    id: 'layer',
    term: L('layer', 'capa'),
    definition: L(
      'One read-only slice of an image, holding the file changes of one build step. Images that share layers store them only once.',
      'Una porción de solo lectura de una imagen, con los cambios de archivos de un paso de construcción. Las imágenes que comparten capas las guardan una sola vez.',
    ),
    related: ['image', 'base-image', 'build-cache'],
  },
  {
    id: 'base-image',
    term: L('base image', 'imagen base'),
    definition: L(
      'The image a new image starts from, named in the `FROM` line of a Dockerfile, such as `alpine:3.24` or `python:3.14-slim-trixie`.',
      'La imagen de la que parte una imagen nueva, indicada en la línea `FROM` de un Dockerfile, como `alpine:3.24` o `python:3.14-slim-trixie`.',
    ),
    related: ['layer', 'dockerfile'],
  },
  {
    id: 'writable-layer',
    term: L('writable container layer', 'capa de escritura del contenedor'),
    definition: L(
      'The thin layer Docker adds on top of the image for each container. Every file the container creates or changes goes there, and it is deleted with the container.',
      'La capa fina que Docker añade encima de la imagen para cada contenedor. Todo archivo que el contenedor crea o cambia va ahí, y se borra junto con el contenedor.',
    ),
    related: ['layer', 'container', 'volume'],
  },
  {
    id: 'build-cache',
    term: L('build cache', 'caché de construcción'),
    definition: L(
      'The layers kept from earlier builds. When a Dockerfile step and everything before it are unchanged, Docker reuses the cached layer instead of running the step again.',
      'Las capas guardadas de construcciones anteriores. Cuando un paso del Dockerfile y todo lo anterior no han cambiado, Docker reutiliza la capa guardada en lugar de volver a ejecutar el paso.',
    ),
    related: ['layer', 'dockerfile'],
  },
  {
    id: 'registry',
    term: L('registry', 'registro'),
    definition: L(
      'A server that stores images and hands them out: `docker push` uploads to it and `docker pull` downloads from it. Docker Hub is the default one; companies also run private registries.',
      'Un servidor que guarda imágenes y las distribuye: `docker push` sube imágenes a él y `docker pull` las descarga. Docker Hub es el registro por defecto; las empresas también usan registros privados.',
    ),
    related: ['repository', 'docker-hub', 'tag'],
  },
  {
    id: 'repository',
    term: L('repository', 'repositorio'),
    definition: L(
      'A named collection of versions of one image in a registry, such as `python` or `flask_app`; each version has its own tag. A repository can be public or private.',
      'Una colección con nombre de las versiones de una imagen en un registro, como `python` o `flask_app`; cada versión tiene su etiqueta. Un repositorio puede ser público o privado.',
    ),
    related: ['registry', 'tag'],
  },
  {
    id: 'tag',
    term: L('tag', 'etiqueta'),
    definition: L(
      'The label after the colon in an image name, such as `0.1` in `flask_app:0.1`, usually a version. Without one, Docker assumes `latest`.',
      'La marca que va tras los dos puntos en el nombre de una imagen, como `0.1` en `flask_app:0.1`, normalmente una versión. Sin ella, Docker supone `latest`.',
    ),
    related: ['repository', 'image'],
  },
  {
    id: 'docker-hub',
    term: L('Docker Hub', 'Docker Hub'),
    definition: L(
      'Docker’s public registry, where anyone can find, pull and publish images. It is the registry Docker uses when an image name does not mention another one.',
      'El registro público de Docker, donde cualquiera puede buscar, descargar y publicar imágenes. Es el registro que usa Docker cuando el nombre de una imagen no indica otro.',
    ),
    related: ['registry', 'official-image'],
  },
  {
    id: 'access-token',
    term: L('access token', 'token de acceso'),
    definition: L(
      'A long random secret that a service such as Docker Hub or GitHub issues for signing in instead of your password, for example with `docker login`. It can be limited to some permissions and revoked on its own.',
      'Un secreto largo y aleatorio que un servicio como Docker Hub o GitHub emite para iniciar sesión en lugar de tu contraseña, por ejemplo con `docker login`. Se le pueden limitar los permisos y se puede revocar por separado.',
    ),
    related: ['registry', 'docker-hub'],
  },
  {
    id: 'official-image',
    term: L('official image', 'imagen oficial'),
    definition: L(
      'An image on Docker Hub that Docker curates and keeps updated, such as python, postgres or busybox. Its name has no user prefix.',
      'Una imagen de Docker Hub que Docker revisa y mantiene al día, como python, postgres o busybox. Su nombre no lleva prefijo de usuario.',
    ),
    related: ['docker-hub'],
  },
  {
    id: 'dockerfile',
    term: L('Dockerfile', 'Dockerfile'),
    definition: L(
      'A text file with the steps to build an image, one instruction per line: `FROM`, `WORKDIR`, `COPY`, `RUN`, `EXPOSE`, `ENTRYPOINT`, `CMD` and others.',
      'Un archivo de texto con los pasos para construir una imagen, una instrucción por línea: `FROM`, `WORKDIR`, `COPY`, `RUN`, `EXPOSE`, `ENTRYPOINT`, `CMD` y otras.',
    ),
    related: ['image', 'build-context', 'build-cache'],
  },
  {
    id: 'build-context',
    term: L('build context', 'contexto de construcción'),
    definition: L(
      'The folder given to `docker build` (often a dot for the current folder). The Dockerfile can only `COPY` files from inside it.',
      'La carpeta que se pasa a `docker build` (a menudo un punto, la carpeta actual). El Dockerfile solo puede copiar con `COPY` archivos que estén dentro de ella.',
    ),
    related: ['dockerfile'],
  },
  {
    id: 'multi-stage-build',
    term: L('multi-stage build', 'compilación en varias etapas (multi-stage build)'),
    definition: L(
      'A Dockerfile with several `FROM` lines, each starting a stage. Early stages hold the tools to build the app; the last one starts from a small image and takes only the results, with `COPY --from`, so the tools never reach the image you ship.',
      'Un Dockerfile con varias líneas `FROM`, cada una de las cuales empieza una etapa. Las primeras etapas tienen las herramientas para compilar la aplicación; la última parte de una imagen pequeña y toma solo los resultados, con `COPY --from`, así que las herramientas nunca llegan a la imagen que distribuyes.',
    ),
    related: ['dockerfile', 'base-image', 'layer'],
  },
  {
    id: 'volume',
    term: L('volume', 'volumen'),
    definition: L(
      'Storage managed by Docker and mounted into containers. Its data outlives any container, so a database can keep its files when the container is replaced.',
      'Almacenamiento gestionado por Docker y montado en los contenedores. Sus datos sobreviven a cualquier contenedor, así que una base de datos conserva sus archivos cuando se sustituye el contenedor.',
    ),
    related: ['bind-mount', 'writable-layer'],
  },
  {
    id: 'bind-mount',
    term: L('bind mount', 'montaje enlazado (bind mount)'),
    definition: L(
      'A folder of your machine mounted into a container, so both see the same files. Handy while developing: edit code on your machine and the container sees it at once.',
      'Una carpeta de tu computadora montada en un contenedor, de modo que ambos ven los mismos archivos. Es útil al desarrollar: editas el código en tu computadora y el contenedor lo ve al instante.',
    ),
    related: ['volume'],
  },
  {
    id: 'network',
    term: L('network', 'red'),
    definition: L(
      'A virtual network that Docker creates for containers. Containers on the same network reach each other on any port; on a network you create with `docker network create`, they also find each other by container name, which the default `bridge` network does not allow.',
      'Una red virtual que Docker crea para los contenedores. Los contenedores de una misma red se comunican entre sí por cualquier puerto; en una red creada con `docker network create`, además se encuentran por su nombre de contenedor, algo que la red `bridge` predeterminada no permite.',
    ),
    related: ['container', 'port-publishing', 'service'],
  },
  {
    id: 'docker-compose',
    term: L('Docker Compose', 'Docker Compose'),
    definition: L(
      'A tool that runs an application made of several containers from one `compose.yaml` file, with `docker compose up` and `docker compose down`.',
      'Una herramienta que ejecuta una aplicación formada por varios contenedores a partir de un único archivo `compose.yaml`, con `docker compose up` y `docker compose down`.',
    ),
    related: ['service'],
  },
  {
    id: 'service',
    term: L('service', 'servicio'),
    definition: L(
      'One part of a Compose application, such as `web` or `redis`, run as one or more containers of the same image. On the project network, the service name works as a host name.',
      'Una parte de una aplicación de Compose, como `web` o `redis`, que se ejecuta como uno o varios contenedores de la misma imagen. En la red del proyecto, el nombre del servicio funciona como nombre de equipo (hostname).',
    ),
    related: ['docker-compose'],
  },
  {
    id: 'port-publishing',
    term: L('port publishing', 'publicación de puertos'),
    definition: L(
      'Forwarding a port of your machine to a port of a container, with `-p host-port:container-port`, so programs outside the container can reach it.',
      'Reenviar un puerto de tu computadora a un puerto de un contenedor, con `-p puerto-anfitrión:puerto-contenedor`, para que los programas de fuera del contenedor puedan llegar a él.',
    ),
    related: ['container'],
  },
  {
    id: 'detached-mode',
    term: L('detached mode', 'modo en segundo plano (detached)'),
    definition: L(
      'Running a container in the background with `-d`: the command prints the container ID and gives the terminal back while the container keeps running.',
      'Ejecutar un contenedor en segundo plano con `-d`: el comando muestra el ID del contenedor y devuelve la terminal mientras el contenedor sigue en marcha.',
    ),
    related: ['container'],
  },
  {
    id: 'entrypoint',
    term: L('entrypoint', 'punto de entrada (entrypoint)'),
    definition: L(
      'The program a container always runs when it starts, set by `ENTRYPOINT` in the Dockerfile. `CMD` supplies its default arguments, which `docker run` can replace.',
      'El programa que un contenedor ejecuta siempre al arrancar, definido con `ENTRYPOINT` en el Dockerfile. `CMD` aporta sus argumentos por defecto, que `docker run` puede sustituir.',
    ),
    related: ['dockerfile'],
  },
  {
    id: 'virtual-machine',
    term: L('virtual machine (VM)', 'máquina virtual (VM)'),
    definition: L(
      'A complete computer emulated in software, with its own operating system and kernel, run by a hypervisor. It is heavier and slower to start than a container.',
      'Una computadora completa emulada por software y ejecutada por un hipervisor, con su propio sistema operativo y su propio núcleo. Es más pesada y tarda más en arrancar que un contenedor.',
    ),
    related: ['hypervisor', 'container'],
  },
  {
    id: 'hypervisor',
    term: L('hypervisor', 'hipervisor'),
    definition: L(
      'The software that creates and runs virtual machines, sharing one physical machine’s hardware among several guest operating systems.',
      'El software que crea y ejecuta máquinas virtuales, repartiendo el hardware de una máquina física entre varios sistemas operativos invitados.',
    ),
    related: ['virtual-machine', 'virtualization'],
  },
  {
    id: 'bare-metal',
    term: L('bare metal', 'servidor físico (bare metal)'),
    definition: L(
      'A physical server that runs one operating system directly on its hardware, with no virtualization layer in between.',
      'Un servidor físico que ejecuta un único sistema operativo directamente sobre su hardware, sin ninguna capa de virtualización en medio.',
    ),
    related: ['virtualization'],
  },
  {
    id: 'kernel',
    term: L('kernel', 'núcleo (kernel)'),
    definition: L(
      'The core of the operating system, which manages the hardware, memory and processes. Every container on a host shares the host’s kernel.',
      'La parte central del sistema operativo, que gestiona el hardware, la memoria y los procesos. Todos los contenedores de un anfitrión comparten su núcleo.',
    ),
    related: ['namespace', 'cgroup'],
  },
  {
    id: 'namespace',
    term: L('namespace', 'espacio de nombres (namespace)'),
    definition: L(
      'A Linux kernel feature that gives a group of processes its own view of the system: its own process list, network, host name and file system mounts. Containers are built on namespaces.',
      'Una función del núcleo de Linux que da a un grupo de procesos su propia visión del sistema: su propia lista de procesos, red, nombre de equipo (hostname) y montajes de archivos. Los contenedores se construyen sobre los espacios de nombres.',
    ),
    related: ['cgroup', 'kernel'],
  },
  {
    id: 'cgroup',
    term: L('control group (cgroup)', 'grupo de control (cgroup)'),
    definition: L(
      'A Linux kernel feature that limits and measures how much CPU, memory and I/O a group of processes may use. Docker puts each container in its own cgroup.',
      'Una función del núcleo de Linux que limita y mide cuánta CPU, memoria y E/S puede usar un grupo de procesos. Docker pone cada contenedor en su propio cgroup.',
    ),
    related: ['namespace', 'kernel'],
  },
  {
    id: 'virtualization',
    term: L('virtualization', 'virtualización'),
    definition: L(
      'Running software on simulated or shared resources instead of directly on dedicated hardware. Full, partial and para-virtualization differ in how much of the hardware the guest system sees as simulated.',
      'Ejecutar software sobre recursos simulados o compartidos en lugar de directamente sobre hardware dedicado. La virtualización completa, la parcial y la paravirtualización se distinguen por cuánto hardware ve simulado el sistema invitado.',
    ),
    related: ['hypervisor', 'virtual-machine', 'container'],
  },
  {
    id: 'ci-cd',
    term: L('CI/CD', 'CI/CD (integración y entrega continuas)'),
    definition: L(
      'Continuous integration and continuous delivery or deployment: an automated pipeline that tests every change, builds the image, pushes it to a registry and deploys it.',
      'Integración continua y entrega o despliegue continuos: un pipeline automático que prueba cada cambio, construye la imagen, la sube a un registro y la despliega.',
    ),
    related: ['registry', 'rollback'],
  },
  {
    id: 'rollback',
    term: L('rollback', 'reversión (rollback)'),
    definition: L(
      'Going back to the previous working version of an application after a bad release. With containers, you run the image with the earlier tag again.',
      'Volver a la versión anterior que funcionaba de una aplicación tras una publicación fallida. Con contenedores, basta con volver a ejecutar la imagen con la etiqueta anterior.',
    ),
    related: ['tag', 'blue-green-deployment'],
  },
  {
    id: 'blue-green-deployment',
    term: L('blue/green deployment', 'despliegue azul/verde (blue/green)'),
    definition: L(
      'Running the new version (green) beside the current one (blue) and switching traffic to it only when it works, so switching back is instant.',
      'Ejecutar la versión nueva (verde) junto a la actual (azul) y pasarle el tráfico solo cuando funciona, de modo que volver atrás es inmediato.',
    ),
    related: ['rollback', 'ci-cd'],
  },
  {
    id: 'exit-code',
    term: L('exit code', 'código de salida'),
    definition: L(
      'The number a process returns when it ends: 0 means success, anything else an error. `docker ps -a` shows it in the `STATUS` column as `Exited (code)`.',
      'El número que devuelve un proceso al terminar: 0 significa éxito y cualquier otro valor, un error. `docker ps -a` lo muestra en la columna `STATUS` como `Exited (código)`.',
    ),
    related: ['container'],
  },
  {
    id: 'health-check',
    term: L('health check', 'comprobación de estado (health check)'),
    definition: L(
      'A command Docker runs inside a running container at regular intervals to see whether the app works: exit code 0 means healthy. `docker ps` shows the result as `(health: starting)`, `(healthy)` or `(unhealthy)`.',
      'Un comando que Docker ejecuta dentro de un contenedor en marcha, a intervalos regulares, para ver si la aplicación funciona: el código de salida 0 significa sano. `docker ps` muestra el resultado como `(health: starting)`, `(healthy)` o `(unhealthy)`.',
    ),
    related: ['exit-code', 'container'],
  },
  {
    id: 'container-id',
    term: L('container ID', 'ID de contenedor'),
    definition: L(
      'The unique hexadecimal identifier Docker gives each container. Commands accept the first few characters, as long as they are unique, or the container name instead.',
      'El identificador hexadecimal único que Docker asigna a cada contenedor. Los comandos aceptan sus primeros caracteres, siempre que no se repitan, o el nombre del contenedor en su lugar.',
    ),
    related: ['container'],
  },
  {
    id: 'dangling-image',
    term: L('dangling image', 'imagen huérfana'),
    definition: L(
      'An image with no name and no tag that no container uses, usually the old version left behind when you build a new image with the same tag. `docker image prune` deletes them.',
      'Una imagen sin nombre ni etiqueta que no usa ningún contenedor; suele ser la versión antigua que queda cuando construyes una imagen nueva con la misma etiqueta. `docker image prune` las borra.',
    ),
    related: ['image', 'tag', 'build-cache'],
  },
  {
    id: 'environment-variable',
    term: L('environment variable', 'variable de entorno'),
    definition: L(
      'A named value, such as `PORT=5000`, that a process receives when it starts and can read while it runs. Containers get theirs from the image’s `ENV` instructions and from `docker run -e` or Compose’s `environment:`.',
      'Un valor con nombre, como `PORT=5000`, que un proceso recibe al arrancar y puede leer mientras se ejecuta. Los contenedores reciben las suyas de las instrucciones `ENV` de la imagen y de `docker run -e` o de `environment:` en Compose.',
    ),
    related: ['container', 'image', 'secret'],
  },
  {
    id: 'secret',
    term: L('secret', 'secreto'),
    definition: L(
      'A value that gives access to something, such as a password, an API token or a private key. It must never be written into an image: builds borrow it with `docker build --secret`, and containers read it from a file mounted at run time.',
      'Un valor que da acceso a algo, como una contraseña, un token de una API o una clave privada. Nunca debe quedar escrito en una imagen: las construcciones lo toman prestado con `docker build --secret`, y los contenedores lo leen de un archivo montado al ejecutarse.',
    ),
    related: ['environment-variable', 'image', 'layer'],
  },
];

/** The live glossary entry with this id, or undefined. */
export function findGlossaryEntry(id: string): GlossaryEntry | undefined {
  return findIn(glossary, id);
}
