// Stands in for the classic theme's Prism client module (see ./index.ts): src/theme/CodeBlock registers the
// extra languages when the first code block loads.
export {};
