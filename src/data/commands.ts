// cspell:locale en,en-GB,es
/**
 * The command catalog: every Docker command and flag the course teaches, explained once, in English and
 * Spanish. The `<Command>` snippets, the command reference page and `npm run check:commands` all read this
 * file, so a page can never show a command or flag that is not explained here.
 *
 * To add a command: add an entry to `commands` (keep `name` as the reader types it, `docker ...`), with a
 * one-sentence summary, its positional arguments in order, its flags and an example the parser accepts.
 * In a sentence, put commands, flags and values between backticks, as in Markdown (`docker ps -a`): pages
 * show them as code.
 */

export type {ArgumentSpec, CommandSection, CommandSpec, FlagSpec, Locale, Localized} from './catalog';
export {commandSections, findFlag, synopsis} from './catalog';
import {
  findCommand as findIn,
  type ArgumentSpec,
  type CommandSpec,
  type FlagSpec,
  type Localized,
} from './catalog';

const L = (en: string, es: string): Localized => ({en, es});

// Flags and arguments shared by several commands, written once so their explanations agree.
const quiet: FlagSpec = {
  short: '-q',
  long: '--quiet',
  summary: L(
    'Prints only the IDs, one per line, which is handy to feed into another command.',
    'Muestra solo los ID, uno por línea, algo útil para pasárselos a otro comando.',
  ),
};
const quietVolumeNames: FlagSpec = {
  ...quiet,
  summary: L(
    'Prints only the volume names, one per line, which is handy to feed into another command.',
    'Muestra solo los nombres de los volúmenes, uno por línea, algo útil para pasárselos a otro comando.',
  ),
};
const format: FlagSpec = {
  long: '--format',
  value: L('template', 'plantilla'),
  summary: L(
    'Chooses which fields to print, with a Go template such as `{{.Names}}` or the word `json`.',
    'Elige qué campos mostrar, con una plantilla de Go como `{{.Names}}` o la palabra `json`.',
  ),
};
const formatShort: FlagSpec = {...format, short: '-f'};
// Each listing command accepts its own filter keys, so each gets examples that work for it.
const filterFlag = (summary: Localized): FlagSpec => ({
  short: '-f',
  long: '--filter',
  value: L('key=value', 'clave=valor'),
  summary,
});
const containerFilter = filterFlag(
  L(
    'Shows only the containers that match a condition, for example `status=exited`, `name=web` or `health=unhealthy`.',
    'Muestra solo los contenedores que cumplen una condición, por ejemplo `status=exited`, `name=web` o `health=unhealthy`.',
  ),
);
const imageFilter = filterFlag(
  L(
    'Shows only the images that match a condition, for example `dangling=true` (untagged leftovers of rebuilds) or `reference=python`.',
    'Muestra solo las imágenes que cumplen una condición, por ejemplo `dangling=true` (las que quedaron sin etiqueta tras una reconstrucción) o `reference=python`.',
  ),
);
const volumeFilter = filterFlag(
  L(
    'Shows only the volumes that match a condition, for example `dangling=true` (volumes no container uses) or `name=pgdata`.',
    'Muestra solo los volúmenes que cumplen una condición, por ejemplo `dangling=true` (los que no usa ningún contenedor) o `name=pgdata`.',
  ),
);
const networkFilter = filterFlag(
  L(
    'Shows only the networks that match a condition, for example `driver=bridge` or `type=custom` (the networks you created).',
    'Muestra solo las redes que cumplen una condición, por ejemplo `driver=bridge` o `type=custom` (las redes que creaste tú).',
  ),
);
const envFlag: FlagSpec = {
  short: '-e',
  long: '--env',
  value: L('NAME=value', 'NOMBRE=valor'),
  summary: L(
    'Sets an environment variable inside the container; repeat the flag for each variable.',
    'Define una variable de entorno dentro del contenedor; repite la opción para cada variable.',
  ),
};
const workdir: FlagSpec = {
  short: '-w',
  long: '--workdir',
  value: L('path', 'ruta'),
  summary: L(
    'Sets the folder inside the container where the command starts.',
    'Indica la carpeta del contenedor en la que empieza el comando.',
  ),
};
const user: FlagSpec = {
  short: '-u',
  long: '--user',
  value: L('user', 'usuario'),
  summary: L(
    'Runs the command as this user (a name or a numeric ID) instead of the image default.',
    'Ejecuta el comando como este usuario (un nombre o un ID numérico) en lugar del que define la imagen.',
  ),
};
const interactive: FlagSpec = {
  short: '-i',
  long: '--interactive',
  summary: L(
    'Keeps the standard input open so you can type into the program running in the container.',
    'Mantiene abierta la entrada estándar para que puedas escribir al programa que se ejecuta en el contenedor.',
  ),
};
const tty: FlagSpec = {
  short: '-t',
  long: '--tty',
  summary: L(
    'Gives the program a terminal, so a shell shows its prompt and colours; combined with `-i` as `-it`.',
    'Le da una terminal al programa, para que un shell muestre su prompt y sus colores; se combina con `-i` como `-it`.',
  ),
};
const platform: FlagSpec = {
  long: '--platform',
  value: L('os/arch', 'so/arquitectura'),
  summary: L(
    'Chooses the operating system and processor of the image, such as `linux/amd64` or `linux/arm64`.',
    'Elige el sistema operativo y el procesador de la imagen, como `linux/amd64` o `linux/arm64`.',
  ),
};
const follow: FlagSpec = {
  short: '-f',
  long: '--follow',
  summary: L(
    'Keeps printing new log lines as they are written, until you press Ctrl+C.',
    'Sigue mostrando las líneas nuevas de los logs a medida que se escriben, hasta que pulses Ctrl+C.',
  ),
};
const tail: FlagSpec = {
  short: '-n',
  long: '--tail',
  value: L('number', 'número'),
  summary: L(
    'Shows only this many lines from the end of the log.',
    'Muestra solo este número de líneas del final de los logs.',
  ),
};
const timestamps: FlagSpec = {
  short: '-t',
  long: '--timestamps',
  summary: L(
    'Prefixes every log line with the date and time it was written.',
    'Antepone a cada línea de los logs la fecha y la hora en que se escribió.',
  ),
};
const stopTimeout: FlagSpec = {
  short: '-t',
  long: '--timeout',
  value: L('seconds', 'segundos'),
  summary: L(
    'Waits this many seconds for the container to stop cleanly before killing it (10 by default).',
    'Espera estos segundos a que el contenedor se detenga limpiamente antes de forzarlo (10 por defecto).',
  ),
};
const forcePrune: FlagSpec = {
  short: '-f',
  long: '--force',
  summary: L('Deletes without asking for confirmation.', 'Borra sin pedir confirmación.'),
};
// The prune commands spell --filter only in full: their -f is --force.
const pruneFilter = (summary: Localized): FlagSpec => ({
  long: '--filter',
  value: L('key=value', 'clave=valor'),
  summary,
});

const container = (summary: Localized, extra: Partial<ArgumentSpec> = {}): ArgumentSpec => ({
  name: L('container', 'contenedor'),
  summary,
  ...extra,
});
const someContainers = container(
  L(
    'The name or ID of a container; list several to act on all of them.',
    'El nombre o el ID de un contenedor; escribe varios para actuar sobre todos.',
  ),
  {repeatable: true},
);
const imageArg = (summary: Localized, extra: Partial<ArgumentSpec> = {}): ArgumentSpec => ({
  name: L('image', 'imagen'),
  summary,
  ...extra,
});
const serviceArgs: ArgumentSpec = {
  name: L('service', 'servicio'),
  summary: L(
    'A service name from compose.yaml; without one, the command applies to every service.',
    'Un nombre de servicio de compose.yaml; sin él, el comando se aplica a todos los servicios.',
  ),
  optional: true,
  repeatable: true,
};
const volumeNames: ArgumentSpec = {
  name: L('volume', 'volumen'),
  summary: L(
    'The name of a volume; list several to act on all of them.',
    'El nombre de un volumen; escribe varios para actuar sobre todos.',
  ),
  repeatable: true,
};
const networkNames: ArgumentSpec = {
  name: L('network', 'red'),
  summary: L(
    'The name or ID of a network; list several to act on all of them.',
    'El nombre o el ID de una red; escribe varios para actuar sobre todos.',
  ),
  repeatable: true,
};

