// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Pagination } from "@/components/pagination";

describe("Pagination", () => {
  it("numbers the pages, marks the current one and links newer and older pages", () => {
    const { container } = render(<Pagination page={2} totalPages={3} basePath="/tags/silver" />);
    const nav = screen.getByRole("navigation", { name: "Pages" });
    expect(nav).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "← Newer" })).toHaveAttribute("href", "/tags/silver");
    expect(screen.getByRole("link", { name: "Older →" })).toHaveAttribute("href", "/tags/silver/page/3");
    expect(screen.getByRole("link", { name: "Page 1" })).toHaveAttribute("href", "/tags/silver");
    expect(container.querySelector('[aria-current="page"]')).toHaveTextContent("Page 2");
    expect(screen.queryByRole("link", { name: "Page 2" })).not.toBeInTheDocument();
  });

  it("has no Newer link on the first page and no Older link on the last", () => {
    const { rerender } = render(<Pagination page={1} totalPages={2} basePath="" />);
    expect(screen.queryByRole("link", { name: /Newer/ })).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Older →" })).toHaveAttribute("href", "/page/2");
    rerender(<Pagination page={2} totalPages={2} basePath="" />);
    expect(screen.queryByRole("link", { name: /Older/ })).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "← Newer" })).toHaveAttribute("href", "/");
  });

  it("is absent when everything fits on one page", () => {
    const { container } = render(<Pagination page={1} totalPages={1} basePath="" />);
    expect(container).toBeEmptyDOMElement();
  });
});
