/** Matches an `&` that starts something a parser would read as a character reference. */
export const CHARACTER_REFERENCE_AHEAD =
  /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g;
