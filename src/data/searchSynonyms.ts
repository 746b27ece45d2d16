/**
 * Words students type for the words the course uses, per language: a page whose title, headings or keywords use
 * one word of a group is also found by the others (plugins/search-keywords adds them to the page's keywords).
 * Words are matched whole and without case; write them with their accents, and each form a heading uses (lunr
 * stems, but "elimina" and "borrar" share no stem). A student who leaves out an accent is still found: the search
 * forgives one wrong letter per word.
 */
export const SEARCH_SYNONYMS: Record<'en' | 'es', string[][]> = {
  en: [
    ['remove', 'delete', 'erase'],
    ['removes', 'deletes'],
    ['removed', 'deleted'],
    ['disappears', 'is lost', 'is removed'],
    ['stopped', 'exited'],
    ['shell', 'terminal', 'console', 'bash'],
    ['reclaim', 'free'],
    ['and', 'vs', 'versus'],
    ['push', 'upload', 'publish'],
    ['pull', 'download'],
    ['compose.yaml', 'compose file'],
    ['smaller', 'reduce', 'shrink'],
  ],
  es: [
    ['elimina', 'eliminar', 'borra', 'borrar', 'quita', 'quitar', 'suprimir'],
    ['detenidos', 'parados'],
    ['detenido', 'parado'],
    ['shell', 'terminal', 'consola', 'bash'],
    ['abre', 'abrir', 'entra', 'entrar'],
    ['recupera', 'libera', 'liberar'],
    ['y', 'vs', 'versus'],
    ['sube', 'subir', 'push'],
    ['comparte', 'compartir', 'sube', 'subir', 'publica', 'publicar'],
    ['descarga', 'descargar', 'bajar', 'pull'],
    ['reduce', 'reducir', 'achica', 'más pequeña'],
    ['compose.yaml', 'archivo compose', 'archivo de compose'],
    ['puerto', 'puertos', 'port'],
    ['compilación', 'construcción', 'build'],
    ['logs', 'registros de salida'],
    ['nombre', 'name'],
  ],
};

/**
 * What a page teaches in words it does not use: the error messages students paste or translate, keyed by the doc's
 * path in any edition. They join the page's keywords like its front matter's (which a released edition can no
 * longer change).
 */
export const SEARCH_KEYWORDS: Record<string, Record<'en' | 'es', string[]>> = {
  'hands-on/install-docker': {
    en: ['permission denied', 'docker daemon socket', 'cannot connect to the docker daemon'],
    es: ['permiso denegado', 'permission denied', 'no puede conectar con el daemon de docker'],
  },
  'hands-on/debugging': {
    en: ['container name is already in use', 'conflict'],
    es: [
      'el nombre del contenedor ya está en uso',
      'container name is already in use',
      'conflicto de nombre',
    ],
  },
  'hands-on/share-on-docker-hub': {
    en: ['exec format error', 'pull access denied', 'requested access to the resource is denied'],
    es: ['exec format error', 'error de formato', 'acceso denegado', 'pull access denied'],
  },
};