const imagesFlags: readonly FlagSpec[] = [
  {
    short: '-a',
    long: '--all',
    summary: L(
      'Also lists untagged images, such as the old version left by rebuilding a tag, which Docker 29 and later hide by default, and the intermediate images of builds without BuildKit.',
      'Muestra también las imágenes sin etiqueta, como la versión antigua que queda al reconstruir una etiqueta, que Docker 29 y posteriores ocultan por defecto, y las imágenes intermedias de las construcciones sin BuildKit.',
    ),
  },
  quiet,
  imageFilter,
  format,
  {
    long: '--digests',
    summary: L(
      'Adds a column with the digest, the content hash that identifies each image exactly.',
      'Añade una columna con el digest, el hash del contenido que identifica cada imagen con exactitud.',
    ),
  },
];
const imagesArgs: readonly ArgumentSpec[] = [
  {
    name: L('repository', 'repositorio'),
    summary: L(
      'Lists only the images of this repository, such as `python` or `flask_app`.',
      'Muestra solo las imágenes de este repositorio, como `python` o `flask_app`.',
    ),
    optional: true,
  },
];

const psFlags: readonly FlagSpec[] = [
  {
    short: '-a',
    long: '--all',
    summary: L(
      'Lists every container, including the stopped ones; without it you only see running containers.',
      'Muestra todos los contenedores, también los detenidos; sin ella solo ves los que están en ejecución.',
    ),
  },
  quiet,
  containerFilter,
  format,
  {
    short: '-l',
    long: '--latest',
    summary: L(
      'Shows only the most recently created container.',
      'Muestra solo el último contenedor creado.',
    ),
  },
  {
    short: '-s',
    long: '--size',
    summary: L(
      'Adds the size of each container: its writable layer, then in brackets its virtual size, the writable layer plus the image it uses.',
      'Añade el tamaño de cada contenedor: su capa de escritura y, entre paréntesis, su tamaño virtual, la capa de escritura más la imagen que usa.',
    ),
  },
  {
    long: '--no-trunc',
    summary: L(
      'Shows full IDs and commands instead of cutting them short.',
      'Muestra los ID y los comandos completos en lugar de recortarlos.',
    ),
  },
];

const rmiFlags: readonly FlagSpec[] = [
  {
    short: '-f',
    long: '--force',
    summary: L(
      'Removes the image even if a stopped container still uses it or it has several tags.',
      'Borra la imagen aunque la use un contenedor detenido o tenga varias etiquetas.',
    ),
  },
];
const rmiArgs: readonly ArgumentSpec[] = [
  imageArg(
    L(
      'The image to remove, by name:tag or ID; list several to remove them all.',
      'La imagen que se borra, por nombre:etiqueta o ID; escribe varias para borrarlas todas.',
    ),
    {repeatable: true},
  ),
];

const historyFlags: readonly FlagSpec[] = [
  {
    long: '--no-trunc',
    summary: L(
      'Shows each layer’s full instruction instead of cutting it short.',
      'Muestra completa la instrucción de cada capa en lugar de recortarla.',
    ),
  },
  quiet,
  format,
];

const dockerRun: CommandSpec = {
  name: 'docker run',
  section: 'containers',
  summary: L(
    'Creates a new container from an image and starts it, pulling the image first if it is not on your machine.',
    'Crea un contenedor nuevo a partir de una imagen y lo arranca; si la imagen no está en tu computadora, antes la descarga.',
  ),
  args: [
    imageArg(
      L(
        'The image to create the container from, as name or name:tag.',
        'La imagen a partir de la cual se crea el contenedor, como nombre o nombre:etiqueta.',
      ),
    ),
    {
      name: L('command', 'comando'),
      summary: L(
        'The program to run inside the container, with its own arguments, instead of the image’s default command.',
        'El programa que se ejecuta dentro del contenedor, con sus propios argumentos, en lugar del comando por defecto de la imagen.',
      ),
      optional: true,
      rest: true,
    },
  ],
  flags: [
    interactive,
    tty,
    {
      long: '--rm',
      summary: L(
        'Removes the container automatically when it stops, so it does not pile up in `docker ps -a`.',
        'Borra el contenedor automáticamente cuando se detiene, para que no se acumule en `docker ps -a`.',
      ),
    },
    {
      short: '-d',
      long: '--detach',
      summary: L(
        'Runs the container in the background and prints its ID, giving you your terminal back.',
        'Ejecuta el contenedor en segundo plano e imprime su ID, de modo que recuperas la terminal.',
      ),
    },
    {
      short: '-p',
      long: '--publish',
      value: L('host-port:container-port', 'puerto-anfitrión:puerto-contenedor'),
      summary: L(
        'Publishes a container port on your machine: traffic to the host port is forwarded to the container port.',
        'Publica un puerto del contenedor en tu computadora: lo que llega al puerto del anfitrión se reenvía al puerto del contenedor.',
      ),
    },
    {
      short: '-P',
      long: '--publish-all',
      summary: L(
        'Publishes every port the image exposes, each on a random free port of your machine.',
        'Publica todos los puertos que expone la imagen, cada uno en un puerto libre al azar de tu computadora.',
      ),
    },
    {
      long: '--name',
      value: L('name', 'nombre'),
      summary: L(
        'Gives the container a name you choose, to use instead of its ID in later commands; otherwise Docker picks a random one.',
        'Da al contenedor un nombre elegido por ti, que puedes usar en lugar de su ID en otros comandos; si no, Docker inventa uno.',
      ),
    },
    {
      short: '-v',
      long: '--volume',
      value: L('source:path-in-container', 'origen:ruta-en-contenedor'),
      summary: L(
        'Mounts storage into the container: a volume name gives a named volume, a path on your machine gives a bind mount.',
        'Monta almacenamiento en el contenedor: con un nombre de volumen es un volumen con nombre; con una ruta de tu computadora, un montaje enlazado (bind mount).',
      ),
    },
    {
      long: '--mount',
      value: L('type=…,source=…,target=…', 'type=…,source=…,target=…'),
      summary: L(
        'Mounts a volume or a host folder with explicit `key=value` settings; longer than `-v` but clearer, and it fails instead of creating a missing host folder.',
        'Monta un volumen o una carpeta del anfitrión con ajustes `clave=valor` explícitos; es más largo que `-v` pero más claro, y falla en lugar de crear una carpeta del anfitrión que no existe.',
      ),
    },
    {
      ...envFlag,
      summary: L(
        'Sets an environment variable inside the container, overriding the image’s `ENV` of that name; repeat the flag for each variable. With a name alone, as in `-e PORT`, the container gets the value the variable has in your shell, and no variable at all if your shell has none.',
        'Define una variable de entorno dentro del contenedor, en lugar del `ENV` de ese nombre de la imagen; repite la opción para cada variable. Con solo un nombre, como en `-e PORT`, el contenedor recibe el valor que la variable tiene en tu shell, y ninguna variable si tu shell no la tiene.',
      ),
    },
    {
      long: '--env-file',
      value: L('file', 'archivo'),
      summary: L(
        'Reads environment variables from a file: one `NAME=value` per line, lines starting with `#` are comments, and a line with a name alone takes the value from your shell. Quotes and a `#` after the value become part of the value.',
        'Lee variables de entorno de un archivo: un `NOMBRE=valor` por línea; las líneas que empiezan por `#` son comentarios, y una línea con solo un nombre toma el valor de tu shell. Las comillas y un `#` tras el valor pasan a formar parte del valor.',
      ),
    },
    {
      long: '--network',
      value: L('network', 'red'),
      summary: L(
        'Connects the container to this network. On a network you created, containers reach each other by name; on the default bridge, only by IP address.',
        'Conecta el contenedor a esta red. En una red que creaste, los contenedores se encuentran por su nombre; en la red puente predeterminada, solo por su dirección IP.',
      ),
    },
    workdir,
    user,
    {
      long: '--entrypoint',
      value: L('program', 'programa'),
      summary: L(
        'Replaces the image’s ENTRYPOINT, the program that always runs when the container starts, and clears its CMD: give the program’s arguments after the image name.',
        'Sustituye el ENTRYPOINT de la imagen, el programa que siempre se ejecuta al arrancar el contenedor, y anula su CMD: escribe los argumentos del programa después del nombre de la imagen.',
      ),
    },
    {
      long: '--restart',
      value: L('policy', 'política'),
      summary: L(
        'Tells Docker when to restart the container by itself: no, on-failure, unless-stopped or always.',
        'Indica a Docker cuándo reiniciar el contenedor por su cuenta: no, on-failure, unless-stopped o always.',
      ),
    },
    platform,
    {
      long: '--pull',
      value: L('policy', 'política'),
      summary: L(
        'Chooses when to download the image: missing (the default), always or never.',
        'Elige cuándo se descarga la imagen: missing (por defecto), always o never.',
      ),
    },
    {
      short: '-m',
      long: '--memory',
      value: L('limit', 'límite'),
      summary: L(
        'Limits how much memory the container may use, such as 512m or 1g.',
        'Limita la memoria que puede usar el contenedor, como 512m o 1g.',
      ),
    },
    {
      long: '--cpus',
      value: L('number', 'número'),
      summary: L(
        'Limits how many processor cores the container may use, such as 0.5 or 2.',
        'Limita cuántos núcleos de procesador puede usar el contenedor, como 0.5 o 2.',
      ),
    },
    {
      long: '--read-only',
      summary: L(
        'Makes the container’s own file system read-only; only mounted volumes stay writable.',
        'Hace que el sistema de archivos del contenedor sea de solo lectura; solo los volúmenes montados admiten escritura.',
      ),
    },
    {
      long: '--label',
      value: L('key=value', 'clave=valor'),
      summary: L(
        'Attaches a note to the container that filters and tools can read.',
        'Añade al contenedor una etiqueta de metadatos que los filtros y las herramientas pueden leer.',
      ),
    },
  ],
  example: 'docker run -d -p 8080:5000 --name web flask_app:0.1',
};

