// Stands in for `@code-translations/<prefix>`: the mocked translate() reads every string from
// i18n/<locale>/code.json already, so the strings a component imports need not be added.
export {};
