/**
 * Finds HTML/JSX start tags and their attributes in a page or a component, tolerating JSX expressions
 * (`src={url}`, `{...props}`) and tags spread over several lines. Not a parser: enough to check what
 * a tag loads and whether an image has alt text.
 */
export interface TagAttribute {
  name: string;
  /** The literal value (`"x"`, `'x'`, `{'x'}`, ``{`x`}``), or `undefined` when it is computed or absent. */
  value?: string;
  /** Written as a JSX expression that is not a plain literal, e.g. `alt={translate(...)}`. */
  computed: boolean;
  index: number;
}

export interface Tag {
  name: string;
  index: number;
  attributes: TagAttribute[];
  /** `{...props}` may carry any attribute. */
  hasSpread: boolean;
}

/** Index just past the `}` matching the `{` at `start`, skipping strings and nested braces. */
function skipBraces(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (char === '"' || char === "'" || char === '`') {
      const end = text.indexOf(char, i + 1);
      if (end === -1) return text.length;
      i = end;
    } else if (char === '{') {
      depth += 1;
    } else if (char === '}') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

const LITERAL_EXPRESSION = /^\{\s*(["'`])([\s\S]*)\1\s*\}$/;

/**
 * Start tags named `names` (lowercase HTML elements). Case-sensitive on purpose: in JSX and MDX,
 * `<Link href="https://…">` is a component rendering a text link, not a `<link>` element.
 */
export function findTags(text: string, names: readonly string[]): Tag[] {
  const tags: Tag[] = [];
  const start = new RegExp(`<(${names.join('|')})(?=[\\s/>])`, 'g');
  for (const match of text.matchAll(start)) {
    const tag: Tag = {name: match[1], index: match.index, attributes: [], hasSpread: false};
    let i = match.index + match[0].length;
    while (i < text.length) {
      while (/\s/.test(text[i] ?? '')) i++;
      if (text[i] === '>' || text.startsWith('/>', i) || i >= text.length) break;
      if (text[i] === '{') {
        const end = skipBraces(text, i);
        if (/^\{\s*\.\.\./.test(text.slice(i, end))) tag.hasSpread = true;
        i = end;
        continue;
      }
      const name = /^[^\s=/>{]+/.exec(text.slice(i))?.[0];
      if (!name) {
        i++;
        continue;
      }
      const attribute: TagAttribute = {name, computed: false, index: i};
      i += name.length;
      while (/\s/.test(text[i] ?? '')) i++;
      if (text[i] === '=') {
        i++;
        while (/\s/.test(text[i] ?? '')) i++;
        const quote = text[i];
        if (quote === '"' || quote === "'") {
          const end = text.indexOf(quote, i + 1);
          attribute.value = text.slice(i + 1, end === -1 ? undefined : end);
          i = end === -1 ? text.length : end + 1;
        } else if (quote === '{') {
          const end = skipBraces(text, i);
          const literal = LITERAL_EXPRESSION.exec(text.slice(i, end));
          if (literal && !(literal[1] === '`' && literal[2].includes('${'))) attribute.value = literal[2];
          else attribute.computed = true;
          i = end;
        } else {
          const value = /^[^\s>]+/.exec(text.slice(i))?.[0] ?? '';
          attribute.value = value;
          i += value.length;
        }
      } else {
        attribute.value = ''; // a bare attribute, like `alt` with no value
      }
      tag.attributes.push(attribute);
    }
    tags.push(tag);
  }
  return tags;
}

export function getAttribute(tag: Tag, ...names: string[]): TagAttribute | undefined {
  const wanted = names.map((name) => name.toLowerCase());
  return tag.attributes.find((attribute) => wanted.includes(attribute.name.toLowerCase()));
}
