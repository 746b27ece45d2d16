/**
 * `import '@code-translations/<group>'` adds a group of translated strings (ids `<group>.…`) to those
 * `translate()` reads; the chunk that imports it carries them. See plugins/translations-with-components.
 */
declare module '@code-translations/*';
