import type { YAMLError } from "yaml";
import { quote } from "./printable";

const QUOTES_EXAMPLE = '`title: "Gold: a Buyer\'s Guide"`';

/** What each of the YAML parser's complaints means for someone who writes `field: value` lines. */
const MEANINGS: Record<string, string> = {
  TAB_AS_INDENT: "starts with a tab; indent with spaces only (two spaces, like `  alt: A silver ring`)",
  BAD_INDENT: "is not lined up with the lines around it; indent the lines of a list, or of a group like `cover:`, by the same two spaces",
  MISSING_CHAR: `opens a quote or a bracket that is never closed; check that every \`"\` and \`[\` has its partner, like ${QUOTES_EXAMPLE}`,
  BAD_SCALAR_START: "starts its value with a character that has a special meaning here; put the value in double quotes, like `title: \"@ the bench\"`",
  BAD_DQ_ESCAPE: "has a backslash inside double quotes; write two backslashes (`\\\\`) for one, or use single quotes",
  DUPLICATE_KEY: "repeats a field that is already written above; keep only one of the two lines",
  MULTIPLE_DOCS: "holds a second `---`; the fields end at the first `---` after the top line",
};

const DEFAULT_MEANING = `cannot be read as \`field: value\`; if a value holds a colon followed by a space, or starts with a punctuation mark, put it in double quotes, like ${QUOTES_EXAMPLE}`;

/** One sentence for a parser error: the line, what is wrong there in plain words, and the line as written. */
export function describeYamlError(error: YAMLError, line: number, written: string | undefined): string {
  const meaning = MEANINGS[error.code] ?? DEFAULT_MEANING;
  const shown = written === undefined || written.trim() === "" ? "" : ` (it reads ${quote(written)})`;
  return `line ${line}${shown} ${meaning}`;
}
