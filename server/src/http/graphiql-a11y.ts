// GraphiQL 3 as shipped fails axe-core on a few points (a tab list whose tabs hold buttons, editors'
// textareas without a label, secondary text under 4.5:1, an unfocusable scroll region). The page
// adds this stylesheet and this script, which patch the rendered page as it changes, so the query
// console passes axe's serious and critical rules like the explorer does.

/** Secondary and tertiary text at full strength, the primary pink a shade darker: 4.5:1 on white. */
export const GRAPHIQL_A11Y_CSS = `
.graphiql-container, body { --alpha-secondary: 1; --alpha-tertiary: 0.92; --color-primary: 320, 95%, 33%; --color-info: 208, 100%, 32%; --color-warning: 30, 100%, 28%; --color-success: 158, 60%, 24%; --color-tertiary: 188, 100%, 24%; }
.cm-s-graphiql .cm-comment, .cm-s-graphiql .cm-punctuation { color: hsl(219, 28%, 32%) !important; }
`;

/** Names for the editors, a plain group for the tabs (their buttons stay buttons), focusable scroll areas. */
export const GRAPHIQL_A11Y_JS = `
(() => {
  const EDITORS = [['graphiql-query-editor', 'Query editor'], ['graphiql-editor-tool', 'Variables or headers editor'], ['result-window', 'Response']];
  const patch = () => {
    for (const [cls, name] of EDITORS)
      for (const ta of document.querySelectorAll('.' + cls + ' textarea:not([aria-label])')) ta.setAttribute('aria-label', name);
    for (const ta of document.querySelectorAll('textarea:not([aria-label])')) ta.setAttribute('aria-label', 'Editor');
    for (const list of document.querySelectorAll('[role="tablist"].graphiql-tabs')) list.setAttribute('role', 'group');
    for (const tab of document.querySelectorAll('.graphiql-tabs > [role="tab"]')) {
      tab.setAttribute('role', 'none');
      if (tab.hasAttribute('aria-selected')) {
        if (tab.getAttribute('aria-selected') === 'true') tab.setAttribute('aria-current', 'true');
        else tab.removeAttribute('aria-current');
        tab.removeAttribute('aria-selected');
      }
    }
    for (const el of document.querySelectorAll('.CodeMirror-scroll[tabindex="-1"]')) el.setAttribute('tabindex', '0');
  };
  new MutationObserver(patch).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['role', 'aria-selected', 'tabindex'] });
  patch();
})();
`;
