const RTL_LANGUAGES = new Set([
  "ar",
  "arc",
  "ckb",
  "dv",
  "fa",
  "ha",
  "he",
  "iw",
  "khw",
  "ks",
  "ku",
  "ps",
  "sd",
  "ug",
  "ur",
  "yi",
]);
const RTL_SCRIPTS = new Set(["arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg"]);

/** The writing direction of a BCP 47 language tag: `rtl` for Arabic, Hebrew, Persian, Urdu, …. */
export function textDirection(language: string): "ltr" | "rtl" {
  const [primary = "", second = ""] = language.toLowerCase().split("-");
  if (second.length === 4) return RTL_SCRIPTS.has(second) ? "rtl" : "ltr";
  return RTL_LANGUAGES.has(primary) ? "rtl" : "ltr";
}
