/*
 * html-validate configuration for the built site (checked by tests/site/html-validate.test.ts;
 * by hand: `npm run build && npx html-validate "_site/**\/*.html"`).
 * A .cjs file rather than .htmlvalidate.json so each relaxed rule can carry its reason:
 * html-validate's config schema rejects unknown keys such as "$comment".
 * Everything in html-validate:recommended applies except what is listed here.
 */
module.exports = {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // eleventy.config.ts writes `<!doctype html>`; the keyword is case-insensitive: require it one way.
    'doctype-style': ['error', { style: 'lowercase' }],
    // Preact's renderer writes void elements as `<meta/>`: require that, consistently.
    'void-style': ['error', { style: 'selfclose' }],
    // Lists are named (`<ul aria-label="People and organisations">`): WAI-ARIA lets authors name role=list.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
    // An article page's title is its headline (up to 120 characters) plus the site name, on purpose.
    'long-title': 'off',
  },
};
