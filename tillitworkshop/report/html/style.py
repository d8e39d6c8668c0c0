"""The HTML summary's one stylesheet, inline in the file: calm on screen, A4 on paper.

Every colour pair here meets WCAG AA (4.5:1 for text): ink #1d2430 and muted #5b6573 on
white and on the pale zebra rows, white on navy.
"""

CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #ffffff; color: #1d2430;
  font: 16px/1.5 "DejaVu Sans", "Noto Sans", "Segoe UI", system-ui, sans-serif; }
header, nav, main { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 2rem; }
.label { color: #5b6573; letter-spacing: .08em; font-size: .8rem; margin: 0; }
h1 { color: #1f3a5f; font-size: 2rem; line-height: 1.2; margin: .25rem 0; }
.subtitle { font-size: 1.15rem; margin: 0 0 1rem; }
h2 { color: #1f3a5f; font-size: 1.5rem; margin: 2.5rem 0 .5rem; padding-bottom: .25rem;
  border-bottom: 2px solid #d5dbe3; }
h3 { color: #1f3a5f; font-size: 1.2rem; margin: 1.5rem 0 .4rem; }
h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
.lead { font-size: 1.05rem; }
.quote { border-left: 4px solid #2a7f8e; margin: .5rem 0; padding: .1rem 0 .1rem .8rem;
  font-style: italic; }
.muted, .small { color: #5b6573; }
.small { font-size: .9rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.facts dt { font-weight: bold; color: #5b6573; }
dl.facts dd { margin: 0; }
dl.byline { margin: .2rem 0; color: #5b6573; }
dl.byline dt, dl.byline dd { display: inline; margin: 0; }
dl.byline dd::after { content: " · "; }
dl.byline dd:last-child::after { content: ""; }
table { border-collapse: collapse; margin: .75rem 0 1rem; width: 100%; }
caption { text-align: left; font-weight: bold; padding: .25rem 0; color: #1d2430; }
th, td { padding: .35rem .5rem; vertical-align: top; text-align: left;
  border-bottom: 1px solid #d5dbe3; }
thead th { background: #1f3a5f; color: #ffffff; }
tbody tr:nth-child(even) { background: #f2f5f8; }
.wide { overflow-x: auto; }
table.heat, table.counts { font-size: .85rem; }
table.heat td, table.counts td { text-align: center; min-width: 2.6rem; }
table.heat th[scope=col], table.counts th[scope=col] { hyphens: auto; font-size: .8rem; }
td.widest { outline: 3px solid #1d2430; outline-offset: -3px; }
tr.spread th, tr.total th { font-weight: bold; }
.legend { font-size: .9rem; color: #5b6573; }
.swatch { display: inline-block; min-width: 1.6rem; min-height: 1.3em; text-align: center;
  margin-right: 2px; border-radius: 2px; vertical-align: middle; }
.hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }
svg.chart { max-width: 100%; height: auto; display: block; margin: .5rem 0; }
ul, ol { padding-left: 1.5rem; }
li { margin: .2rem 0; }
li ul { list-style: "– "; }
a { color: #1f3a5f; }
article.commitment { margin: 1rem 0 1.5rem; }
@media print {
  @page { size: A4; margin: 18mm 20mm; }
  body { font-size: 10.5pt; }
  header, nav, main { max-width: none; padding: 0; }
  nav { display: none; }
  .wide { overflow: visible; }
  h2 { break-before: auto; }
  h2, h3, h4, caption { break-after: avoid; page-break-after: avoid; }
  tr, li, article.commitment { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  td, .swatch, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
"""
