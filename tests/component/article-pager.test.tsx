// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ArticlePager } from "@/components/article-pager";
import { makeArticle } from "../helpers/fixtures";

const older = makeArticle({ slug: "older", title: "Reading a Hallmark" });
const newer = makeArticle({ slug: "newer", title: "Pearls Need Air" });

describe("ArticlePager", () => {
  it("links the older article as Previous and the newer one as Next, with their titles", () => {
    render(<ArticlePager previous={older} next={newer} />);
    const nav = screen.getByRole("navigation", { name: "Previous & next articles" });
    expect(nav).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /Previous.*Reading a Hallmark/ })).toHaveAttribute("href", "/articles/older");
    expect(screen.getByRole("link", { name: /Next.*Pearls Need Air/ })).toHaveAttribute("href", "/articles/newer");
  });

  it("has no Previous on the oldest article", () => {
    render(<ArticlePager next={newer} />);
    expect(screen.queryByText(/Previous$/)).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: /Next/ })).toBeInTheDocument();
  });

  it("has no Next on the newest article", () => {
    render(<ArticlePager previous={older} />);
    expect(screen.queryByRole("link", { name: /Next/ })).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: /Previous/ })).toBeInTheDocument();
  });

  it("renders nothing when there is a single article", () => {
    const { container } = render(<ArticlePager />);
    expect(container).toBeEmptyDOMElement();
  });
});
