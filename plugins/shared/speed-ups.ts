/**
 * The speed-ups, one plugin each, by folder name. docusaurus.config.ts leaves out the one SITE_ABLATE names, so
 * `npm run bench -- --ablate` can measure what each is worth (README, "What each speed-up is worth").
 */
export const SPEED_UPS = [
  'search-bar-without-lunr',
  'prism-with-code-blocks',
  'slim-prism',
  'hydration-in-short-tasks',
  'route-chunks',
  'translations-with-components',
  'first-paint-first',
] as const;

export type SpeedUp = (typeof SPEED_UPS)[number];
