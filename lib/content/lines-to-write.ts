import { stringify } from "yaml";

/*
 * Lines of fields that messages tell authors to write, built by the `yaml` package so that a value
 * needing quotes (`"a: b"`, `"12"`) gets them and one that does not (`rose gold`) stays as typed.
 */
const FLOW = { collectionStyle: "flow", flowCollectionPadding: false, lineWidth: 0 } as const;

/** `tags: [silver, chains]`: a list on one line. */
export function listLine(field: string, items: readonly string[]): string {
  return `${field}: ${stringify(items, FLOW).trim()}`;
}

/** `website: https://ada.example`, `  alt: "A ring: gold"`: one field, quoted only if it needs it. */
export function fieldLine(field: string, value: string, indent = ""): string {
  return `${indent}${field}: ${stringify(value, FLOW).trim()}`;
}

/** `"#1 opal ring"`: a value put in double quotes, whatever it holds. */
export function quotedValue(value: string): string {
  return stringify(value, { ...FLOW, defaultStringType: "QUOTE_DOUBLE" }).trim();
}

/** `title: "Ring #5 of our eternity series"`: one field whose value is put in double quotes, whatever it holds. */
export function quotedFieldLine(field: string, value: string, indent = ""): string {
  return `${indent}${field}: ${quotedValue(value)}`;
}

/** `  - rose gold`: one item of a list written one item a line. */
export function itemLine(item: string): string {
  return `  - ${stringify(item, FLOW).trim()}`;
}

/** `silver, chains` → `["silver", "chains"]`: a list written without its brackets, split where the author put commas. */
export function commaItems(text: string): string[] {
  return text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/** `avatar: { src: /images/ring.jpg, alt: A ring }`: a group of fields on one line. */
export function groupLine(field: string, values: Readonly<Record<string, string>>): string {
  return `${field}: ${stringify(values, { ...FLOW, flowCollectionPadding: true }).trim()}`;
}
