// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ArticleByline } from "@/components/article-byline";
import { guestAuthor, makeArticle, makeAuthor } from "../helpers/fixtures";

describe("ArticleByline", () => {
  it("names the studio's own author, links their page and gives date and reading time", () => {
    const { container } = render(<ArticleByline article={makeArticle()} author={makeAuthor()} />);
    expect(screen.getByRole("link", { name: "Isla Marrow" })).toHaveAttribute("href", "/authors/isla-marrow");
    expect(screen.queryByText("Guest author")).not.toBeInTheDocument();
    const time = container.querySelector("time");
    expect(time).toHaveAttribute("datetime", "2025-11-29");
    expect(time).toHaveTextContent("November 29, 2025");
    expect(container).toHaveTextContent("Published November 29, 2025");
    expect(container).toHaveTextContent("6 min read");
    expect(container).not.toHaveTextContent("Updated");
  });

  it("marks a guest author", () => {
    render(<ArticleByline article={makeArticle({ author: guestAuthor.id })} author={guestAuthor} />);
    expect(screen.getByRole("link", { name: "Jonah Petrakis" })).toHaveAttribute("href", "/authors/jonah-petrakis");
    expect(screen.getByText("Guest author")).toBeInTheDocument();
  });

  it("shows the updated date when there is one", () => {
    const { container } = render(<ArticleByline article={makeArticle({ updated: "2026-02-03" })} author={makeAuthor()} />);
    const times = container.querySelectorAll("time");
    expect(times).toHaveLength(2);
    expect(times[1]).toHaveAttribute("datetime", "2026-02-03");
    expect(container).toHaveTextContent("Updated February 3, 2026");
  });
});
