import { SaxesParser } from "saxes";

/** An element of a parsed document: qualified name, attributes, and its children in order. */
export type XmlNode = { name: string; attributes: Record<string, string>; children: (XmlNode | string)[] };

/**
 * Parses `xml` as a conforming XML 1.0 processor must (saxes, with namespaces): any
 * well-formedness error — a forbidden character, an undefined entity, a bad attribute, an
 * unbound prefix — throws. Feed libraries forgive all of these; readers such as libxml2 do not.
 */
export function parseStrictXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const errors: string[] = [];
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  parser.on("error", (error) => errors.push(error.message));
  parser.on("opentag", (tag) => {
    const attributes = Object.fromEntries(Object.values(tag.attributes).map((attribute) => [attribute.name, attribute.value]));
    const node: XmlNode = { name: tag.name, attributes, children: [] };
    stack.at(-1)?.children.push(node);
    root ??= node;
    stack.push(node);
  });
  parser.on("closetag", () => stack.pop());
  parser.on("text", (text) => stack.at(-1)?.children.push(text));
  parser.on("cdata", (text) => stack.at(-1)?.children.push(text));
  parser.write(xml).close();
  if (errors.length > 0 || !root) throw new Error(`not well-formed XML: ${errors.join("; ") || "no root element"}`);
  return root;
}

/** Every element named `name` below `node`, in document order. */
export function elementsNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.flatMap((child) => (typeof child === "string" ? [] : [...(child.name === name ? [child] : []), ...elementsNamed(child, name)]));
}

/** The text of an element, as a reader gets it. */
export function textOf(node: XmlNode | undefined): string | undefined {
  return node?.children.map((child) => (typeof child === "string" ? child : (textOf(child) ?? ""))).join("");
}

/** The text of the first child element named `name`. */
export function childText(node: XmlNode, name: string): string | undefined {
  return textOf(node.children.find((child): child is XmlNode => typeof child !== "string" && child.name === name));
}
