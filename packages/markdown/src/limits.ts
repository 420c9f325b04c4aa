/**
 * The limits `fromMarkdown` keeps a file within, so that reading it takes time linear in its size
 * and bounded memory. Each is far above what a real article needs; a file over one gets an error
 * naming the line and what to change, and is not read further. The Markdown reader (marked) and
 * the YAML reader (yaml) slow down faster than the input grows on a few shapes; these keep those
 * shapes from reaching them at a size where it shows.
 */

/**
 * Keys, explicit `?` keys and flow-collection entries in the front matter. yaml's duplicate-key
 * check compares every key of a map with every other.
 */
export const MAX_FRONT_MATTER_KEYS = 1_000;

/**
 * Lines in the Markdown body. Every block, list item and table row takes at least one, so this
 * bounds the tokens marked holds in memory at once (a real article has a few hundred).
 */
export const MAX_BODY_LINES = 20_000;

/**
 * Characters in the body that can start an inline element or a table cell: `\ < [ ! * _ ~ \` | @ :`
 * and `http`, `www.`. marked makes a token of each before a word of the article is read, and a
 * token, with what the article makes of it, takes a few hundred bytes; this keeps a 5 MB file of
 * code spans or links within memory. A real article has a few hundred.
 */
export const MAX_INLINE_MARKUP = 100_000;

/**
 * Block quotes and list items open inside each other on one line (`> > - x`, `- - - x`), with
 * two columns of indentation counted as a level. marked reads each level again, and deep
 * nesting ends in a stack overflow. The model itself nests two deep at most (a list in a fact box).
 */
export const MAX_NESTING_DEPTH = 8;

/**
 * Unescaped runs of `*`, `_` and `~` in one paragraph, heading, list item or table cell. marked
 * looks for each opening run's closer through the rest of the text.
 */
export const MAX_EMPHASIS_DELIMITER_RUNS = 200;

/**
 * Characters that end marked's plain-text scan (`* _ ~ \` !` and `http`, `www.`) inside one word:
 * a run of letters, digits and `.!#$%&'*+/=?_\`{|}~-` without spaces. At each one marked reads
 * the rest of the word again, looking for an e-mail address.
 */
export const MAX_BREAKS_PER_WORD = 64;