export const commands: readonly CommandSpec[] = [
  // Basics
  {
    name: 'docker',
    section: 'basics',
    summary: L(
      'The Docker command-line client: it sends each of your commands to the Docker Engine.',
      'El cliente de línea de comandos de Docker: envía cada una de tus órdenes al Docker Engine.',
    ),
    args: [],
    flags: [
      {
        short: '-v',
        long: '--version',
        summary: L(
          'Prints the version of the Docker client in one line.',
          'Muestra en una línea la versión del cliente de Docker.',
        ),
      },
    ],
    example: 'docker --version',
  },
  {
    name: 'docker version',
    section: 'basics',
    summary: L(
      'Shows the versions of the Docker client and of the Docker Engine it talks to, which proves both work.',
      'Muestra las versiones del cliente de Docker y del Docker Engine con el que habla, lo que demuestra que ambos funcionan.',
    ),
    args: [],
    flags: [formatShort],
    example: 'docker version',
  },
  {
    name: 'docker info',
    section: 'basics',
    summary: L(
      'Shows how the Docker Engine is set up: how many containers and images it holds, its storage driver and more.',
      'Muestra cómo está configurado el Docker Engine: cuántos contenedores e imágenes tiene, su controlador de almacenamiento y más.',
    ),
    args: [],
    flags: [formatShort],
    example: 'docker info',
  },

  // Images
  {
    name: 'docker pull',
    section: 'images',
    summary: L(
      'Downloads an image from a registry (Docker Hub unless the name says otherwise) without running it.',
      'Descarga una imagen de un registro (Docker Hub, salvo que el nombre indique otro) sin ejecutarla.',
    ),
    args: [
      imageArg(
        L(
          'The image to download, as name or name:tag; without a tag Docker uses `latest`.',
          'La imagen que se descarga, como nombre o nombre:etiqueta; sin etiqueta Docker usa `latest`.',
        ),
      ),
    ],
    flags: [
      {
        short: '-a',
        long: '--all-tags',
        summary: L(
          'Downloads every tag of the repository instead of just one.',
          'Descarga todas las etiquetas del repositorio en lugar de una sola.',
        ),
      },
      platform,
      {
        short: '-q',
        long: '--quiet',
        summary: L(
          'Prints only the image name at the end, without the download progress.',
          'Muestra solo el nombre de la imagen al final, sin el progreso de la descarga.',
        ),
      },
    ],
    example: 'docker pull busybox',
  },
  {
    name: 'docker images',
    section: 'images',
    summary: L(
      'Lists the images stored on your machine: the name (repository) and tag of each, its image ID and its size.',
      'Muestra las imágenes guardadas en tu computadora: el nombre (repositorio) y la etiqueta de cada una, su ID de imagen y su tamaño.',
    ),
    args: imagesArgs,
    flags: imagesFlags,
    example: 'docker images',
  },
  {
    name: 'docker image',
    group: true,
    section: 'images',
    summary: L('Groups the commands that manage images.', 'Agrupa los comandos que gestionan imágenes.'),
    args: [],
    flags: [],
  },
  {
    name: 'docker image ls',
    section: 'images',
    sameAs: 'docker images',
    summary: L(
      'Lists the images stored on your machine; the same as `docker images`.',
      'Muestra las imágenes guardadas en tu computadora; es lo mismo que `docker images`.',
    ),
    args: imagesArgs,
    flags: imagesFlags,
    example: 'docker image ls',
  },
  {
    name: 'docker build',
    section: 'images',
    summary: L(
      'Builds an image from a Dockerfile and a build context, reusing cached layers for the steps that did not change.',
      'Construye una imagen a partir de un Dockerfile y un contexto de construcción, y reutiliza de la caché las capas de los pasos que no cambiaron.',
    ),
    args: [
      {
        name: L('context', 'contexto'),
        summary: L(
          'The build context: the folder whose files the Dockerfile can `COPY`; a dot means the current folder.',
          'El contexto de construcción: la carpeta cuyos archivos puede copiar (`COPY`) el Dockerfile; un punto significa la carpeta actual.',
        ),
      },
    ],
    flags: [
      {
        short: '-t',
        long: '--tag',
        value: L('name:tag', 'nombre:etiqueta'),
        summary: L(
          'Names the new image, with an optional tag after a colon (`latest` if you leave it out).',
          'Da nombre a la imagen nueva, con una etiqueta opcional tras dos puntos (`latest` si no la pones).',
        ),
      },
      {
        short: '-f',
        long: '--file',
        value: L('file', 'archivo'),
        summary: L(
          'Uses this Dockerfile instead of the file named Dockerfile in the build context.',
          'Usa este Dockerfile en lugar del archivo llamado Dockerfile del contexto de construcción.',
        ),
      },
      {
        long: '--no-cache',
        summary: L(
          'Runs every step again instead of reusing cached layers.',
          'Vuelve a ejecutar todos los pasos en lugar de reutilizar las capas de la caché.',
        ),
      },
      {
        long: '--pull',
        summary: L(
          'Downloads the newest version of the base image before building, even if an older one is on your machine.',
          'Descarga la versión más reciente de la imagen base antes de construir, aunque haya una anterior en tu computadora.',
        ),
      },
      {
        long: '--build-arg',
        value: L('NAME=value', 'NOMBRE=valor'),
        summary: L(
          'Sets a value for an `ARG` instruction of the Dockerfile. The value is written in the image’s history, for anyone who has the image to read: never pass a secret this way.',
          'Da un valor a una instrucción `ARG` del Dockerfile. El valor queda escrito en el historial de la imagen, a la vista de cualquiera que tenga la imagen: nunca pases un secreto así.',
        ),
      },
      {
        long: '--secret',
        value: L('id=name,src=file', 'id=nombre,src=archivo'),
        summary: L(
          'Lends the build a secret, read from a file (`src=`) or from an environment variable of your shell (`env=`). Only a `RUN --mount=type=secret,id=name` step can read it, while it runs; it never becomes part of the image.',
          'Presta a la construcción un secreto, leído de un archivo (`src=`) o de una variable de entorno de tu shell (`env=`). Solo un paso `RUN --mount=type=secret,id=nombre` puede leerlo, mientras se ejecuta; nunca pasa a formar parte de la imagen.',
        ),
      },
      {
        long: '--target',
        value: L('stage', 'etapa'),
        summary: L(
          'Builds only up to this named stage of a multi-stage Dockerfile.',
          'Construye solo hasta esta etapa con nombre de un Dockerfile de varias etapas.',
        ),
      },
      platform,
      {
        long: '--progress',
        value: L('type', 'tipo'),
        summary: L(
          'Chooses how build output is shown; `plain` prints every line of every step.',
          'Elige cómo se muestra la salida de la construcción; `plain` imprime todas las líneas de cada paso.',
        ),
      },
      {
        long: '--push',
        summary: L(
          'Uploads the new image to the registry named in its `-t` name as soon as it is built; a multi-platform image reaches a registry this way.',
          'Sube la imagen nueva al registro que indica su nombre de `-t` en cuanto está construida; así llega a un registro una imagen multiplataforma.',
        ),
      },
      {
        short: '-q',
        long: '--quiet',
        summary: L('Prints only the ID of the new image.', 'Muestra solo el ID de la imagen nueva.'),
      },
    ],
    example: 'docker build -t flask_app:0.1 .',
  },
  {
    name: 'docker history',
    section: 'images',
    summary: L(
      'Lists the layers of an image, newest first, with the instruction that created each one and its size.',
      'Muestra las capas de una imagen, de la más nueva a la más antigua, con la instrucción que creó cada una y su tamaño.',
    ),
    args: [imageArg(L('The image whose layers you want to see.', 'La imagen cuyas capas quieres ver.'))],
    flags: historyFlags,
    example: 'docker history postgres:18',
  },
  {
    name: 'docker image history',
    section: 'images',
    sameAs: 'docker history',
    summary: L(
      'Lists the layers of an image; the same as `docker history`.',
      'Muestra las capas de una imagen; es lo mismo que `docker history`.',
    ),
    args: [imageArg(L('The image whose layers you want to see.', 'La imagen cuyas capas quieres ver.'))],
    flags: historyFlags,
    example: 'docker image history alpine:3.24',
  },
  {
    name: 'docker rmi',
    section: 'images',
    summary: L(
      'Removes images from your machine; an image still used by a container cannot be removed until that container is gone.',
      'Borra imágenes de tu computadora; una imagen que todavía usa un contenedor no se puede borrar hasta que ese contenedor desaparezca.',
    ),
    args: rmiArgs,
    flags: rmiFlags,
    example: 'docker rmi busybox',
  },
  {
    name: 'docker image rm',
    section: 'images',
    sameAs: 'docker rmi',
    summary: L(
      'Removes images from your machine; the same as `docker rmi`.',
      'Borra imágenes de tu computadora; es lo mismo que `docker rmi`.',
    ),
    args: rmiArgs,
    flags: rmiFlags,
    example: 'docker image rm busybox',
  },
  {
    name: 'docker commit',
    section: 'images',
    summary: L(
      'Saves the current state of a container, its writable layer included, as a new image.',
      'Guarda el estado actual de un contenedor, incluida su capa de escritura, como una imagen nueva.',
    ),
    args: [
      container(
        L(
          'The container whose changes become the new image.',
          'El contenedor cuyos cambios forman la imagen nueva.',
        ),
      ),
      {
        name: L('repository:tag', 'repositorio:etiqueta'),
        summary: L(
          'The name and optional tag of the new image.',
          'El nombre y la etiqueta opcional de la imagen nueva.',
        ),
        optional: true,
      },
    ],
    flags: [
      {
        short: '-m',
        long: '--message',
        value: L('message', 'mensaje'),
        summary: L(
          'Records a note saying what changed, shown by `docker history`.',
          'Guarda una nota que dice qué cambió y que muestra `docker history`.',
        ),
      },
      {
        short: '-a',
        long: '--author',
        value: L('author', 'autor'),
        summary: L('Records who made the image.', 'Guarda quién creó la imagen.'),
      },
      {
        short: '-c',
        long: '--change',
        value: L('instruction', 'instrucción'),
        summary: L(
          'Applies a Dockerfile instruction to the new image, such as `CMD` or `ENV`.',
          'Aplica una instrucción de Dockerfile a la imagen nueva, como `CMD` o `ENV`.',
        ),
      },
    ],
    example: 'docker commit <container> my-ubuntu:with-curl',
  },
  {
    name: 'docker search',
    section: 'images',
    summary: L(
      'Searches Docker Hub for images whose name or description matches a word.',
      'Busca en Docker Hub imágenes cuyo nombre o descripción contiene una palabra.',
    ),
    args: [{name: L('term', 'término'), summary: L('The word to search for.', 'La palabra que se busca.')}],
    flags: [
      {
        short: '-f',
        long: '--filter',
        value: L('key=value', 'clave=valor'),
        summary: L(
          'Keeps only matching results, for example `is-official=true` for official images.',
          'Deja solo los resultados que cumplen la condición, por ejemplo `is-official=true` para las imágenes oficiales.',
        ),
      },
      {
        long: '--limit',
        value: L('number', 'número'),
        summary: L('Shows at most this many results.', 'Muestra como mucho este número de resultados.'),
      },
    ],
    example: 'docker search --filter is-official=true python',
  },

  // Containers
  dockerRun,
  {
    name: 'docker ps',
    section: 'containers',
    summary: L(
      'Lists running containers with their ID, image, command, age, status, published ports and name.',
      'Muestra los contenedores en ejecución con su ID, imagen, comando, antigüedad, estado, puertos publicados y nombre.',
    ),
    args: [],
    flags: psFlags,
    example: 'docker ps -a',
  },
  {
    name: 'docker container',
    group: true,
    section: 'containers',
    summary: L(
      'Groups the commands that manage containers.',
      'Agrupa los comandos que gestionan contenedores.',
    ),
    args: [],
    flags: [],
  },
  {
    name: 'docker container ls',
    section: 'containers',
    sameAs: 'docker ps',
    summary: L(
      'Lists containers; the same as `docker ps`.',
      'Muestra los contenedores; es lo mismo que `docker ps`.',
    ),
    args: [],
    flags: psFlags,
    example: 'docker container ls -a',
  },
  {
    name: 'docker create',
    section: 'containers',
    summary: L(
      'Creates a container from an image without starting it; start it later with `docker start`.',
      'Crea un contenedor a partir de una imagen sin arrancarlo; lo arrancas después con `docker start`.',
    ),
    args: dockerRun.args,
    flags: dockerRun.flags.filter((flag) => flag.long !== '--detach' && flag.long !== '--rm'),
    example: 'docker create --name web -p 8080:5000 flask_app:0.1',
  },
  {
    name: 'docker start',
    section: 'containers',
    summary: L(
      'Starts stopped containers again, with the same settings and files they had.',
      'Vuelve a arrancar contenedores detenidos, con la misma configuración y los mismos archivos que tenían.',
    ),
    args: [someContainers],
    flags: [
      {
        short: '-a',
        long: '--attach',
        summary: L(
          'Shows the container’s output in your terminal instead of returning at once.',
          'Muestra la salida del contenedor en tu terminal en lugar de volver enseguida.',
        ),
      },
      {
        short: '-i',
        long: '--interactive',
        summary: L(
          'Connects your keyboard to the container’s standard input.',
          'Conecta tu teclado a la entrada estándar del contenedor.',
        ),
      },
    ],
    example: 'docker start web',
  },
  {
    name: 'docker stop',
    section: 'containers',
    summary: L(
      'Stops running containers gracefully: the main process gets a signal to finish, and is killed if it does not stop in time.',
      'Detiene contenedores en ejecución de forma ordenada: el proceso principal recibe una señal para terminar y se fuerza si no se detiene a tiempo.',
    ),
    args: [someContainers],
    flags: [
      stopTimeout,
      {
        short: '-s',
        long: '--signal',
        value: L('signal', 'señal'),
        summary: L(
          'Sends this signal instead of the default: the image’s STOPSIGNAL if it sets one (the course’s image sets SIGINT), otherwise SIGTERM.',
          'Envía esta señal en lugar de la señal por defecto: el STOPSIGNAL de la imagen si define uno (la imagen del curso define SIGINT) y, si no, SIGTERM.',
        ),
      },
    ],
    example: 'docker stop web',
  },
  {
    name: 'docker restart',
    section: 'containers',
    summary: L('Stops containers and starts them again.', 'Detiene contenedores y los vuelve a arrancar.'),
    args: [someContainers],
    flags: [stopTimeout],
    example: 'docker restart web',
  },
  {
    name: 'docker kill',
    section: 'containers',
    summary: L(
      'Stops running containers at once, without giving their process time to finish cleanly.',
      'Detiene contenedores en ejecución al instante, sin dar tiempo a su proceso para terminar limpiamente.',
    ),
    args: [someContainers],
    flags: [
      {
        short: '-s',
        long: '--signal',
        value: L('signal', 'señal'),
        summary: L('Sends this signal instead of SIGKILL.', 'Envía esta señal en lugar de SIGKILL.'),
      },
    ],
    example: 'docker kill web',
  },
  {
    name: 'docker rm',
    section: 'containers',
    summary: L(
      'Removes stopped containers together with their writable layer; the image they came from stays.',
      'Borra contenedores detenidos junto con su capa de escritura; la imagen de la que salieron se conserva.',
    ),
    args: [someContainers],
    flags: [
      {
        short: '-f',
        long: '--force',
        summary: L(
          'Stops a running container first and then removes it.',
          'Detiene primero un contenedor en ejecución y después lo borra.',
        ),
      },
      {
        short: '-v',
        long: '--volumes',
        summary: L(
          'Also removes the anonymous volumes of the container; named volumes are always kept.',
          'Borra también los volúmenes anónimos del contenedor; los volúmenes con nombre siempre se conservan.',
        ),
      },
    ],
    example: 'docker rm <container>',
  },
  {
    name: 'docker container rm',
    section: 'containers',
    sameAs: 'docker rm',
    summary: L(
      'Removes stopped containers; the same as `docker rm`.',
      'Borra contenedores detenidos; es lo mismo que `docker rm`.',
    ),
    args: [someContainers],
    flags: [
      {
        short: '-f',
        long: '--force',
        summary: L(
          'Stops a running container first and then removes it.',
          'Detiene primero un contenedor en ejecución y después lo borra.',
        ),
      },
    ],
    example: 'docker container rm web',
  },
  {
    name: 'docker rename',
    section: 'containers',
    summary: L('Gives a container a new name.', 'Da un nombre nuevo a un contenedor.'),
    args: [
      container(L('The container to rename.', 'El contenedor al que se cambia el nombre.')),
      {
        name: L('new-name', 'nombre-nuevo'),
        summary: L('The new name of the container.', 'El nombre nuevo del contenedor.'),
      },
    ],
    flags: [],
    example: 'docker rename web web-old',
  },
  {
    name: 'docker port',
    section: 'containers',
    summary: L(
      'Shows which ports of your machine are published to the ports of a container.',
      'Muestra qué puertos de tu computadora están publicados hacia los puertos de un contenedor.',
    ),
    args: [
      container(
        L(
          'The container whose published ports you want to see.',
          'El contenedor cuyos puertos publicados quieres ver.',
        ),
      ),
    ],
    flags: [],
    example: 'docker port web',
  },

  // Debugging
  {
    name: 'docker logs',
    section: 'debugging',
    summary: L(
      'Shows what a container’s main process printed to its standard output and error, even after the container stopped.',
      'Muestra lo que el proceso principal de un contenedor escribió en su salida estándar y de error, incluso después de que el contenedor se detuviera.',
    ),
    args: [
      container(
        L(
          'The name or ID of the container whose output you want to read.',
          'El nombre o el ID del contenedor cuya salida quieres leer.',
        ),
      ),
    ],
    flags: [
      follow,
      tail,
      timestamps,
      {
        long: '--since',
        value: L('time', 'tiempo'),
        summary: L(
          'Shows only lines written after this moment, such as 10m for the last ten minutes.',
          'Muestra solo las líneas escritas después de ese momento, como 10m para los últimos diez minutos.',
        ),
      },
    ],
    example: 'docker logs -f web',
  },
  {
    name: 'docker exec',
    section: 'debugging',
    summary: L(
      'Runs an extra command inside a container that is already running, such as a shell to look around.',
      'Ejecuta un comando más dentro de un contenedor que ya está en marcha, por ejemplo un shell para echar un vistazo.',
    ),
    args: [
      container(L('The running container to enter.', 'El contenedor en ejecución en el que se entra.')),
      {
        name: L('command', 'comando'),
        summary: L(
          'The program to run inside the container, with its own arguments.',
          'El programa que se ejecuta dentro del contenedor, con sus propios argumentos.',
        ),
        rest: true,
      },
    ],
    flags: [
      interactive,
      tty,
      {
        short: '-d',
        long: '--detach',
        summary: L('Runs the command in the background.', 'Ejecuta el comando en segundo plano.'),
      },
      envFlag,
      workdir,
      user,
    ],
    example: 'docker exec -it web sh',
  },
  {
    name: 'docker inspect',
    section: 'debugging',
    summary: L(
      'Prints everything Docker knows about a container, image, volume or network as JSON: state, exit code, mounts, network address and more.',
      'Imprime en JSON todo lo que Docker sabe de un contenedor, imagen, volumen o red: estado, código de salida, montajes, dirección de red y más.',
    ),
    args: [
      {
        name: L('object', 'objeto'),
        summary: L(
          'The name or ID of what to inspect; list several to inspect them all.',
          'El nombre o el ID de lo que se inspecciona; escribe varios para inspeccionarlos todos.',
        ),
        repeatable: true,
      },
    ],
    flags: [
      formatShort,
      {
        long: '--type',
        value: L('type', 'tipo'),
        summary: L(
          'Says what kind of object the name refers to (container, image, volume, network) when a name is shared.',
          'Indica a qué tipo de objeto se refiere el nombre (container, image, volume, network) cuando un nombre se repite.',
        ),
      },
      {
        short: '-s',
        long: '--size',
        summary: L(
          'Adds the size of a container’s files to the output.',
          'Añade a la salida el tamaño de los archivos de un contenedor.',
        ),
      },
    ],
    example: 'docker inspect --format "{{.State.ExitCode}}" web',
  },
  {
    name: 'docker diff',
    section: 'debugging',
    summary: L(
      'Lists the files a container added (A), changed (C) or deleted (D) compared with its image.',
      'Muestra los archivos que un contenedor añadió (A), cambió (C) o borró (D) respecto a su imagen.',
    ),
    args: [
      container(
        L('The container whose changes you want to see.', 'El contenedor cuyos cambios quieres ver.'),
      ),
    ],
    flags: [],
    example: 'docker diff <container>',
  },
  {
    name: 'docker top',
    section: 'debugging',
    summary: L(
      'Lists the processes running inside a container.',
      'Muestra los procesos que se ejecutan dentro de un contenedor.',
    ),
    args: [container(L('The running container to look into.', 'El contenedor en ejecución que se examina.'))],
    flags: [],
    example: 'docker top web',
  },
  {
    name: 'docker stats',
    section: 'debugging',
    summary: L(
      'Shows live CPU, memory, network and disk use of running containers.',
      'Muestra en directo el uso de CPU, memoria, red y disco de los contenedores en ejecución.',
    ),
    args: [
      container(
        L(
          'Limits the view to these containers; without one, all running containers are shown.',
          'Limita la vista a estos contenedores; sin ninguno, se muestran todos los que están en ejecución.',
        ),
        {
          optional: true,
          repeatable: true,
        },
      ),
    ],
    flags: [
      {
        long: '--no-stream',
        summary: L(
          'Prints the numbers once and returns instead of refreshing them.',
          'Muestra las cifras una vez y termina en lugar de actualizarlas.',
        ),
      },
      {
        short: '-a',
        long: '--all',
        summary: L('Includes stopped containers.', 'Incluye los contenedores detenidos.'),
      },
    ],
    example: 'docker stats --no-stream',
  },
  {
    name: 'docker cp',
    section: 'debugging',
    summary: L(
      'Copies files between a container and your machine, in either direction; write container:path for the container side.',
      'Copia archivos entre un contenedor y tu computadora, en cualquier sentido; escribe contenedor:ruta para el lado del contenedor.',
    ),
    args: [
      {
        name: L('source', 'origen'),
        summary: L(
          'What to copy: a path on your machine or container:path.',
          'Lo que se copia: una ruta de tu computadora o contenedor:ruta.',
        ),
      },
      {
        name: L('destination', 'destino'),
        summary: L(
          'Where to copy it: a path on your machine or container:path.',
          'Adónde se copia: una ruta de tu computadora o contenedor:ruta.',
        ),
      },
    ],
    flags: [],
    example: 'docker cp web:/app/app.py ./app.py',
  },

  // Volumes
  {
    name: 'docker volume',
    group: true,
    section: 'volumes',
    summary: L('Groups the commands that manage volumes.', 'Agrupa los comandos que gestionan volúmenes.'),
    args: [],
    flags: [],
  },
  {
    name: 'docker volume create',
    section: 'volumes',
    summary: L(
      'Creates a named volume: storage managed by Docker that outlives the containers using it.',
      'Crea un volumen con nombre: almacenamiento gestionado por Docker que sobrevive a los contenedores que lo usan.',
    ),
    args: [
      {
        name: L('name', 'nombre'),
        summary: L(
          'The name of the new volume; without one, Docker makes up a long random name.',
          'El nombre del volumen nuevo; sin él, Docker inventa un nombre largo al azar.',
        ),
        optional: true,
      },
    ],
    flags: [
      {
        short: '-d',
        long: '--driver',
        value: L('driver', 'controlador'),
        summary: L(
          'Chooses where the volume stores its data; local, the default, keeps it on this machine.',
          'Elige dónde guarda sus datos el volumen; local, el valor por defecto, los guarda en esta computadora.',
        ),
      },
      {
        long: '--label',
        value: L('key=value', 'clave=valor'),
        summary: L(
          'Attaches a note to the volume that filters can read.',
          'Añade al volumen una etiqueta de metadatos que los filtros pueden leer.',
        ),
      },
    ],
    example: 'docker volume create pgdata',
  },
  {
    name: 'docker volume ls',
    section: 'volumes',
    summary: L('Lists the volumes on your machine.', 'Muestra los volúmenes de tu computadora.'),
    args: [],
    flags: [quietVolumeNames, volumeFilter, format],
    example: 'docker volume ls',
  },
  {
    name: 'docker volume inspect',
    section: 'volumes',
    summary: L(
      'Prints the details of volumes as JSON, including the Mountpoint where Docker keeps the data.',
      'Imprime en JSON los detalles de volúmenes, incluido el Mountpoint donde Docker guarda los datos.',
    ),
    args: [volumeNames],
    flags: [formatShort],
    example: 'docker volume inspect pgdata',
  },
  {
    name: 'docker volume rm',
    section: 'volumes',
    summary: L(
      'Deletes volumes and all the data in them; a volume used by a container cannot be removed.',
      'Borra volúmenes y todos sus datos; un volumen que usa un contenedor no se puede borrar.',
    ),
    args: [volumeNames],
    flags: [
      {
        short: '-f',
        long: '--force',
        summary: L('Does not fail when the volume does not exist.', 'No falla cuando el volumen no existe.'),
      },
    ],
    example: 'docker volume rm pgdata',
  },
  {
    name: 'docker volume prune',
    section: 'cleanup',
    summary: L(
      'Deletes unused anonymous volumes and their data; with `--all`, unused named volumes too.',
      'Borra los volúmenes anónimos sin usar y sus datos; con `--all`, también los volúmenes con nombre sin usar.',
    ),
    args: [],
    flags: [
      {
        short: '-a',
        long: '--all',
        summary: L(
          'Also deletes named volumes that no container uses.',
          'Borra también los volúmenes con nombre que ningún contenedor usa.',
        ),
      },
      pruneFilter(
        L(
          'Deletes only the volumes that match a condition, such as `label=temp`; volumes accept no `until` filter.',
          'Borra solo los volúmenes que cumplen una condición, como `label=temp`; los volúmenes no admiten el filtro `until`.',
        ),
      ),
      forcePrune,
    ],
    example: 'docker volume prune',
  },

  // Networks
  {
    name: 'docker network',
    group: true,
    section: 'networks',
    summary: L('Groups the commands that manage networks.', 'Agrupa los comandos que gestionan redes.'),
    args: [],
    flags: [],
  },
  {
    name: 'docker network ls',
    section: 'networks',
    summary: L(
      'Lists the networks containers can join, including the default bridge and those Compose creates.',
      'Muestra las redes a las que pueden unirse los contenedores, incluida la red bridge por defecto y las que crea Compose.',
    ),
    args: [],
    flags: [quiet, networkFilter, format],
    example: 'docker network ls',
  },
  {
    name: 'docker network create',
    section: 'networks',
    summary: L(
      'Creates a user-defined network, on which containers reach each other by name, which the default bridge does not allow.',
      'Crea una red definida por el usuario, en la que los contenedores se encuentran por su nombre, algo que la red puente predeterminada no permite.',
    ),
    args: [
      {name: L('name', 'nombre'), summary: L('The name of the new network.', 'El nombre de la red nueva.')},
    ],
    flags: [
      {
        short: '-d',
        long: '--driver',
        value: L('driver', 'controlador'),
        summary: L(
          'Chooses the kind of network; bridge, the default, links containers on one machine.',
          'Elige el tipo de red; bridge, el valor por defecto, une contenedores que se ejecutan en un mismo anfitrión.',
        ),
      },
    ],
    example: 'docker network create app-net',
  },
  {
    name: 'docker network inspect',
    section: 'networks',
    summary: L(
      'Prints the details of networks as JSON, including the containers attached and their addresses.',
      'Imprime en JSON los detalles de redes, incluidos los contenedores conectados y sus direcciones.',
    ),
    args: [networkNames],
    flags: [formatShort],
    example: 'docker network inspect app-net',
  },
  {
    name: 'docker network connect',
    section: 'networks',
    summary: L(
      'Connects a container to one more network, even while it runs, without a restart; it stays on the networks it was already on.',
      'Conecta un contenedor a una red más, incluso mientras está en marcha y sin reiniciarlo; sigue en las redes en las que ya estaba.',
    ),
    args: [
      {
        name: L('network', 'red'),
        summary: L('The name or ID of the network to join.', 'El nombre o el ID de la red a la que se une.'),
      },
      container(
        L('The name or ID of the container to connect.', 'El nombre o el ID del contenedor que se conecta.'),
      ),
    ],
    flags: [
      {
        long: '--alias',
        value: L('name', 'nombre'),
        summary: L(
          'Gives the container an extra name on this network, which other containers on it can use as well as its container name.',
          'Da al contenedor un nombre adicional en esta red, que los demás contenedores de la red pueden usar además de su nombre de contenedor.',
        ),
      },
    ],
    example: 'docker network connect app-net web',
  },
  {
    name: 'docker network disconnect',
    section: 'networks',
    summary: L(
      'Takes a container off a network, without stopping it; containers on that network can no longer reach it.',
      'Saca un contenedor de una red, sin detenerlo; los contenedores de esa red ya no pueden llegar a él.',
    ),
    args: [
      {
        name: L('network', 'red'),
        summary: L('The name or ID of the network to leave.', 'El nombre o el ID de la red que se abandona.'),
      },
      container(
        L(
          'The name or ID of the container to disconnect.',
          'El nombre o el ID del contenedor que se desconecta.',
        ),
      ),
    ],
    flags: [],
    example: 'docker network disconnect app-net web',
  },
  {
    name: 'docker network rm',
    section: 'networks',
    summary: L(
      'Deletes networks that no container is using.',
      'Borra redes que ningún contenedor está usando.',
    ),
    args: [networkNames],
    flags: [],
    example: 'docker network rm app-net',
  },

  // Compose
  {
    name: 'docker compose',
    group: true,
    section: 'compose',
    summary: L(
      'Runs an application made of several containers, described as services in a compose.yaml file.',
      'Ejecuta una aplicación formada por varios contenedores, descritos como servicios en un archivo compose.yaml.',
    ),
    args: [],
    flags: [
      {
        short: '-f',
        long: '--file',
        value: L('file', 'archivo'),
        summary: L(
          'Uses this Compose file instead of compose.yaml in the current folder.',
          'Usa este archivo de Compose en lugar de compose.yaml de la carpeta actual.',
        ),
      },
      {
        short: '-p',
        long: '--project-name',
        value: L('name', 'nombre'),
        summary: L(
          'Names the project, which prefixes its containers, networks and volumes (the folder name by default).',
          'Da nombre al proyecto, que se antepone a sus contenedores, redes y volúmenes (por defecto, el nombre de la carpeta).',
        ),
      },
      {
        long: '--env-file',
        value: L('file', 'archivo'),
        summary: L(
          'Reads the values that fill in the Compose file’s `${NAME}` from this file instead of `.env`; they do not reach the containers unless the file passes them on.',
          'Lee de este archivo, en lugar de `.env`, los valores que completan los `${NOMBRE}` del archivo de Compose; no llegan a los contenedores salvo que el archivo los pase.',
        ),
      },
    ],
  },
  {
    name: 'docker compose up',
    section: 'compose',
    summary: L(
      'Creates the network, volumes and containers of every service in compose.yaml and starts them, building images where the file says so.',
      'Crea la red, los volúmenes y los contenedores de cada servicio de compose.yaml y los arranca, construyendo las imágenes donde el archivo lo indica.',
    ),
    args: [serviceArgs],
    flags: [
      {
        short: '-d',
        long: '--detach',
        summary: L(
          'Starts the services in the background and gives you your terminal back.',
          'Arranca los servicios en segundo plano y te devuelve la terminal.',
        ),
      },
      {
        long: '--build',
        summary: L(
          'Builds the images again before starting, so your latest code changes are used.',
          'Vuelve a construir las imágenes antes de arrancar, para que se usen tus últimos cambios de código.',
        ),
      },
      {
        long: '--force-recreate',
        summary: L(
          'Replaces the containers even if their settings did not change.',
          'Sustituye los contenedores aunque su configuración no haya cambiado.',
        ),
      },
      {
        long: '--remove-orphans',
        summary: L(
          'Removes containers of services that are no longer in the Compose file.',
          'Borra los contenedores de servicios que ya no están en el archivo de Compose.',
        ),
      },
      {
        long: '--wait',
        summary: L(
          'Waits until the services are running and healthy before returning; it implies `--detach`.',
          'Espera a que los servicios estén en marcha y sanos antes de terminar; implica `--detach`.',
        ),
      },
    ],
    example: 'docker compose up -d --build',
  },
  {
    name: 'docker compose down',
    section: 'compose',
    summary: L(
      'Stops and removes the containers and the network of the project; volumes are kept unless you add `-v`.',
      'Detiene y borra los contenedores y la red del proyecto; los volúmenes se conservan salvo que añadas `-v`.',
    ),
    args: [],
    flags: [
      {
        short: '-v',
        long: '--volumes',
        summary: L(
          'Also deletes the project’s volumes, and with them the data they hold.',
          'Borra también los volúmenes del proyecto, y con ellos los datos que guardan.',
        ),
      },
      {
        long: '--rmi',
        value: L('local|all', 'local|all'),
        summary: L(
          'Also removes images: local removes those built without a tag, all removes every image the services use.',
          'Borra también imágenes: local borra las construidas sin etiqueta, all borra todas las imágenes que usan los servicios.',
        ),
      },
      {
        long: '--remove-orphans',
        summary: L(
          'Removes containers of services that are no longer in the Compose file.',
          'Borra los contenedores de servicios que ya no están en el archivo de Compose.',
        ),
      },
      stopTimeout,
    ],
    example: 'docker compose down',
  },
  {
    name: 'docker compose ps',
    section: 'compose',
    summary: L(
      'Lists the containers of the project with their service, status and published ports.',
      'Muestra los contenedores del proyecto con su servicio, estado y puertos publicados.',
    ),
    args: [serviceArgs],
    flags: [
      {
        short: '-a',
        long: '--all',
        summary: L(
          'Includes stopped containers of the project.',
          'Incluye los contenedores detenidos del proyecto.',
        ),
      },
      quiet,
      {
        long: '--services',
        summary: L('Prints only the service names.', 'Muestra solo los nombres de los servicios.'),
      },
      format,
    ],
    example: 'docker compose ps',
  },
  {
    name: 'docker compose logs',
    section: 'compose',
    summary: L(
      'Shows the output of the project’s services, each line prefixed with the service it came from.',
      'Muestra la salida de los servicios del proyecto; cada línea lleva delante el servicio del que viene.',
    ),
    args: [serviceArgs],
    flags: [follow, tail, timestamps],
    example: 'docker compose logs -f web',
  },
  {
    name: 'docker compose build',
    section: 'compose',
    summary: L(
      'Builds the images of the services that have a build section, without starting anything.',
      'Construye las imágenes de los servicios que tienen una sección build, sin arrancar nada.',
    ),
    args: [serviceArgs],
    flags: [
      {
        long: '--no-cache',
        summary: L(
          'Runs every step again instead of reusing cached layers.',
          'Vuelve a ejecutar todos los pasos en lugar de reutilizar las capas de la caché.',
        ),
      },
      {
        long: '--pull',
        summary: L(
          'Downloads the newest version of each base image first.',
          'Descarga primero la versión más reciente de cada imagen base.',
        ),
      },
    ],
    example: 'docker compose build',
  },
  {
    name: 'docker compose exec',
    section: 'compose',
    summary: L(
      'Runs a command inside the running container of a service, by service name.',
      'Ejecuta un comando dentro del contenedor en marcha de un servicio, usando el nombre del servicio.',
    ),
    args: [
      {
        name: L('service', 'servicio'),
        summary: L(
          'The service whose container you enter, as named in compose.yaml.',
          'El servicio en cuyo contenedor entras, con el nombre de compose.yaml.',
        ),
      },
      {
        name: L('command', 'comando'),
        summary: L(
          'The program to run inside the container, with its own arguments.',
          'El programa que se ejecuta dentro del contenedor, con sus propios argumentos.',
        ),
        rest: true,
      },
    ],
    flags: [
      {
        short: '-T',
        long: '--no-TTY',
        summary: L(
          'Runs without a terminal, as scripts need; Compose gives one by default.',
          'Ejecuta sin terminal, como necesitan los scripts; Compose asigna una por defecto.',
        ),
      },
      envFlag,
      workdir,
      user,
    ],
    example: 'docker compose exec redis redis-cli ping',
  },
  {
    name: 'docker compose run',
    section: 'compose',
    summary: L(
      'Starts a new one-off container for a service to run a single command, such as a database migration.',
      'Arranca un contenedor nuevo y puntual de un servicio para ejecutar un solo comando, como una migración de base de datos.',
    ),
    args: [
      {
        name: L('service', 'servicio'),
        summary: L('The service to start a container for.', 'El servicio del que se arranca un contenedor.'),
      },
      {
        name: L('command', 'comando'),
        summary: L(
          'The program to run instead of the service’s usual command.',
          'El programa que se ejecuta en lugar del comando habitual del servicio.',
        ),
        optional: true,
        rest: true,
      },
    ],
    flags: [
      {
        long: '--rm',
        summary: L(
          'Removes the container when the command ends.',
          'Borra el contenedor cuando termina el comando.',
        ),
      },
      envFlag,
      {
        short: '-d',
        long: '--detach',
        summary: L(
          'Runs the container in the background and prints its name.',
          'Ejecuta el contenedor en segundo plano e imprime su nombre.',
        ),
      },
    ],
    example: 'docker compose run --rm web python3 --version',
  },
  {
    name: 'docker compose stop',
    section: 'compose',
    summary: L(
      'Stops the services’ containers without removing them; `docker compose start` runs them again.',
      'Detiene los contenedores de los servicios sin borrarlos; `docker compose start` los vuelve a arrancar.',
    ),
    args: [serviceArgs],
    flags: [stopTimeout],
    example: 'docker compose stop',
  },
  {
    name: 'docker compose start',
    section: 'compose',
    summary: L(
      'Starts the stopped containers of the services again.',
      'Vuelve a arrancar los contenedores detenidos de los servicios.',
    ),
    args: [serviceArgs],
    flags: [],
    example: 'docker compose start',
  },
  {
    name: 'docker compose restart',
    section: 'compose',
    summary: L(
      'Stops and starts the services’ containers again.',
      'Detiene y vuelve a arrancar los contenedores de los servicios.',
    ),
    args: [serviceArgs],
    flags: [stopTimeout],
    example: 'docker compose restart web',
  },
  {
    name: 'docker compose pull',
    section: 'compose',
    summary: L(
      'Downloads the images of the services from their registries, for example before a deploy.',
      'Descarga de sus registros las imágenes de los servicios, por ejemplo antes de un despliegue.',
    ),
    args: [serviceArgs],
    flags: [
      {
        short: '-q',
        long: '--quiet',
        summary: L('Pulls without showing progress.', 'Descarga sin mostrar el progreso.'),
      },
    ],
    example: 'docker compose pull',
  },
  {
    name: 'docker compose push',
    section: 'compose',
    summary: L(
      'Uploads the images of the services to their registries; each service needs an `image:` name that says where, with the registry and repository.',
      'Sube a sus registros las imágenes de los servicios; cada servicio necesita un nombre `image:` que diga adónde, con el registro y el repositorio.',
    ),
    args: [serviceArgs],
    flags: [],
    example: 'docker compose push',
  },
  {
    name: 'docker compose config',
    section: 'compose',
    summary: L(
      'Checks the Compose file and prints it the way Compose understands it, with variables filled in.',
      'Comprueba el archivo de Compose y lo muestra tal como lo entiende Compose, con las variables sustituidas.',
    ),
    args: [],
    flags: [
      {
        short: '-q',
        long: '--quiet',
        summary: L(
          'Only checks the file: prints nothing when it is valid.',
          'Solo comprueba el archivo: no muestra nada si es válido.',
        ),
      },
      {
        long: '--services',
        summary: L('Prints only the service names.', 'Muestra solo los nombres de los servicios.'),
      },
    ],
    example: 'docker compose config --quiet',
  },
  {
    name: 'docker compose version',
    section: 'compose',
    summary: L('Shows the version of the Compose plugin.', 'Muestra la versión del complemento Compose.'),
    args: [],
    flags: [],
    example: 'docker compose version',
  },

  // Registries
  {
    name: 'docker login',
    section: 'registries',
    summary: L(
      'Signs in to a registry so you can push images and pull private ones; Docker Hub unless you name a server.',
      'Inicia sesión en un registro para poder subir imágenes y descargar las privadas; Docker Hub salvo que indiques un servidor.',
    ),
    args: [
      {
        name: L('server', 'servidor'),
        summary: L(
          'The registry address, such as a private registry in your cloud account.',
          'La dirección del registro, como un registro privado de tu cuenta en la nube.',
        ),
        optional: true,
      },
    ],
    flags: [
      {
        short: '-u',
        long: '--username',
        value: L('user', 'usuario'),
        summary: L(
          'The account name to sign in with; Docker then asks for the password, where you paste an access token. Without it, Docker Hub sign-in goes through the browser, with a one-time code.',
          'El nombre de la cuenta con la que se inicia sesión; después Docker pide la contraseña, donde pegas un token de acceso. Sin ella, el inicio de sesión en Docker Hub pasa por el navegador, con un código de un solo uso.',
        ),
      },
      {
        long: '--password-stdin',
        summary: L(
          'Reads the password or access token from standard input, usually through a pipe, so it never appears on screen or in your shell history.',
          'Lee la contraseña o el token de acceso de la entrada estándar, normalmente a través de una tubería, para que nunca aparezca en pantalla ni en el historial del shell.',
        ),
      },
    ],
    example: 'docker login -u <username>',
  },
  {
    name: 'docker logout',
    section: 'registries',
    summary: L(
      'Signs out of a registry and deletes the credentials stored on this computer; an access token stays valid until you revoke it on the registry’s website.',
      'Cierra la sesión en un registro y borra las credenciales guardadas en esta computadora; un token de acceso sigue siendo válido hasta que lo revocas en el sitio web del registro.',
    ),
    args: [
      {
        name: L('server', 'servidor'),
        summary: L(
          'The registry address; Docker Hub if you leave it out.',
          'La dirección del registro; Docker Hub si no la indicas.',
        ),
        optional: true,
      },
    ],
    flags: [],
    example: 'docker logout',
  },
  {
    name: 'docker tag',
    section: 'registries',
    summary: L(
      'Gives an existing image another name and tag, such as the registry address it will be pushed to; no data is copied.',
      'Da a una imagen existente otro nombre y otra etiqueta, como la dirección del registro al que se subirá; no se copia ningún dato.',
    ),
    args: [
      imageArg(
        L('The existing image, as name:tag or ID.', 'La imagen existente, como nombre:etiqueta o ID.'),
      ),
      {
        name: L('new-name:tag', 'nombre-nuevo:etiqueta'),
        summary: L(
          'The additional name, usually `registry/repository:tag`.',
          'El nombre adicional, normalmente `registro/repositorio:etiqueta`.',
        ),
      },
    ],
    flags: [],
    example: 'docker tag flask_app:0.1 <registry>/flask_app:0.1',
  },
  {
    name: 'docker push',
    section: 'registries',
    summary: L(
      'Uploads an image to the registry named in its tag; layers the registry already has are not sent again.',
      'Sube una imagen al registro que indica su nombre; las capas que el registro ya tiene no se vuelven a enviar.',
    ),
    args: [
      imageArg(
        L(
          'The image to upload, as `registry/repository:tag`.',
          'La imagen que se sube, como `registro/repositorio:etiqueta`.',
        ),
      ),
    ],
    flags: [
      {
        short: '-a',
        long: '--all-tags',
        summary: L('Uploads every tag of the repository.', 'Sube todas las etiquetas del repositorio.'),
      },
      {
        short: '-q',
        long: '--quiet',
        summary: L('Uploads without showing progress.', 'Sube sin mostrar el progreso.'),
      },
    ],
    example: 'docker push <registry>/flask_app:0.1',
  },

  // Cleanup
  {
    name: 'docker system',
    group: true,
    section: 'cleanup',
    summary: L(
      'Groups the commands about Docker as a whole.',
      'Agrupa los comandos sobre Docker en su conjunto.',
    ),
    args: [],
    flags: [],
  },
  {
    name: 'docker system df',
    section: 'cleanup',
    summary: L(
      'Shows how much disk space images, containers, volumes and the build cache take, and how much could be reclaimed.',
      'Muestra cuánto disco ocupan las imágenes, los contenedores, los volúmenes y la caché de construcción, y cuánto se podría recuperar.',
    ),
    args: [],
    flags: [
      {
        short: '-v',
        long: '--verbose',
        summary: L(
          'Lists the space used by each image, container, volume and build cache entry.',
          'Detalla el espacio que usa cada imagen, contenedor, volumen y entrada de la caché de construcción.',
        ),
      },
    ],
    example: 'docker system df',
  },
  {
    name: 'docker system prune',
    section: 'cleanup',
    summary: L(
      'Deletes stopped containers, unused networks, dangling images and unused build cache, after asking you to confirm; volumes only with `--volumes`.',
      'Borra los contenedores detenidos, las redes sin usar, las imágenes huérfanas (dangling) y la caché de construcción sin usar, tras pedirte confirmación; los volúmenes, solo con `--volumes`.',
    ),
    args: [],
    flags: [
      {
        short: '-a',
        long: '--all',
        summary: L(
          'Also deletes every image that no container uses, not only dangling ones.',
          'Borra también todas las imágenes que ningún contenedor usa, no solo las huérfanas.',
        ),
      },
      {
        long: '--volumes',
        summary: L(
          'Also deletes unused anonymous volumes, and the data in them; named volumes are kept.',
          'Borra también los volúmenes anónimos sin usar, y los datos que contienen; los volúmenes con nombre se conservan.',
        ),
      },
      pruneFilter(
        L(
          'Deletes only what matches a condition, such as `until=24h` (containers, images and networks created more than 24 hours ago) or `label=temp`.',
          'Borra solo lo que cumple una condición, como `until=24h` (contenedores, imágenes y redes creados hace más de 24 horas) o `label=temp`.',
        ),
      ),
      forcePrune,
    ],
    example: 'docker system prune',
  },
  {
    name: 'docker image prune',
    section: 'cleanup',
    summary: L(
      'Deletes dangling images, the untagged leftovers of rebuilds that no container uses; with `-a`, every image no container uses.',
      'Borra las imágenes huérfanas (dangling), los restos sin etiqueta de las reconstrucciones que ningún contenedor usa; con `-a`, todas las imágenes que no usa ningún contenedor.',
    ),
    args: [],
    flags: [
      {
        short: '-a',
        long: '--all',
        summary: L(
          'Deletes every image that no container uses, running or stopped, not only dangling ones.',
          'Borra todas las imágenes que no usa ningún contenedor, en ejecución o detenido, no solo las huérfanas.',
        ),
      },
      pruneFilter(
        L(
          'Deletes only the images that match a condition, such as `until=24h` (created more than 24 hours ago: for a pulled image, when it was built, not when you pulled it) or `label=temp`.',
          'Borra solo las imágenes que cumplen una condición, como `until=24h` (creadas hace más de 24 horas: para una imagen descargada, cuando se construyó, no cuando la descargaste) o `label=temp`.',
        ),
      ),
      forcePrune,
    ],
    example: 'docker image prune',
  },
  {
    name: 'docker container prune',
    section: 'cleanup',
    summary: L(
      'Deletes every stopped container and its writable layer; running containers are kept.',
      'Borra todos los contenedores detenidos y su capa de escritura; los que están en ejecución se conservan.',
    ),
    args: [],
    flags: [
      pruneFilter(
        L(
          'Deletes only the stopped containers that match a condition, such as `until=24h` (created more than 24 hours ago) or `label=temp`.',
          'Borra solo los contenedores detenidos que cumplen una condición, como `until=24h` (creados hace más de 24 horas) o `label=temp`.',
        ),
      ),
      forcePrune,
    ],
    example: 'docker container prune',
  },
  {
    name: 'docker network prune',
    section: 'cleanup',
    summary: L(
      'Deletes every network that no container uses; Docker’s own `bridge`, `host` and `none` networks are never removed.',
      'Borra todas las redes que no usa ningún contenedor; las redes propias de Docker, `bridge`, `host` y `none`, nunca se borran.',
    ),
    args: [],
    flags: [
      pruneFilter(
        L(
          'Deletes only the networks that match a condition, such as `until=24h` (created more than 24 hours ago) or `label=temp`.',
          'Borra solo las redes que cumplen una condición, como `until=24h` (creadas hace más de 24 horas) o `label=temp`.',
        ),
      ),
      forcePrune,
    ],
    example: 'docker network prune',
  },
  {
    name: 'docker builder',
    group: true,
    section: 'cleanup',
    summary: L(
      'Groups the commands that manage the builder and its build cache.',
      'Agrupa los comandos que gestionan el constructor y su caché de construcción.',
    ),
    args: [],
    flags: [],
  },
  {
    name: 'docker builder prune',
    section: 'cleanup',
    summary: L(
      'Deletes build cache, the layers BuildKit keeps to make later builds faster; without `-a`, only the dangling part.',
      'Borra caché de construcción, las capas que BuildKit guarda para acelerar las construcciones siguientes; sin `-a`, solo la parte huérfana.',
    ),
    args: [],
    flags: [
      {
        short: '-a',
        long: '--all',
        summary: L(
          'Deletes all the build cache that no running build uses, not only the dangling part, so the next builds start from scratch.',
          'Borra toda la caché de construcción que no usa ninguna construcción en curso, no solo la parte huérfana, así que las siguientes construcciones empiezan de cero.',
        ),
      },
      pruneFilter(
        L(
          'Deletes only the cache that matches a condition, such as `until=24h` (not used in the last 24 hours).',
          'Borra solo la caché que cumple una condición, como `until=24h` (sin usar en las últimas 24 horas).',
        ),
      ),
      forcePrune,
    ],
    example: 'docker builder prune',
  },
];

/** Accepted by every command: Docker prints the command's own help. */
export const helpFlag: FlagSpec = {
  long: '--help',
  summary: L(
    'Prints the help of this command, with every option it accepts, instead of running it.',
    'Muestra la ayuda de este comando, con todas las opciones que acepta, en lugar de ejecutarlo.',
  ),
};

/** The live catalog entry for a command name such as `docker run`, or undefined. */
export function findCommand(name: string): CommandSpec | undefined {
  return findIn(commands, name);
}
