import XMLBuilder from "fast-xml-builder";
import { xmlText } from "./xml-text";

/** An XML element: its name, its attributes, then its children (elements or text) in order. */
export type XmlElement = { name: string; attributes: Readonly<Record<string, string>>; children: readonly XmlChild[] };
export type XmlChild = XmlElement | string;

/** `<name attributes…>children…</name>`; an attribute left undefined is left out. */
export function xml(name: string, attributes: Readonly<Record<string, string | undefined>> = {}, ...children: XmlChild[]): XmlElement {
  const defined = Object.entries(attributes).flatMap(([key, value]) => (value === undefined ? [] : [[key, value] as const]));
  return { name, attributes: Object.fromEntries(defined), children };
}

type BuilderNode = { [name: string]: BuilderNode[] | Record<string, string> } | { "#text": string };

const ATTRIBUTE = "@_";

/** fast-xml-builder's ordered form, with every text and attribute value stripped of what XML forbids. */
function toBuilder(element: XmlElement): BuilderNode {
  const children = element.children.map((child): BuilderNode => (typeof child === "string" ? { "#text": xmlText(child) } : toBuilder(child)));
  const attributes = Object.fromEntries(Object.entries(element.attributes).map(([key, value]) => [`${ATTRIBUTE}${key}`, xmlText(value)]));
  return { [element.name]: children, ":@": attributes };
}

const builder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: ATTRIBUTE, processEntities: true, suppressEmptyNode: true });

/**
 * A whole XML document. fast-xml-builder escapes `&`, `<`, `>`, `"` and `'` in text and attribute
 * values alike (xmlbuilder2 leaves `&amp;` and `&name;` unescaped: its issue #117), and
 * `xmlText` drops the characters XML cannot hold, so any string from the content stays text.
 */
export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${String(builder.build([toBuilder(root)]))}\n`;
}
