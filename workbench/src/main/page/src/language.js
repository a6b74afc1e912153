// The language in Monaco: brackets and comments, a Monarch tokenizer for what the server's semantic tokens do not
// colour (comments, texts), and a theme for the semantic tokens the server sends (keywords, table keys, numbers,
// ${…} references).
export function registerGongkai(monaco) {
  monaco.languages.register({ id: 'gongkai', extensions: ['.gongkai'] });
  monaco.languages.setLanguageConfiguration('gongkai', {
    comments: { lineComment: '//', blockComment: ['/*', '*/'] },
    brackets: [['{', '}'], ['<', '>']],
    autoClosingPairs: [{ open: '{', close: '}' }, { open: '<', close: '>' }, { open: '"', close: '"', notIn: ['string'] }],
  });
  monaco.languages.setMonarchTokensProvider('gongkai', {
    tokenizer: {
      root: [
        [/\/\/.*$/, 'comment'],
        [/\/\*/, 'comment', '@comment'],
        [/"/, 'string', '@text'],
        [/“/, 'string', '@curly'],
        [/\d{4}-\d{2}-\d{2}/, 'number'],
        [/[+-]?\d[\d,]*(\.\d+)?/, 'number'],
      ],
      comment: [[/\*\//, 'comment', '@pop'], [/./, 'comment']],
      text: [[/\$\{[^}]*\}/, 'variable'], [/\\./, 'string'], [/"/, 'string', '@pop'], [/[^"\\$]+/, 'string'], [/./, 'string']],
      curly: [[/”/, 'string', '@pop'], [/[^”]+/, 'string']],
    },
  });
  monaco.editor.defineTheme('gongkai', {
    base: 'vs',
    inherit: true,
    rules: [
      { token: 'keyword', foreground: 'a61b1b', fontStyle: 'bold' },
      { token: 'property', foreground: '0b5cad' },
      { token: 'number', foreground: '107c10' },
      { token: 'variable', foreground: '8a3ffc', fontStyle: 'underline' },
      { token: 'string', foreground: '4a4f57' },
      { token: 'comment', foreground: '8a8f98', fontStyle: 'italic' },
    ],
    colors: {},
  });
}

/**
 * Editor options; those for Chinese input methods: no accessibility mode, no ligatures, no letter spacing; and no
 * boxes around Chinese punctuation.
 */
export const editorOptions = {
  language: 'gongkai',
  theme: 'gongkai',
  automaticLayout: true,
  accessibilitySupport: 'off',
  fontLigatures: false,
  letterSpacing: 0,
  fontFamily: '"Noto Sans Mono CJK SC", "Sarasa Mono SC", "Microsoft YaHei Mono", Consolas, monospace',
  fontSize: 14,
  wordWrap: 'on',
  minimap: { enabled: false },
  // completion is the server's: the words of the report's own texts would bury its keywords
  wordBasedSuggestions: 'off',
  'semanticHighlighting.enabled': true,
  lightbulb: { enabled: 'on' },
  fixedOverflowWidgets: true,
  // a report is written in full-width punctuation (，：（）；), which Monaco would box as look-alikes of ASCII;
  // invisible characters (a zero-width space pasted from a web page) are still boxed
  unicodeHighlight: { ambiguousCharacters: false, nonBasicASCII: false, invisibleCharacters: true },
};
