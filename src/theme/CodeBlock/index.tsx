import {Prism} from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import CodeBlock from '@theme-original/CodeBlock';
import {separateHydration} from '@site/src/components/separateHydration';

// The classic theme registers the extra languages on every page; plugins/main-bundle moves that here, so
// Prism loads with the first code block and pages without code never download it.
prismIncludeLanguages(Prism);

// Highlighting a block again in the browser is the costliest part of hydrating a page with code.
export default separateHydration(CodeBlock, 'CodeBlock');
