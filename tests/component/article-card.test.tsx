// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ArticleCard } from "@/components/article-card";
import { guestAuthor, makeArticle, makeAuthor } from "../helpers/fixtures";

describe("ArticleCard", () => {
  it("shows title link, date, author, reading time and description", () => {
    const { container } = render(<ArticleCard article={makeArticle()} author={makeAuthor()} />);
    expect(screen.getByRole("heading", { name: "Caring for Silver" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Caring for Silver" })).toHaveAttribute("href", "/articles/caring-for-silver");
    expect(container.querySelector("time")).toHaveAttribute("datetime", "2025-11-29");
    expect(container).toHaveTextContent("November 29, 2025");
    expect(container).toHaveTextContent("Isla Marrow");
    expect(container).toHaveTextContent("6 min read");
    expect(screen.getByText("How to keep sterling bright without wearing it away.")).toBeInTheDocument();
    expect(container.querySelector("img")).toBeNull();
  });

  it("shows the cover when there is one, and marks guests", () => {
    const withCover = makeArticle({ cover: { src: "/images/covers/silver.jpg", alt: "A tarnished silver ring" } });
    const { container } = render(<ArticleCard article={withCover} author={guestAuthor} />);
    const img = container.querySelector("img");
    expect(img?.getAttribute("src")).toContain("silver.jpg");
    expect(container).toHaveTextContent("(guest)");
  });

  it("badges drafts and scheduled articles", () => {
    render(<ArticleCard article={makeArticle({ status: "draft" })} author={makeAuthor()} />);
    expect(screen.getByText(/Draft/)).toBeInTheDocument();
  });
});
