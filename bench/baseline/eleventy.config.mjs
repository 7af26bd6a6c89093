/**
 * The benchmark's baseline: plain Eleventy, out of the box, rendering the same articles as
 * Markdown pages with one Nunjucks layout. No plugins, no pagination, no collections
 * configured; Eleventy's defaults otherwise (Markdown pre-processed by Liquid, every page
 * in `collections.all`, a page at /<file-name>/).
 *
 * bench/run.ts writes a stripped copy of the corpus (no date line, no front matter; the
 * title as a Markdown heading) with this folder's _includes/ into a temporary folder, and
 * runs:  eleventy --config=bench/baseline/eleventy.config.mjs --input=COPY --output=DIR
 */
export default function (eleventyConfig) {
  eleventyConfig.addGlobalData('layout', 'layout.njk');
  eleventyConfig.setQuietMode(true);
}

export const config = {
  templateFormats: ['md'],
  htmlTemplateEngine: 'njk',
};
